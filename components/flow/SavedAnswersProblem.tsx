'use client';
import { useScreening } from './ScreeningProvider';

/** Saved answers that could not be read: say so plainly and let the person choose. Never a blank page. */
export function SavedAnswersProblem({ onKept }: { onKept?: () => void }) {
  const { snapshot, send } = useScreening();
  const { savedProblems } = snapshot.context;
  const canKeep = snapshot.can({ type: 'saved.keepValid' });
  return (
    <div className="notice notice-warning" role="alert" aria-labelledby="saved-problem-title">
      <h2 id="saved-problem-title">Some saved answers could not be read</h2>
      <p>
        Answers saved on this device earlier are damaged or come from another version of this tool.
        {canKeep ? ' You can keep the answers that can still be read and check them, or start over.' : ' You can start over.'}
      </p>
      <details>
        <summary>What went wrong</summary>
        <ul>
          {savedProblems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </details>
      <div className="button-row">
        {canKeep ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              send({ type: 'saved.keepValid' });
              onKept?.();
            }}
          >
            Keep what can be read
          </button>
        ) : null}
        <button type="button" className={canKeep ? 'button button-secondary' : 'button'} onClick={() => send({ type: 'saved.discard' })}>
          Start over
        </button>
      </div>
    </div>
  );
}
