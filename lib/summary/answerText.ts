/**
 * Questions and answers as the person saw them: the wording in their voice (`self` for the patient, `other` for a
 * caregiver or clinic staff) and option labels rather than ids, so the clinician reads what was actually asked.
 * The formatting itself is the review's (lib/questionnaire/formatAnswer.ts): one way to show an answer.
 */
import { inVoice } from '@/lib/questionnaire';
import type { Question, Respondent } from '@/lib/questionnaire';
import { formatAnswer } from '@/lib/questionnaire/formatAnswer';

export function questionWording(question: Question, respondent: Respondent): string {
  return inVoice(question.text, respondent);
}

export function answerText(question: Question, answer: unknown): string {
  return answer === undefined ? 'Not answered' : formatAnswer(question, answer);
}
