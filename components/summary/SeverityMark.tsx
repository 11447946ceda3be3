import { severityIn } from '@/lib/summary/clinicianWords';
import type { Locale } from '@/lib/i18n/locales';
import type { Severity } from '@/rules';
import styles from './summary.module.css';

/**
 * A severity shown by symbol and words, never by colour alone, so it survives black-and-white printing. `locale`: the
 * language of the part it sits in (the clinician's words, lib/summary/clinicianWords.ts); English by default.
 */
export function SeverityMark({ severity, locale = 'en' }: { severity: Severity | 'none'; locale?: Locale }) {
  const { label, symbol } = severityIn(locale, severity);
  return (
    <span className={`${styles.severity} ${styles[`severity-${severity}`] ?? ''}`}>
      <span aria-hidden="true" className={styles.symbol}>
        {symbol}
      </span>{' '}
      {label}
    </span>
  );
}
