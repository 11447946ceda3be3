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
import { loadClinicSetting } from '@/lib/clinic/clinicSetting';
import { initialClinicianLocale, keepClinicianLocale } from '@/lib/summary/clinicianLocalePreference';
import type { Locale } from '@/lib/i18n/locales';
import { ClinicianLanguageSwitch } from './ClinicianLanguageSwitch';

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
 *
 * Two readers, two languages (issue 14, item 4): the patient's part follows the page's language; the clinician's
 * part is in the clinic's, English unless switched here or set on the clinic tablet. Each part carries its `lang`
 * and says which language it is in.
 */
export function SummaryView({ document, preparedAt }: SummaryViewProps) {
  const t = useTranslations('summary');
  const locale = useLocale() as Locale;
  // Read from the device, as FinishAndClearButton does: the summary renders only in the browser.
  const [clinic] = useState(loadClinicSetting);
  const [clinicianLocale, setClinicianLocale] = useState<Locale>(() => initialClinicianLocale(clinic));
  const chooseClinicianLocale = (chosen: Locale) => {
    setClinicianLocale(chosen);
    keepClinicianLocale(chosen, clinic);
  };
  const model = buildSummaryModel({ document, result: evaluate(document), preparedAt, appVersion: APP_VERSION, patientLocale: locale, clinicianLocale });
  // lang only where a part differs from the page's, so the page's own lang covers the rest.
  const clinicianLang = clinicianLocale === locale ? undefined : clinicianLocale;
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
      <p className={`${styles.switchNote} no-print`}>{t('bothPrinted')}</p>
      {/* Shown with the dermatologist's part only: a parent reading "For you" has nothing to choose here. */}
      {reader === 'clinician' ? <ClinicianLanguageSwitch value={clinicianLocale} onChange={chooseClinicianLocale} /> : null}

      <section aria-labelledby="for-the-clinician" data-print-part="clinician" className={styles.part} hidden={reader !== 'clinician'} lang={clinicianLang}>
        <PrintFrame header={model.header} words={model.words.frame} part={model.words.frame.clinicianPart}>
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
        <PrintFrame header={model.header} words={model.words.frame} part={model.words.frame.detailsPart}>
          <ClinicianDetails model={model} />
        </PrintFrame>
      </section>
      <section aria-labelledby="for-the-patient" data-print-part="patient" className={`${styles.part} ${styles.patientPart}`} hidden={reader !== 'patient'}>
        <PrintFrame header={model.header} words={model.patientWords.frame} part={model.patientWords.frame.patientPart}>
          <PatientPart model={model} />
        </PrintFrame>
      </section>
    </div>
  );
}
