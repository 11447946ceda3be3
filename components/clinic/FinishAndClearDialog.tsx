'use client';
import { useRef } from 'react';
import { useTranslations } from 'next-intl';
import { ModalDialog } from './ModalDialog';

/** The confirmation before a clinic tablet is cleared for the next patient (WCAG 3.3.4: a clear is confirmed). */
export function FinishAndClearDialog({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  const t = useTranslations('staff.finish');
  return (
    <ModalDialog labelledBy="finish-title" describedBy="finish-text" initialFocus={cancel} onCancel={onCancel}>
      <h2 id="finish-title">{t('heading')}</h2>
      <p id="finish-text">{t('text')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onConfirm}>
          {t('confirm')}
        </button>
        <button ref={cancel} type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
