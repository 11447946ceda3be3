'use client';

import { useState } from 'react';
import { APP_VERSION } from '@/lib/appVersion';
import type { AnswersDocument } from '@/lib/answers/types';
import { summaryTextFromModel } from '@/lib/summary/summaryText';
import { buildSummaryModel } from '@/lib/summary/viewModel';
import { evaluate } from '@/rules';
import { ClinicianDetails } from './ClinicianDetails';
import { ClinicianPageOne } from './ClinicianPageOne';
import { PatientPart } from './PatientPart';
import { PrintFrame } from './PrintFrame';
import { SummaryActions } from './SummaryActions';
import styles from './summary.module.css';
import { FinishAndClearButton } from '@/components/clinic/ClinicSession';

interface SummaryViewProps {
  document: AnswersDocument;
  /** When the summary was prepared; passed in so the view never reads a clock. */
  preparedAt: Date | string;
}

type Reader = 'patient' | 'clinician';

/**
 * The doctor-discussion summary. One view model feeds the page and "Copy as text". On screen the reader's part comes
 * first: a patient or caregiver sees "For you" and can switch to the clinician's part; clinic staff see the clinician
 * part first. On paper both are always printed, in a fixed order: clinician page 1, clinician details, the patient's
 * part, each marked with data-print-part for the print tests. The part not chosen is `hidden` on screen only (the
 * print style shows it), so assistive technology and the tests see exactly what the screen shows.
 */
export function SummaryView({ document, preparedAt }: SummaryViewProps) {
  const model = buildSummaryModel({ document, result: evaluate(document), preparedAt, appVersion: APP_VERSION });
  const [reader, setReader] = useState<Reader>(document.respondent === 'staff' ? 'clinician' : 'patient');
  const staff = document.respondent === 'staff';
  const choices: { id: Reader; label: string }[] = staff
    ? [
        { id: 'clinician', label: 'For the clinician' },
        { id: 'patient', label: 'For the patient' },
      ]
    : [
        { id: 'patient', label: 'For you' },
        { id: 'clinician', label: 'For your dermatologist' },
      ];
  return (
    <div className={styles.summary}>
      <h1 id="summary-heading" tabIndex={-1} className={`${styles.screenTitle} no-print`}>
        Summary
      </h1>
      {/* On a clinic tablet: "Finish and clear" right under the heading, not only at the foot of a long page. */}
      <FinishAndClearButton />
      <SummaryActions text={summaryTextFromModel(model)} />
      <div className={`${styles.readerSwitch} no-print`} role="group" aria-label="Which part to show">
        {choices.map((choice) => (
          <button
            key={choice.id}
            type="button"
            className={`button ${reader === choice.id ? '' : 'button-secondary'}`}
            aria-pressed={reader === choice.id}
            onClick={() => setReader(choice.id)}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <p className={`${styles.switchNote} no-print`}>Both parts are printed: the dermatologist’s pages first, then yours.</p>

      <section aria-labelledby="for-the-clinician" data-print-part="clinician" className={styles.part} hidden={reader !== 'clinician'}>
        <PrintFrame header={model.header} part="For the clinician">
          <ClinicianPageOne model={model} />
        </PrintFrame>
      </section>
      <section
        aria-labelledby="clinician-details"
        data-print-part="clinician-details"
        className={styles.part}
        hidden={reader !== 'clinician'}
      >
        <PrintFrame header={model.header} part="Clinician details">
          <ClinicianDetails model={model} />
        </PrintFrame>
      </section>
      <section aria-labelledby="for-the-patient" data-print-part="patient" className={`${styles.part} ${styles.patientPart}`} hidden={reader !== 'patient'}>
        <PrintFrame header={model.header} part="For the patient">
          <PatientPart model={model} />
        </PrintFrame>
      </section>
    </div>
  );
}
