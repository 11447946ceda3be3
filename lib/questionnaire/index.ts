/** Lookups over the one questionnaire definition. */
import { STEPS } from './questions';
import type { Question, Respondent, Step, Wording } from './types';

export { STEPS, TREATMENT_OPTIONS, TREATMENT_IDS, JAK_TREATMENTS, JAK_REACTION_DRUG_OPTIONS, PRESCRIPTION_TOPICAL_TREATMENTS, CANCER_TYPES } from './questions';
export * from './types';
export { formatAnswer, isNotSure, optionLabel, TRI_LABELS } from './formatAnswer';

type DefinedStep = (typeof STEPS)[number];
export type StepId = DefinedStep['id'];
export type DefinedQuestion = DefinedStep['questions'][number];
export type QuestionId = DefinedQuestion['id'];

/** Every question in questionnaire order (the order of the steps, then of the questions in each step). */
export const QUESTIONS: readonly Question[] = (STEPS as readonly Step[]).flatMap((step) => step.questions);

const questionsById = new Map(QUESTIONS.map((q) => [q.id, q]));
const stepByQuestionId = new Map((STEPS as readonly Step[]).flatMap((step) => step.questions.map((q) => [q.id, step] as const)));

export function questionById(id: string): Question | undefined {
  return questionsById.get(id);
}

export function stepOfQuestion(id: string): Step | undefined {
  return stepByQuestionId.get(id);
}

export function stepById(id: string): Step | undefined {
  return (STEPS as readonly Step[]).find((step) => step.id === id);
}

/** The wording for whoever is filling in: the patient's own voice, or the caregiver's and staff's. */
export function inVoice(wording: Wording, respondent: Respondent): string {
  return respondent === 'patient' ? wording.self : wording.other;
}
