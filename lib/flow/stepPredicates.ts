/**
 * Named predicates over the questionnaire definition and the answers so far. The flow machine's guards and
 * actions call these; they hold no clinical meaning, only which steps apply and whether a step is complete.
 * They take answers that are already pruned (PrunedAnswers) and never prune again.
 */
import { STEPS } from '@/lib/questionnaire';
import type { Question, Step, StepId } from '@/lib/questionnaire';
import { answersDocumentSchema, pruneHidden, questionsShownFor, wellFormedAnswers } from '@/lib/answers';
import type { AnswersDocument, PrunedAnswers } from '@/lib/answers';
import { replaceStepAnswers } from './stepSchema';

export const STEP_IDS: readonly StepId[] = STEPS.map((step) => step.id);
const DEFINED_STEPS: readonly Step[] = STEPS;

function stepOf(stepId: StepId): Step {
  const step = DEFINED_STEPS.find((s) => s.id === stepId);
  if (!step) throw new Error(`Unknown step "${stepId}"`);
  return step;
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

/** The questions of a step that are shown for these answers. */
export function shownQuestionsOfStep(stepId: StepId, answers: PrunedAnswers): Question[] {
  return questionsShownFor(answers, stepOf(stepId).questions);
}

/** A step applies when at least one of its questions is shown; a step whose questions are all hidden is skipped. */
export function stepApplies(stepId: string, answers: PrunedAnswers, steps: readonly Step[] = DEFINED_STEPS): boolean {
  const step = steps.find((s) => s.id === stepId);
  return step !== undefined && questionsShownFor(answers, step.questions).length > 0;
}

/** The ids of the steps that apply, in the order of the definition. */
export function stepsThatApply(answers: PrunedAnswers, steps: readonly Step[] = DEFINED_STEPS): StepId[] {
  return steps.filter((step) => stepApplies(step.id, answers, steps)).map((step) => step.id as StepId);
}

function neighbour(stepId: string, answers: PrunedAnswers, steps: readonly Step[], direction: 1 | -1): string | undefined {
  const position = steps.findIndex((s) => s.id === stepId);
  const candidates = direction === 1 ? steps.slice(position + 1) : steps.slice(0, position).reverse();
  return candidates.find((step) => stepApplies(step.id, answers, steps))?.id;
}

export function stepAfter(stepId: StepId, answers: PrunedAnswers, steps: readonly Step[] = DEFINED_STEPS): StepId | undefined {
  return neighbour(stepId, answers, steps, 1) as StepId | undefined;
}

export function stepBefore(stepId: StepId, answers: PrunedAnswers, steps: readonly Step[] = DEFINED_STEPS): StepId | undefined {
  return neighbour(stepId, answers, steps, -1) as StepId | undefined;
}

/**
 * Leaving a step without Continue (Back, the browser's Back or Forward): its answers that are well formed on
 * their own replace the step's saved answers, then one prune. Answers to later steps that still apply are kept.
 */
export function withValidStepAnswers(answers: PrunedAnswers, stepId: StepId, stepAnswers: unknown): PrunedAnswers {
  const step = stepOf(stepId);
  return pruneHidden(replaceStepAnswers(answers, step, wellFormedAnswers(stepAnswers, step.questions)));
}

/** Ready for the summary: a complete answers document (age and severity answered). */
export function documentIsComplete(document: AnswersDocument): boolean {
  return answersDocumentSchema.safeParse(document).success;
}
