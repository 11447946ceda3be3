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
import { useLocale, useTranslations } from 'next-intl';

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
  const t = useTranslations('summary');
  const locale = useLocale();
  // The patient's part in the page's language; the clinician's part stays English (issue 14, item 4 is left).
  const model = buildSummaryModel({ document, result: evaluate(document), preparedAt, appVersion: APP_VERSION, patientLocale: locale });
  const clinicianLang = locale === 'en' ? undefined : 'en';
  const [reader, setReader] = useState<Reader>(document.respondent === 'staff' ? 'clinician' : 'patient');
  const staff = document.respondent === 'staff';
  const choices: { id: Reader; label: string }[] = staff
    ? [
        { id: 'clinician', label: t('forClinician') },
        { id: 'patient', label: t('forPatient') },
      ]
    : [
        { id: 'patient', label: t('forYou') },
        { id: 'clinician', label: t('forYourDermatologist') },
      ];
  return (
    <div className={styles.summary}>
      <h1 id="summary-heading" tabIndex={-1} className={`${styles.screenTitle} no-print`}>
        {t('heading')}
      </h1>
      {/* On a clinic tablet: "Finish and clear" right under the heading, not only at the foot of a long page. */}
      <FinishAndClearButton />
      <SummaryActions text={summaryTextFromModel(model)} />
      <div className={`${styles.readerSwitch} no-print`} role="group" aria-label={t('whichPart')}>
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
      <p className={`${styles.switchNote} no-print`}>
        {t('bothPrinted')} {clinicianLang ? t('clinicianLanguage') : null}
      </p>

      <section aria-labelledby="for-the-clinician" data-print-part="clinician" className={styles.part} hidden={reader !== 'clinician'} lang={clinicianLang}>
        <PrintFrame header={model.header} part="For the clinician">
          <ClinicianPageOne model={model} />
        </PrintFrame>
      </section>
      <section
        aria-labelledby="clinician-details"
        data-print-part="clinician-details"
        className={styles.part}
        hidden={reader !== 'clinician'}
        lang={clinicianLang}
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
