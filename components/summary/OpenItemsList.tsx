import type { OpenItem } from '@/lib/summary/openItems';
import styles from './summary.module.css';

/** Every shown safety question skipped or answered "not sure": unknown is not "no". */
export function OpenItemsList({ items }: { items: readonly OpenItem[] }) {
  return (
    <section aria-labelledby="open-items" className={`${styles.block} ${styles.runIn}`}>
      <h3 id="open-items">Not answered / not sure:</h3>
      {items.length === 0 ? (
        <p>None: every safety question shown was answered.</p>
      ) : (
        <ul className={styles.inlineList}>
          {items.map(({ question, status }) => (
            <li key={question.id}>
              {question.short}: <strong>{status}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
