/**
 * Questions and answers as the person saw them: the wording in their voice (`self` for the patient, `other` for a
 * caregiver or clinic staff) and option labels rather than ids, so the clinician reads what was actually asked.
 */
import { optionLabel, questionById } from '@/lib/questionnaire';
import type { Question, Respondent, TriValue } from '@/lib/questionnaire';

const TRI_LABELS: Record<TriValue, string> = { yes: 'Yes', no: 'No', unsure: 'Not sure' };

export function questionWording(question: Question, respondent: Respondent): string {
  return respondent === 'patient' ? question.text.self : question.text.other;
}

/** The wording of a question id, or the id itself if the questionnaire does not know it. */
export function questionWordingById(questionId: string, respondent: Respondent): string {
  const question = questionById(questionId);
  return question ? questionWording(question, respondent) : questionId;
}

export function answerText(question: Question, answer: unknown): string {
  if (answer === undefined) return 'Not answered';
  switch (question.type) {
    case 'tri':
      return TRI_LABELS[answer as TriValue] ?? String(answer);
    case 'choice':
      return optionLabel(question, String(answer));
    case 'multi':
      return Array.isArray(answer) ? answer.map((id) => optionLabel(question, String(id))).join('; ') : String(answer);
    case 'integer':
      return question.unit ? `${String(answer)} ${question.unit}` : String(answer);
    case 'text':
      return String(answer);
  }
}

export function answerTextById(questionId: string, answer: unknown): string {
  const question = questionById(questionId);
  return question ? answerText(question, answer) : String(answer);
}
