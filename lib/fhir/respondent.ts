/**
 * Who typed the answers (the document's `respondent`) as the QuestionnaireResponse's `author` and `source`.
 * Display-only references with a `type`: the app knows no one's identity in any system, so it never makes
 * up an identifier or a server id. The `type` carries the respondent back on import.
 */
import type { Respondent } from '@/lib/questionnaire';

export interface RespondentReference {
  type: 'Patient' | 'RelatedPerson' | 'Practitioner';
  display: string;
}

export const RESPONDENT_REFERENCE: Record<Respondent, RespondentReference> = {
  patient: { type: 'Patient', display: 'The patient (self-reported)' },
  caregiver: { type: 'RelatedPerson', display: 'A caregiver of the patient' },
  // Intake staff type the answers the patient gives them; FHIR has Practitioner for any person who
  // works for the clinic, clinical or not.
  staff: { type: 'Practitioner', display: 'Clinic staff' },
};

export function respondentOfType(type: string | undefined): Respondent | undefined {
  return (Object.keys(RESPONDENT_REFERENCE) as Respondent[]).find((r) => RESPONDENT_REFERENCE[r].type === type);
}
