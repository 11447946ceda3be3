'use client';

import { useEffect } from 'react';
import { useScreening } from '@/components/flow/ScreeningProvider';
import { ClinicHandoff } from '@/components/handoff/ClinicHandoff';
import { SummaryScreen } from './SummaryScreen';
import { useTranslations } from 'next-intl';

/** The summary of this session's answers, once the review is done; before that, how to get there. */
export function CurrentSummary() {
  const { snapshot, document, send } = useScreening();
  const ready = snapshot.matches('summary');
  const t = useTranslations('summary');
  // As on every step: the heading takes focus when the summary opens, so it starts at its top (with "Finish and
  // clear" on a clinic tablet just below), not wherever the review was scrolled to.
  useEffect(() => {
    if (ready) window.document.getElementById('summary-heading')?.focus();
  }, [ready]);
  return (
    <>
      <SummaryScreen document={ready ? document : null} />
      {ready && (
        <>
          <ClinicHandoff document={document} />
          <p className="no-print">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => send({ type: 'summary.back' })}
          >
            {t('backToAnswers')}
            </button>
          </p>
        </>
      )}
    </>
  );
}
