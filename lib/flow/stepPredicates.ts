/**
 * Named predicates over the questionnaire definition and the answers so far. The flow machine's guards and
 * actions call these; they hold no clinical meaning, only which steps apply and whether a step is complete.
 */
import { QUESTIONS, STEPS } from '@/lib/questionnaire';
import type { Question, Step, StepId } from '@/lib/questionnaire';
import { answerSchema, answersDocumentSchema, pruneHidden, shownQuestions, stepAnswersSchema } from '@/lib/answers';
import type { Answers, AnswersDocument } from '@/lib/answers';

type AnswerMap = Record<string, unknown>;

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
export function shownQuestionsOfStep(stepId: StepId, answers: Answers): Question[] {
  return shownQuestions(answers, stepOf(stepId).questions);
}

/** A step applies when at least one of its questions is shown; a step whose questions are all hidden is skipped. */
export function stepApplies(stepId: string, answers: Answers, steps: readonly Step[] = DEFINED_STEPS): boolean {
  const step = steps.find((s) => s.id === stepId);
  return step !== undefined && shownQuestions(answers, step.questions).length > 0;
}

/** The ids of the steps that apply, in the order of the definition. */
export function stepsThatApply(answers: Answers, steps: readonly Step[] = DEFINED_STEPS): string[] {
  return steps.filter((step) => stepApplies(step.id, answers, steps)).map((step) => step.id);
}

function neighbour(stepId: string, answers: Answers, steps: readonly Step[], direction: 1 | -1): string | undefined {
  const position = steps.findIndex((s) => s.id === stepId);
  const candidates = direction === 1 ? steps.slice(position + 1) : steps.slice(0, position).reverse();
  return candidates.find((step) => stepApplies(step.id, answers, steps))?.id;
}

export function stepAfter(stepId: StepId, answers: Answers, steps: readonly Step[] = DEFINED_STEPS): StepId | undefined {
  return neighbour(stepId, answers, steps, 1) as StepId | undefined;
}

export function stepBefore(stepId: StepId, answers: Answers, steps: readonly Step[] = DEFINED_STEPS): StepId | undefined {
  return neighbour(stepId, answers, steps, -1) as StepId | undefined;
}

/**
 * The answers with this step's answers replaced by the ones given, hidden answers pruned. Answers to later
 * steps that still apply are kept: changing an earlier answer never loses them.
 */
export function withStepAnswers(answers: Answers, stepId: StepId, stepAnswers: Answers): Answers {
  const kept: AnswerMap = { ...answers };
  for (const question of stepOf(stepId).questions) delete kept[question.id];
  return pruneHidden({ ...kept, ...stepAnswers } as Answers);
}

function pick(answers: Answers, questions: readonly Question[]): AnswerMap {
  const given = answers as AnswerMap;
  return Object.fromEntries(questions.filter((q) => given[q.id] !== undefined).map((q) => [q.id, given[q.id]]));
}

/** The step's shown questions pass the step's schema: required ones answered, every answer well formed. */
export function stepAnswersAreValid(stepId: StepId, answers: Answers): boolean {
  const shown = shownQuestionsOfStep(stepId, answers);
  return stepAnswersSchema(shown).safeParse(pick(answers, shown)).success;
}

/** Every answer that is well formed on its own, hidden ones pruned; anything else is dropped. */
export function keepValidAnswers(answers: unknown): Answers {
  if (answers === null || typeof answers !== 'object') return {};
  const given = answers as AnswerMap;
  const valid = QUESTIONS.filter((q) => Object.hasOwn(given, q.id) && answerSchema(q).safeParse(given[q.id]).success);
  return pruneHidden(pick(given as Answers, valid) as Answers);
}

/** Ready for the summary: a complete answers document (age and severity answered). */
export function documentIsComplete(document: AnswersDocument): boolean {
  return answersDocumentSchema.safeParse(document).success;
}
