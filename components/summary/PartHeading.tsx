import styles from './summary.module.css';

/**
 * A part's heading with, on the same line, the sentence that says which language the part is in (issue 14, item 4),
 * written in that language. On the heading's line so it costs no printed line: clinician page 1 must still fit one
 * page. Outside the heading, so the part's name (its region's label) stays the heading alone.
 */
export function PartHeading({ id, heading, language }: { id: string; heading: string; language: string }) {
  return (
    <div className={styles.partHead}>
      <h2 id={id} className={styles.partHeading}>
        {heading}
      </h2>
      <p className={styles.partLanguage}>{language}</p>
    </div>
  );
}
