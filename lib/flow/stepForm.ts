/**
 * Between a step's form and its answers. Form controls hold text ("34", "yes", ["none"]); answers hold typed
 * values with blanks left out. Validation uses the step's zod schema from lib/answers, so a form, a saved state
 * and an answer file are checked by the same rules.
 */
import { inVoice } from '@/lib/questionnaire';
import type { Question, Respondent } from '@/lib/questionnaire';
import { stepAnswersSchema } from '@/lib/answers';
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

/** The answers in a step's form, blanks left out. Not validated: see stepFormErrors. */
export function formValuesToAnswers(questions: readonly Question[], values: FormValues): Answers {
  const answers: Record<string, unknown> = {};
  for (const question of questions) {
    const answer = toAnswer(question, values[question.id]);
    if (answer !== undefined) answers[question.id] = answer;
  }
  return answers as Answers;
}

export interface FieldError {
  questionId: string;
  message: string;
}

/** One plain message per bad answer, in question order, for the inline errors and the error summary. */
export function stepFormErrors(questions: readonly Question[], answers: Answers, respondent: Respondent): FieldError[] {
  const result = stepAnswersSchema(questions).safeParse(answers);
  if (result.success) return [];
  const given = answers as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const question of questions) {
    const issue = result.error.issues.find((i) => i.path[0] === question.id);
    if (!issue) continue;
    const blank = given[question.id] === undefined;
    const message = blank && question.blankError ? inVoice(question.blankError, respondent) : `${question.short} ${issue.message}`;
    errors.push({ questionId: question.id, message });
  }
  return errors;
}
