import type { Respondent } from '@/lib/questionnaire/types';
import { SEVERITY_DISPLAY, SOURCE_ABBREVIATIONS_NOTE } from '@/lib/summary/labels';
import { SEVERITIES } from '@/rules';
import type { Flag } from '@/rules';
import { FlagItem } from './FlagItem';
import styles from './summary.module.css';

/** Flags grouped under their severity, highest first; a group with no flags is left out. */
export function FlagGroups({ flags, respondent }: { flags: readonly Flag[]; respondent: Respondent }) {
  if (flags.length === 0) {
    return (
      <p className={styles.noFlags}>
        No flags: none of the answers given matched a rule. Unanswered and “not sure” items are listed below.
      </p>
    );
  }
  const groups = SEVERITIES.map((severity) => {
    const group = flags.filter((flag) => flag.severity === severity);
    if (group.length === 0) return null;
    const { heading, symbol } = SEVERITY_DISPLAY[severity];
    const headingId = `flags-${severity}`;
    return (
      <section key={severity} aria-labelledby={headingId} className={styles.flagGroup}>
        <h3 id={headingId} className={styles.groupHeading}>
          <span aria-hidden="true">{symbol}</span> {heading} ({group.length})
        </h3>
        {group.map((flag) => (
          <FlagItem key={flag.id} flag={flag} respondent={respondent} />
        ))}
      </section>
    );
  });
  return (
    <>
      {groups}
      <p className={styles.note}>{SOURCE_ABBREVIATIONS_NOTE}</p>
    </>
  );
}
