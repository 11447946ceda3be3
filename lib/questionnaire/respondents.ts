import type { Respondent } from './types';

/** Who entered the answers, as the review and the summary both say it (mid-sentence: "Completed by …"). */
export const RESPONDENT_LABELS: Readonly<Record<Respondent, string>> = {
  patient: 'the patient',
  caregiver: 'a parent or caregiver',
  staff: 'clinic staff, on the patient’s behalf',
};

/** The same words at the start of a line. */
export const respondentHeadline = (respondent: Respondent): string =>
  RESPONDENT_LABELS[respondent].charAt(0).toUpperCase() + RESPONDENT_LABELS[respondent].slice(1);
