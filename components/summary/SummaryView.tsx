import { APP_VERSION } from '@/lib/appVersion';
import type { AnswersDocument } from '@/lib/answers/types';
import { openItems } from '@/lib/summary/openItems';
import { formatPreparedAt } from '@/lib/summary/preparedAt';
import { summaryToText } from '@/lib/summary/summaryText';
import { evaluate } from '@/rules';
import { AnswersTable } from './AnswersTable';
import { BaselineChecklist } from './BaselineChecklist';
import { DrugOverview } from './DrugOverview';
import { FlagGroups } from './FlagGroups';
import { OpenItemsList } from './OpenItemsList';
import { PatientPart } from './PatientPart';
import { SummaryActions } from './SummaryActions';
import { SummaryHeader } from './SummaryHeader';
import styles from './summary.module.css';

interface SummaryViewProps {
  document: AnswersDocument;
  /** When the summary was prepared; passed in so the view never reads a clock. */
  preparedAt: Date | string;
}

const PATIENT_STATEMENT =
  'Made from your own answers. It is not a diagnosis or a prescription. Bring it to your visit: your dermatologist checks it and decides with you.';

/**
 * The doctor-discussion summary: "For the clinician" (flags and their basis) on the first printed page, "For the
 * patient" (questions to bring) on the second. Flags appear only in the clinician part.
 */
export function SummaryView({ document, preparedAt }: SummaryViewProps) {
  const result = evaluate(document);
  const prepared = formatPreparedAt(preparedAt);
  const header = { document, preparedAt: prepared, appVersion: APP_VERSION, rulesetVersion: result.rulesetVersion };
  return (
    <div className={styles.summary}>
      <SummaryActions text={summaryToText({ document, result, preparedAt, appVersion: APP_VERSION })} />
      <section aria-labelledby="for-the-clinician" className={styles.part}>
        <SummaryHeader {...header} part="Part 1 of 2: for the clinician" titleAsHeading />
        <h2 id="for-the-clinician" className={styles.partHeading}>
          For the clinician
        </h2>
        <DrugOverview byDrug={result.byDrug} />
        <FlagGroups flags={result.flags} respondent={document.respondent} />
        <BaselineChecklist checks={result.baselineChecks} />
        <OpenItemsList items={openItems(document, result)} />
        <AnswersTable document={document} />
      </section>
      <section aria-labelledby="for-the-patient" className={`${styles.part} ${styles.patientPart}`}>
        <SummaryHeader {...header} part="Part 2 of 2: for the patient" titleAsHeading={false} statement={PATIENT_STATEMENT} />
        <h2 id="for-the-patient" className={styles.partHeading}>
          For the patient
        </h2>
        <PatientPart discussionPoints={result.discussionPoints} />
      </section>
    </div>
  );
}
