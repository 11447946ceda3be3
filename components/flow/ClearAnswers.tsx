'use client';
import { useEffect, useRef, useState } from 'react';
import { useScreening } from './ScreeningProvider';
import { useTranslations } from 'next-intl';

/** "Clear my answers": one click, then a confirmation; removes every answer from memory and from this device. */
export function ClearAnswers() {
  const { send } = useScreening();
  const [confirming, setConfirming] = useState(false);
  const t = useTranslations('clear');
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The safe choice takes focus when the question appears (rather than autoFocus, which jsx-a11y flags).
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  if (!confirming) {
    return (
      <p className="no-print">
        <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
          {t('button')}
        </button>
      </p>
    );
  }
  return (
    <div className="notice notice-warning no-print" role="group" aria-labelledby="clear-confirm-title">
      <h2 id="clear-confirm-title">{t('heading')}</h2>
      <p>{t('text')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => send({ type: 'flow.restart' })}>
          {t('confirm')}
        </button>
        <button type="button" className="button button-secondary" ref={cancelRef} onClick={() => setConfirming(false)}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
