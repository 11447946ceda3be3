/**
 * The import's report as kept beside the answers it describes (lib/storage/savedAnswers.ts), so the notes on what
 * was loaded ("Check what was loaded from the file") survive a reload or a switch of language. Read back strictly:
 * a report that is not well formed is named by its path like any other part of the kept answers, never shown.
 * Each quoted answer must still be a well-formed answer to its question, so nothing rendered is unknown.
 */
import { z } from 'zod/mini';
import { questionById } from '@/lib/questionnaire';
import { cachedAnswerSchema } from '@/lib/answers/keepValidAnswers';
import type { ProblemCode } from '@/lib/i18n/problem';
import type { ImportReport } from './readAnswers';

/** Bounds, so a kept report can never be a large blob: a questionnaire has well under 100 questions. */
const MANY = 200;
const id = z.string().check(z.maxLength(100), z.regex(/^[A-Za-z0-9_.-]+$/));
const ids = z.array(id).check(z.maxLength(MANY));

/** The only problems a report holds: the date-of-birth notes (lib/import/birthDateNotes.ts). */
const DATE_NOTE_CODES = ['partialBirthDate', 'ageNotBirthDate'] as const satisfies readonly ProblemCode[];
const dateNoteSchema = z.strictObject({
  code: z.enum(DATE_NOTE_CODES),
  values: z.optional(z.record(id, z.union([z.string().check(z.maxLength(100)), z.number()]))),
});

const reasonSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.enum(['atLeast', 'below']), question: id, value: z.number(), answer: z.optional(z.unknown()) }),
  z.strictObject({ op: z.literal('notEquals'), question: id, answer: z.optional(z.unknown()) }),
  z.strictObject({ op: z.enum(['hasAny', 'oneOf']), question: id, options: ids, answer: z.optional(z.unknown()) }),
  z.strictObject({ op: z.literal('notTicked'), question: id, row: id, list: id }),
  z.strictObject({ op: z.literal('notShown') }),
]);

/** An answer quoted by the report, well formed for its question (a map's dropped row is a one-row map). */
const quotedAnswer = (question: string, value: unknown) => {
  const q = questionById(question);
  return q !== undefined && cachedAnswerSchema(q).safeParse(value).success;
};

const notUsedSchema = z
  .strictObject({ questionId: z.string().check(z.maxLength(200)), question: id, value: z.unknown(), reason: reasonSchema })
  .check(
    z.refine((item) => quotedAnswer(item.question, item.value), { message: 'is not an answer to its question' }),
    z.refine((item) => !('answer' in item.reason) || item.reason.answer === undefined || quotedAnswer(item.reason.question, item.reason.answer), {
      message: 'quotes an answer that is not an answer to its question',
    }),
  );

export const importReportSchema = z.strictObject({
  format: z.enum(['answers', 'fhir']),
  respondentStated: z.boolean(),
  notUsed: z.array(notUsedSchema).check(z.maxLength(MANY)),
  dateNotes: z.array(dateNoteSchema).check(z.maxLength(2)),
  listsCompleted: z.array(z.strictObject({ list: id, tick: id, items: ids, replacedNone: z.boolean() })).check(z.maxLength(MANY)),
}) as unknown as z.ZodMiniType<ImportReport>;
