import { severityDisplay } from '@/lib/summary/labels';
import type { Severity } from '@/rules';
import styles from './summary.module.css';

/** A severity shown by symbol and words, never by colour alone, so it survives black-and-white printing. */
export function SeverityMark({ severity }: { severity: Severity | 'none' }) {
  const { label, symbol } = severityDisplay(severity);
  return (
    <span className={`${styles.severity} ${styles[`severity-${severity}`] ?? ''}`}>
      <span aria-hidden="true" className={styles.symbol}>
        {symbol}
      </span>{' '}
      {label}
    </span>
  );
}
