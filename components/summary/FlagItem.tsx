import type { Respondent } from '@/lib/questionnaire/types';
import { answerTextById, questionWordingById } from '@/lib/summary/answerText';
import { drugSeverityGroups } from '@/lib/summary/drugSeverityGroups';
import { shortDocumentName } from '@/lib/summary/labels';
import type { Flag } from '@/rules';
import { SeverityMark } from './SeverityMark';
import styles from './summary.module.css';

/** One flag for the clinician: what was reported, for which drug, why it fired, and where the fact comes from. */
export function FlagItem({ flag, respondent }: { flag: Flag; respondent: Respondent }) {
  const headingId = `flag-${flag.id}`;
  return (
    <article className={styles.flag} data-rule-id={flag.id} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.flagTitle}>
        <span>
          <SeverityMark severity={flag.severity} />: {flag.title}
        </span>
        {flag.certainty === 'unsure' ? <span className={styles.unsure}>Unsure: rests on a “not sure” answer</span> : null}
        <span className={styles.ruleId}>rule {flag.id}</span>
      </h4>
      <p className={styles.detail}>{flag.detail}</p>
      <div className={styles.flagFacts}>
        <p className={styles.line}>
          <strong>Per drug:</strong>{' '}
          {drugSeverityGroups(flag.drugs).map((group, i) => (
            <span key={group.severity}>
              {i > 0 ? ' · ' : null}
              {group.drugs}: <SeverityMark severity={group.severity} />
            </span>
          ))}
        </p>
        <ul className={styles.because}>
          {flag.because.map((b) => (
            <li key={b.question}>
              <strong>Because:</strong> {questionWordingById(b.question, respondent)} —{' '}
              <em>{answerTextById(b.question, b.answer)}</em>
            </li>
          ))}
        </ul>
      </div>
      <p className={styles.sources}>
        <strong>Sources:</strong>{' '}
        {flag.sources.map((source, i) => (
          <span key={`${source.label}-${source.section}`}>
            {i > 0 ? '; ' : null}
            {source.url ? (
              <a href={source.url} rel="noreferrer">
                {shortDocumentName(source.label)}
              </a>
            ) : (
              shortDocumentName(source.label)
            )}
            {source.section ? `, ${source.section}` : null}
            {source.revised ? ` (rev. ${source.revised})` : null}
          </span>
        ))}
      </p>
    </article>
  );
}
