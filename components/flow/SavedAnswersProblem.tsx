'use client';
import { useScreening } from './ScreeningProvider';
import { useTranslations } from 'next-intl';
import { problemKey, ProblemText } from './ProblemText';

/** Saved answers that could not be read: say so plainly and let the person choose. Never a blank page. */
export function SavedAnswersProblem({ onKept }: { onKept?: () => void }) {
  const { snapshot, send } = useScreening();
  const { savedProblems } = snapshot.context;
  const canKeep = snapshot.can({ type: 'saved.keepValid' });
  const t = useTranslations('notices');
  return (
    <div className="notice notice-warning" role="alert" aria-labelledby="saved-problem-title">
      <h2 id="saved-problem-title">{t('savedHeading')}</h2>
      <p>
        {t('savedDamaged')} {canKeep ? t('savedCanKeep') : t('savedStartOver')}
      </p>
      <details>
        <summary>{t('whatWentWrong')}</summary>
        <ul>
          {savedProblems.map((problem) => (
            <li key={problemKey(problem)}>
              <ProblemText problem={problem} />
            </li>
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
            {t('keepReadable')}
          </button>
        ) : null}
        <button type="button" className={canKeep ? 'button button-secondary' : 'button'} onClick={() => send({ type: 'saved.discard' })}>
          {t('startOver')}
        </button>
      </div>
    </div>
  );
}
