'use client';

import { useRouter } from 'next/navigation';
import { useScreening } from '@/components/flow/ScreeningProvider';
import { SummaryScreen } from './SummaryScreen';

/** The summary of this session's answers, once the review is done; before that, how to get there. */
export function CurrentSummary() {
  const { snapshot, document, send } = useScreening();
  const router = useRouter();
  const ready = snapshot.matches('summary');
  return (
    <>
      <SummaryScreen document={ready ? document : null} />
      {ready && (
        <p className="no-print">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              send({ type: 'summary.back' });
              router.push('/questionnaire');
            }}
          >
            Back to your answers
          </button>
        </p>
      )}
    </>
  );
}
