import type { AnswersDocument } from '@/lib/answers/types';
import { RESPONDENT_LABELS } from '@/lib/summary/labels';
import { NOT_A_VERDICT, SUMMARY_TITLE } from '@/lib/summary/summaryText';
import styles from './summary.module.css';

interface SummaryHeaderProps {
  document: AnswersDocument;
  preparedAt: string;
  appVersion: string;
  rulesetVersion: string;
  /** Which part this header opens; printed in the running line so each page says what it is. */
  part: string;
  /** The clinician part carries the page's one h1; the patient part repeats the title as text. */
  titleAsHeading: boolean;
  statement?: string;
}

/** The header printed at the top of both parts: title, identity as entered, who completed it, when, versions. */
export function SummaryHeader({
  document,
  preparedAt,
  appVersion,
  rulesetVersion,
  part,
  titleAsHeading,
  statement = NOT_A_VERDICT,
}: SummaryHeaderProps) {
  const { name, dateOfBirth } = document.patient ?? {};
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        {titleAsHeading ? <h1 className={styles.title}>{SUMMARY_TITLE}</h1> : <p className={styles.title}>{SUMMARY_TITLE}</p>}
        <p className={styles.runningLine}>
          {part} · Prepared {preparedAt} · App {appVersion} · Ruleset {rulesetVersion}
        </p>
      </div>
      <dl className={styles.facts}>
        {name?.trim() ? (
          <div>
            <dt>Name (as entered)</dt>
            <dd>{name}</dd>
          </div>
        ) : null}
        {dateOfBirth?.trim() ? (
          <div>
            <dt>Date of birth (as entered)</dt>
            <dd>{dateOfBirth}</dd>
          </div>
        ) : null}
        <div>
          <dt>Completed by</dt>
          <dd>{RESPONDENT_LABELS[document.respondent]}</dd>
        </div>
        <div>
          <dt>Prepared</dt>
          <dd>{preparedAt}</dd>
        </div>
      </dl>
      <p className={styles.statement}>{statement}</p>
    </header>
  );
}
