'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { positionOf } from '@/lib/flow/questionnaireMachine';
import { pathOf } from '@/lib/flow/positions';
import { ClearAnswers } from './ClearAnswers';
import { SavedAnswersProblem } from './SavedAnswersProblem';
import { useScreening } from './ScreeningProvider';

/** The start page's actions: Start (or continue), and a notice when answers are kept on this device. */
export function StartActions() {
  const { snapshot, document } = useScreening();
  const router = useRouter();
  if (snapshot.matches('savedProblem')) return <SavedAnswersProblem onKept={() => router.push(pathOf('review'))} />;
  const resumable = snapshot.context.saving && Object.keys(document.answers).length > 0;
  return (
    <>
      {resumable ? (
        <div className="notice" role="status">
          <h2>Your saved answers</h2>
          <p>Answers you saved on this device are ready. You can go on where you left off, or clear them.</p>
        </div>
      ) : null}
      <p className="button-row">
        <Link href={pathOf(resumable ? (positionOf(snapshot) ?? 'intro') : 'intro')} className="button">
          {resumable ? 'Continue where you left off' : 'Start'}
        </Link>
      </p>
      {snapshot.context.clinic.enabled ? null : <p className="field-hint">Your answers are kept in this tab until you close it, or on this device if you choose.</p>}
      {resumable ? <ClearAnswers /> : null}
    </>
  );
}
