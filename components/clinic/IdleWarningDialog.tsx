'use client';
import { useRef } from 'react';
import { ModalDialog } from './ModalDialog';
import { useTranslations } from 'next-intl';

/**
 * "Are you still there?": shown on a clinic tablet before it clears itself (WCAG 2.2.1). One button (or
 * Escape) gives the full time again, as often as needed. The countdown is visible; a screen reader hears
 * the time when the dialog opens and once more at 10 seconds, not every second.
 */
export function IdleWarningDialog({ secondsLeft, onStillHere }: { secondsLeft: number; onStillHere: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  const t = useTranslations('clinic');
  return (
    <ModalDialog labelledBy="idle-warning-title" describedBy="idle-warning-text idle-warning-countdown" initialFocus={button} onCancel={onStillHere}>
      <h2 id="idle-warning-title">{t('stillThere')}</h2>
      <p id="idle-warning-text">{t('idleText')}</p>
      <p id="idle-warning-countdown" className="countdown">
        {t.rich('clearingIn', { seconds: secondsLeft, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {/* Said once when it appears, and still true while it stays in the page (a reader can come back to it). */}
        {secondsLeft <= 10 ? t('secondsLeft', { seconds: 10 }) : ''}
      </p>
      <div className="button-row">
        <button ref={button} type="button" className="button" onClick={onStillHere}>
          {t('stillHere')}
        </button>
      </div>
    </ModalDialog>
  );
}
