'use client';
/** Placeholder for the summary (built separately): shows that the pruned answers document is ready. */
import Link from 'next/link';
import { useScreening } from './ScreeningProvider';

export function SummaryPlaceholder() {
  const { snapshot, document } = useScreening();
  if (!snapshot.matches('summary')) {
    return (
      <>
        <h1>Summary</h1>
        <p>There are no finished answers yet.</p>
        <p>
          <Link href="/questionnaire">Go to the questionnaire</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Summary</h1>
      <p role="status">Your answers are ready: {Object.keys(document.answers).length} answers.</p>
      <p>
        <Link href="/questionnaire">Back to your answers</Link>
      </p>
    </>
  );
}
