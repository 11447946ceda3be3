/** Test support (not tests). Whole patients from the public vignettes (copied into e2e/fixtures), cut into the answers of one step. */
import { STEPS } from '@/lib/questionnaire';
import type { StepId } from '@/lib/questionnaire';
import type { Answers, AnswersDocument } from '@/lib/answers';
import lowRiskAdult from '@/e2e/fixtures/vignettes/low-risk-adult.json';
import pregnantPatient from '@/e2e/fixtures/vignettes/pregnant-patient.json';

export const LOW_RISK_ADULT = lowRiskAdult.input as AnswersDocument;
export const PREGNANT_PATIENT = pregnantPatient.input as AnswersDocument;

export function answersOfStep(stepId: StepId, answers: Answers): Answers {
  const ids = STEPS.find((s) => s.id === stepId)!.questions.map((q) => q.id as string);
  return Object.fromEntries(Object.entries(answers).filter(([id]) => ids.includes(id))) as Answers;
}
