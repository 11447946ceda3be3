/**
 * Answers for rule tests: the low-risk adult of the public vignettes (no flag fires), with the answers
 * a test is about laid on top. An override of `undefined` removes the answer (the question left blank).
 */
import type { Answers, AnswersDocument } from '@/lib/answers';
import { LOW_RISK_ADULT } from './vignettes';

export const LOW_RISK_ANSWERS: Answers = LOW_RISK_ADULT.answers;

export type AnswerOverrides = { [K in keyof Answers]?: Answers[K] | undefined };

export function buildAnswers(overrides: AnswerOverrides = {}): Answers {
  const answers: Record<string, unknown> = { ...LOW_RISK_ANSWERS, ...overrides };
  for (const [id, value] of Object.entries(answers)) if (value === undefined) delete answers[id];
  return answers as Answers;
}

export function buildDocument(overrides: AnswerOverrides = {}): AnswersDocument {
  return { schemaVersion: 2, respondent: 'patient', answers: buildAnswers(overrides) };
}
