import { useTranslations } from 'next-intl';
import type { Problem } from '@/lib/i18n/problem';
import { problemKey, ProblemText } from './ProblemText';

/** Why loaded answers (a file, a code) were refused: every problem, announced, and the reassurance that nothing changed. */
export function LoadProblemsList({ id, title, problems }: { id: string; title: string; problems: readonly Problem[] }) {
  const t = useTranslations('load');
  return (
    <div className="error-summary" role="alert" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul>
        {problems.map((problem) => (
          <li key={problemKey(problem)}>
            <ProblemText problem={problem} />
          </li>
        ))}
      </ul>
      <p>{t('nothingChanged')}</p>
    </div>
  );
}
