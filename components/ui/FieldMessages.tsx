import type { ReactNode } from 'react';
import { errorId, hintId } from './fieldIds';
import { useTranslations } from 'next-intl';

/** Hint and error text under a label or legend; the control points at both with aria-describedby. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  const t = useTranslations('flow');
  return (
    <>
      {hint ? (
        <div id={hintId(id)} className="field-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId(id)} className="field-error">
          <span className="visually-hidden">{t('errorPrefix')} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}
