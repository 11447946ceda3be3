import type { AnswersDocument } from '@/lib/answers/types';
import type { Question } from '@/lib/questionnaire';
import { groupAnswers } from '@/lib/summary/answerGroups';
import styles from './summary.module.css';

const shortLabels = (questions: readonly Question[]) =>
  questions.length === 0 ? '—' : questions.map((q) => q.short).join(' · ');

/**
 * Every shown answer in three rows (yes, no, other values), in questionnaire order. "Not sure" and unanswered
 * questions are in the section just above, so they are not printed twice.
 */
export function AnswersTable({ document }: { document: AnswersDocument }) {
  const groups = groupAnswers(document);
  return (
    <section aria-labelledby="all-answers" className={styles.block}>
      <h3 id="all-answers">
        All answers <span className={styles.headingNote}>(every question shown; “not sure” and unanswered ones are listed above; hidden ones are left out)</span>
      </h3>
      <table className={styles.answerTable} aria-labelledby="all-answers">
        <tbody>
          <tr>
            <th scope="row">Yes</th>
            <td>{shortLabels(groups.yes)}</td>
          </tr>
          <tr>
            <th scope="row">No</th>
            <td>{shortLabels(groups.no)}</td>
          </tr>
          <tr>
            <th scope="row">Other answers</th>
            <td>
              {groups.other.map(({ question, text }, i) => (
                <span key={question.id}>
                  {i > 0 ? ' · ' : null}
                  {question.short}: <strong>{text}</strong>
                </span>
              ))}
            </td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
