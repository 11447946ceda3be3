/**
 * One visibility-aware zod schema per step (and voice), built once. It reads the step's form values together
 * with the answers so far (under the STEP_BASIS key, so errors keep the question ids as their paths), decides
 * which of the step's questions are shown with one pruneHidden, and checks each shown answer with its own
 * schema. react-hook-form uses it through zodResolver; the machine's `stepIsValid` guard uses the same schema.
 * What it returns is the step's parsed answers, remembered (by their content: react-hook-form hands on a copy)
 * with the whole new answers document they make, so the machine takes them without parsing or pruning again.
 */
import { z } from 'zod/mini';
import { inVoice, stepById } from '@/lib/questionnaire';
import { stepIn } from '@/lib/questionnaire/localized';
import { DEFAULT_LOCALE } from '@/lib/i18n/locales';
import type { Locale } from '@/lib/i18n/locales';
import type { Question, Respondent, Step, StepId } from '@/lib/questionnaire';
import { cachedAnswerSchema, isShown, pruneHidden } from '@/lib/answers';
import { decodeMessage } from '@/lib/i18n/problem';
import type { ProblemCode, ProblemValue } from '@/lib/i18n/problem';
import type { Answers, PrunedAnswers } from '@/lib/answers';
import { answersToFormValues, formValuesToAnswers } from './stepForm';
import type { FormValues } from './stepForm';

type AnswerMap = Record<string, unknown>;

/** The key of the answers so far in a step schema's input (a symbol: never a form field, never an error path). */
const STEP_BASIS = Symbol('answers so far');

export type StepSchemaInput = FormValues & { [STEP_BASIS]: PrunedAnswers };

/** A step's answers as parsed by its schema, and the whole answers document they make (pruned once). */
export interface ParsedStep {
  stepId: StepId;
  basis: PrunedAnswers;
  answers: PrunedAnswers;
}

/** The last successful parse per answers so far: what the form parsed, for the machine to take as it is. */
const lastParses = new WeakMap<PrunedAnswers, { key: string; parsed: ParsedStep }>();
const keyOf = (stepId: string, stepAnswers: object) => `${stepId}:${JSON.stringify(stepAnswers)}`;

/** The step's own answers replaced by `stepAnswers`, every other answer kept. Not pruned. */
export function replaceStepAnswers(answers: Answers, step: Step, stepAnswers: AnswerMap): Answers {
  const kept: AnswerMap = { ...answers };
  for (const question of step.questions) delete kept[question.id];
  return { ...kept, ...stepAnswers } as Answers;
}

/**
 * A coded answer problem (lib/i18n/problem.ts: the answer schemas of lib/answers carry codes, not sentences) as a
 * sentence in the page's language: the `problems.text` catalogue namespace, e.g. "must be a whole number from 0 to 120".
 */
export type ProblemSentence = (code: ProblemCode, values?: Readonly<Record<string, ProblemValue>>) => string;

/** What an answer that does not parse says in Spanish when its problem has no sentence. */
const NOT_VALID_ES = (question: Question, respondent: Respondent) => `${inVoice(question.text, respondent)}: esta respuesta no es válida.`;

/** The message of an answer that does not parse: the question's name (English: its short name) and the problem. */
function invalidMessage(question: Question, respondent: Respondent, locale: Locale, issue: string | undefined, sentence: ProblemSentence | undefined): string {
  const coded = issue === undefined ? null : decodeMessage(issue);
  const text = coded && sentence ? sentence(coded.code, coded.values) : null;
  if (locale === 'es') return text ? `${inVoice(question.text, respondent)}: ${text}` : NOT_VALID_ES(question, respondent);
  return `${question.short} ${text ?? (coded ? null : issue) ?? 'is not valid'}`;
}

function buildStepSchema(step: Step, respondent: Respondent, locale: Locale, sentence: ProblemSentence | undefined) {
  const questions = step.questions as readonly Question[];
  return z.pipe(
    z.custom<StepSchemaInput>((input) => input !== null && typeof input === 'object'),
    z.transform((input: StepSchemaInput, ctx) => {
      const basis = input[STEP_BASIS];
      const given = formValuesToAnswers(questions, input) as AnswerMap;
      const live = pruneHidden(replaceStepAnswers(basis, step, given));
      const parsed: AnswerMap = {};
      for (const question of questions) {
        if (!isShown(question, live)) continue;
        const value = given[question.id];
        if (value === undefined && !question.required) continue;
        const result = cachedAnswerSchema(question).safeParse(value);
        if (result.success) {
          parsed[question.id] = result.data;
          continue;
        }
        const message =
          value === undefined && question.blankError
            ? inVoice(question.blankError, respondent)
            : invalidMessage(question, respondent, locale, result.error.issues[0]?.message, sentence);
        ctx.issues.push({ code: 'custom', path: [question.id], message, input: value });
      }
      // Blank answers never reach `given`, and a valid answer parses to itself, so `live` is the new document.
      if (ctx.issues.length === 0) lastParses.set(basis, { key: keyOf(step.id, parsed), parsed: { stepId: step.id as StepId, basis, answers: live } });
      return parsed as Answers;
    }),
  );
}

export type StepSchema = ReturnType<typeof buildStepSchema>;

const schemas = new Map<string, StepSchema>();

/**
 * The schema of one step in one voice and language (the messages name the patient or "you", in the page's
 * language; what it parses is the same in every language), built on first use only. `sentence` words a coded
 * answer problem in that language (the page's `problems` namespace); the first one given for a language is kept.
 */
export function stepSchema(stepId: StepId, respondent: Respondent, locale: Locale = DEFAULT_LOCALE, sentence?: ProblemSentence): StepSchema {
  const key = `${stepId}:${respondent}:${locale}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = buildStepSchema(stepIn(stepId, locale)!, respondent, locale, sentence);
    schemas.set(key, schema);
  }
  return schema;
}

/** The schema's input: a form's values with the answers so far. */
export function stepSchemaInput(values: FormValues, basis: PrunedAnswers): StepSchemaInput {
  return { ...values, [STEP_BASIS]: basis };
}

/**
 * The parse of `stepAnswers` for this step on these answers so far: remembered from the form's parse when the
 * answers came from it, otherwise (an event from anywhere else: a test, a script) parsed now, once.
 * Null when the answers do not pass the step's schema.
 */
export function parsedStep(stepId: StepId, respondent: Respondent, basis: PrunedAnswers, stepAnswers: Answers): ParsedStep | null {
  const known = lastParses.get(basis);
  if (known && known.key === keyOf(stepId, stepAnswers)) return known.parsed;
  const questions = stepById(stepId)!.questions as readonly Question[];
  const result = stepSchema(stepId, respondent).safeParse(stepSchemaInput(answersToFormValues(questions, stepAnswers), basis));
  if (!result.success) return null;
  const parsed = lastParses.get(basis)!.parsed;
  lastParses.set(basis, { key: keyOf(stepId, stepAnswers), parsed });
  return parsed;
}

/**
 * The questions of a step shown while its form holds `values`. When the form still holds the saved answers
 * (the step just opened), those are already pruned: no prune. Otherwise one prune of the live answers.
 */
export function visibleQuestions(stepId: StepId, basis: PrunedAnswers, values: FormValues): Question[] {
  const step = stepById(stepId)!;
  const questions = step.questions as readonly Question[];
  const given = formValuesToAnswers(questions, values) as AnswerMap;
  const saved = basis as AnswerMap;
  const unchanged = questions.every((q) => JSON.stringify(given[q.id]) === JSON.stringify(saved[q.id]));
  const live = unchanged ? basis : pruneHidden(replaceStepAnswers(basis, step, given));
  return questions.filter((q) => isShown(q, live as AnswerMap));
}
