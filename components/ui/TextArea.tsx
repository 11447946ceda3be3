import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './Field';
import { useTranslations } from 'next-intl';

interface TextAreaProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  maxLength: number;
  /** The current text, for the live count. */
  value: string;
  registration: UseFormRegisterReturn;
}

/**
 * Free text with a live character count. No maxlength attribute: text pasted over the limit is kept and shown
 * as an error rather than cut off unseen.
 */
export function TextArea({ id, label, hint, error, maxLength, value, registration }: TextAreaProps) {
  const left = maxLength - value.length;
  const t = useTranslations('controls');
  const count = left >= 0 ? t('charactersLeft', { left, max: maxLength }) : t('charactersOver', { over: -left });
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <textarea {...control} {...registration} rows={3} className="input input-text" />
          <p className={left >= 0 ? 'char-count' : 'char-count char-count-over'} aria-live="polite">
            {count}
          </p>
        </>
      )}
    </Field>
  );
}
