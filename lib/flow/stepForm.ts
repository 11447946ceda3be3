/**
 * Between a step's form and its answers. Form controls hold text ("34", "yes", ["none"]); answers hold typed
 * values with blanks left out. Validation is the step's schema (stepSchema.ts), built on each answer's schema
 * from lib/answers, so a form, a saved state and an answer file are checked by the same rules.
 */
import type { Question } from '@/lib/questionnaire';
import type { Answers } from '@/lib/answers';

export type FormValue = string | string[] | Record<string, string> | null | undefined;
export type FormValues = Record<string, FormValue>;

const WHOLE_NUMBER_TEXT = /^\s*-?\d+(\.\d+)?\s*$/;

/** What a form control shows for an answer. */
export function answersToFormValues(questions: readonly Question[], answers: Answers): FormValues {
  const given = answers as Record<string, unknown>;
  return Object.fromEntries(
    questions.map((q) => {
      const value = given[q.id];
      if (q.type === 'multi') return [q.id, Array.isArray(value) ? value : []];
      if (q.type === 'map') return [q.id, value !== null && typeof value === 'object' ? value : {}];
      if (q.type === 'integer') return [q.id, typeof value === 'number' ? String(value) : q.scale ? null : ''];
      if (q.type === 'text') return [q.id, typeof value === 'string' ? value : ''];
      return [q.id, typeof value === 'string' ? value : null];
    }),
  );
}

function toAnswer(question: Question, value: FormValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.length > 0 ? value : undefined;
  // A map question (one choice per row): no row answered is a blank question.
  if (typeof value === 'object') return Object.keys(value).length > 0 ? value : undefined;
  if (value.trim() === '') return undefined;
  // Text that is not a number stays text, so the schema names the problem ("must be a whole number…").
  if (question.type === 'integer') return WHOLE_NUMBER_TEXT.test(value) ? Number(value) : value;
  return value;
}

/** The answers in a step's form, blanks left out. Not validated: see stepSchema. */
export function formValuesToAnswers(questions: readonly Question[], values: FormValues): Answers {
  const answers: Record<string, unknown> = {};
  for (const question of questions) {
    const answer = toAnswer(question, values[question.id]);
    if (answer !== undefined) answers[question.id] = answer;
  }
  return answers as Answers;
}
