import type { BaselineCheck } from '@/rules';
import styles from './summary.module.css';

/** Baseline checks before an oral JAK inhibitor, as a paper checklist for the clinician to tick. */
export function BaselineChecklist({ checks }: { checks: readonly BaselineCheck[] }) {
  return (
    <section aria-labelledby="baseline-checks" className={styles.block}>
      <h3 id="baseline-checks">Baseline checks before an oral JAK inhibitor</h3>
      <ul className={styles.inlineList}>
        {checks.map((check) => (
          <li key={check.id}>
            <span aria-hidden="true" className={styles.box}>
              ☐
            </span>{' '}
            {check.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
