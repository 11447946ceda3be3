/**
 * The zod schemas of answers, built from the questionnaire definition. One schema per question;
 * the answers document, each step's form, saved progress and imported files all use them.
 * Messages are problem codes (lib/i18n/problem.ts), put in words in the reader's language by lib/import/problemText;
 * formatIssues() gives each its path.
 */
import { z } from 'zod/mini';
import { en } from 'zod/locales';
import { QUESTIONS, RESPONDENTS, TRI_VALUES } from '@/lib/questionnaire';
import type { MapQuestion, Question } from '@/lib/questionnaire';
import { migrateDocument, READABLE_SCHEMA_VERSIONS, SCHEMA_VERSION, versionOneProblems } from './migrate';
import type { Answers, AnswersDocument } from './types';
import { codedMessage, decodeMessage, problemAt } from '@/lib/i18n/problem';
import type { Problem } from '@/lib/i18n/problem';

export { SCHEMA_VERSION, READABLE_SCHEMA_VERSIONS, migrateDocument } from './migrate';

// zod 4 compiles object parsers with `new Function` unless told not to; the CSP forbids eval (no 'unsafe-eval'),
// and even zod's probe for it is reported as a violation. The interpreted parser is fast enough for one form.
z.config({ jitless: true });
// zod/mini is the tree-shakable build every page loads first; unlike classic it sets no locale itself, and the
// messages a schema here leaves to zod ("Invalid input: expected object, received array") are the English ones.
z.config(en());

export const NAME_MAX_LENGTH = 100;

const optionList = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');
const mustBeOneOf = (ids: readonly string[]) => codedMessage('mustBeOneOf', { options: optionList(ids) });

function integerSchema(min: number, max: number) {
  const message = codedMessage('wholeNumberRange', { min, max });
  return z.number({ error: message }).check(z.int({ error: message }), z.minimum(min, { error: message }), z.maximum(max, { error: message }));
}

function multiSchema(optionIds: readonly string[]) {
  const choices = z
    .array(z.enum(optionIds as [string, ...string[]], { error: mustBeOneOf(optionIds) }), {
      error: codedMessage('listOfChoices'),
    })
    .check(
      z.superRefine((list, ctx) => {
        if (list.includes('none') && list.length > 1) {
          ctx.addIssue({ code: 'custom', message: codedMessage('noneCombined') });
        }
        if (new Set(list).size !== list.length) {
          ctx.addIssue({ code: 'custom', message: codedMessage('sameChoiceTwice') });
        }
      }),
    );
  return z.pipe(choices, z.transform(blankAsUnanswered<string[]>));
}

/**
 * An empty list or blank text is a question left blank, not an answer: the lists have an explicit "none", and
 * FHIR has no empty answer, so `[]` and `""` read as unanswered everywhere (rules, review, export).
 */
function blankAsUnanswered<T extends string | readonly string[]>(value: T): T | undefined {
  return (typeof value === 'string' ? value.trim() === '' : value.length === 0) ? undefined : value;
}

/** One choice per row; a row that is not a possible key is named by its path. `{}` reads as unanswered. */
function mapSchema(question: MapQuestion) {
  const keys = question.keys.map((o) => o.id);
  const values = question.options.map((o) => o.id);
  const rows = z.record(z.string(), z.enum(values as [string, ...string[]], { error: mustBeOneOf(values) }), {
    error: codedMessage('answerPerTreatment'),
  }).check(
    z.superRefine((map, ctx) => {
      for (const key of Object.keys(map)) {
        if (!keys.includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: codedMessage('notOneOf', { options: optionList(keys) }) });
      }
    }),
  );
  return z.pipe(rows, z.transform((map: Record<string, string>) => (Object.keys(map).length === 0 ? undefined : map)));
}

/** The schema of one answer, whatever the question's type. */
export function answerSchema(question: Question): z.ZodMiniType {
  switch (question.type) {
    case 'tri':
      return z.enum(TRI_VALUES, { error: mustBeOneOf(TRI_VALUES) });
    case 'choice': {
      const ids = question.options.map((o) => o.id);
      return z.enum(ids as [string, ...string[]], { error: mustBeOneOf(ids) });
    }
    case 'multi':
      return multiSchema(question.options.map((o) => o.id));
    case 'integer':
      return integerSchema(question.min, question.max);
    case 'map':
      return mapSchema(question);
    case 'text': {
      const text = z.string({ error: codedMessage('mustBeText') }).check(z.maxLength(question.maxLength, { error: codedMessage('maxLength', { max: question.maxLength }) }));
      return z.pipe(text, z.transform(blankAsUnanswered<string>));
    }
  }
}

function answersShape(questions: readonly Question[], requireRequired: boolean) {
  return Object.fromEntries(
    questions.map((q) => {
      const schema = answerSchema(q);
      return [q.id, requireRequired && q.required ? schema : z.optional(schema)];
    }),
  );
}

/** Complete answers: the required questions (age, severity) must be answered. */
const answersSchema = () =>
  z.strictObject(answersShape(QUESTIONS, true), {
    error: (issue) => (issue.code === 'invalid_type' ? codedMessage('answersObject') : undefined),
  }) as unknown as z.ZodMiniType<Answers>;

/** Answers in progress (saved state, one step at a time): every question may still be blank. */
const draftAnswersSchema = () => z.strictObject(answersShape(QUESTIONS, false)) as unknown as z.ZodMiniType<Answers>;

/**
 * True when a full date (YYYY-MM-DD) is a day on the calendar (not 1950-02-30); partial dates and other text
 * are left to the pattern check. Leap years follow the Gregorian calendar, as Date does.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(text);
  if (!match) return true;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The refusal of a full date that is not on the calendar, quoting it. */
export const notACalendarDate = (text: string) => codedMessage('notACalendarDate', { date: text });

export const patientIdentitySchema = z.strictObject({
  name: z.optional(z.string().check(z.maxLength(NAME_MAX_LENGTH, { error: codedMessage('maxLength', { max: NAME_MAX_LENGTH }) }))),
  // A full date, or a partial one as FHIR allows (1980, 1980-05): an import keeps what the record says.
  dateOfBirth: z.optional(
    z.string({ error: codedMessage('dateFormat') }).check(
      z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { error: codedMessage('partialDateFormat') }),
      z.superRefine((text, ctx) => {
        if (!isCalendarDate(text)) ctx.addIssue({ code: 'custom', message: notACalendarDate(text) });
      }),
    ),
  ),
});

/** A document of any readable version, migrated (migrateDocument) before it is checked. */
function documentSchema(answers: z.ZodMiniType<Answers>) {
  const current = z.strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION, {
      error: codedMessage('schemaVersion', { oldest: READABLE_SCHEMA_VERSIONS[0], newest: READABLE_SCHEMA_VERSIONS.at(-1)! }),
    }),
    respondent: z.enum(RESPONDENTS, { error: mustBeOneOf(RESPONDENTS) }),
    answers,
    patient: z.optional(patientIdentitySchema),
  });
  // A version-1 document holding version-2 answers is refused before migration (versionOneProblems).
  const versionChecked = z.unknown().check(
    z.superRefine((input, ctx) => {
      for (const [path, code, values] of versionOneProblems(input)) ctx.addIssue({ code: 'custom', path: [...path], message: codedMessage(code, values), input });
    }),
  );
  return z.pipe(z.pipe(versionChecked, z.transform(migrateDocument)), current);
}

// Built on first use (z.lazy keeps what it built): a schema for every question costs up to 100 ms of main thread on
// a throttled phone, and a first visit to the questionnaire parses no document at all (issue 15).
/** The answers document of questions.md, strict: what the CLI, answer files and the rules take. */
export const answersDocumentSchema = z.lazy(() => documentSchema(answersSchema())) as unknown as z.ZodMiniType<AnswersDocument>;
/** The same document with answers still in progress. */
export const draftDocumentSchema = z.lazy(() => documentSchema(draftAnswersSchema())) as unknown as z.ZodMiniType<AnswersDocument>;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A zod issue as a problem: our coded messages as they are, zod's own (a wrong type) as the nearest code. */
function issueProblem(issue: z.core.$ZodIssue, path: string): Problem {
  const coded = decodeMessage(issue.message);
  if (coded) return problemAt(path, coded.code, coded.values);
  if (issue.code === 'invalid_type') return problemAt(path, 'invalidType', { expected: issue.expected });
  return problemAt(path, 'invalidValue');
}

/** One problem per issue, with its path; an unknown key is named in the path, a missing answer is "required". */
export function formatIssues(error: z.core.$ZodError, input: unknown): Problem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      const code = path.join('.') === 'answers' ? 'notAQuestion' : 'notAField';
      return issue.keys.map((key) => problemAt([...path, key].join('.'), code));
    }
    if (issue.code !== 'custom' && valueAt(input, issue.path) === undefined) {
      return [problemAt(path.join('.'), 'required')];
    }
    return [issueProblem(issue, path.join('.'))];
  });
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Validate an answers document from anywhere outside the app's own memory. */
export function parseAnswersDocument(input: unknown): ParseResult<AnswersDocument> {
  const result = answersDocumentSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: formatIssues(result.error, input) };
}

/** The same for answers still in progress (saved state). */
export function parseDraftDocument(input: unknown): ParseResult<AnswersDocument> {
  const result = draftDocumentSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: formatIssues(result.error, input) };
}
