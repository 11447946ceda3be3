/**
 * Questions and answers as the person saw them: the wording in their voice (`self` for the patient, `other` for a
 * caregiver or clinic staff) and option labels rather than ids, so the clinician reads what was actually asked.
 * The formatting itself is the review's (lib/questionnaire/formatAnswer.ts): one way to show an answer.
 */
import { inVoice, questionById } from '@/lib/questionnaire';
import type { Question, Respondent } from '@/lib/questionnaire';
import { formatAnswer } from '@/lib/questionnaire/formatAnswer';

export function questionWording(question: Question, respondent: Respondent): string {
  return inVoice(question.text, respondent);
}

/** The wording of a question id, or the id itself if the questionnaire does not know it. */
export function questionWordingById(questionId: string, respondent: Respondent): string {
  const question = questionById(questionId);
  return question ? questionWording(question, respondent) : questionId;
}

export function answerText(question: Question, answer: unknown): string {
  return answer === undefined ? 'Not answered' : formatAnswer(question, answer);
}

export function answerTextById(questionId: string, answer: unknown): string {
  const question = questionById(questionId);
  return question ? answerText(question, answer) : String(answer);
}
