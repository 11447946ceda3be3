/**
 * Random valid answers documents, built from the questionnaire definition, so a new question is covered
 * without touching this file. Shared by the property tests and `npm run bench`.
 * Every question may get an answer, hidden ones included: the schema accepts them and the rules must ignore them.
 */
import fc from 'fast-check';
import { QUESTIONS, RESPONDENTS, TRI_VALUES } from '@/lib/questionnaire';
import type { Question } from '@/lib/questionnaire';
import type { Answers, AnswersDocument } from '@/lib/answers';

/** Ages on either side of every threshold in questions.md and rules.md, so random patients hit them often. */
const THRESHOLD_AGES = [0, 1, 2, 9, 10, 11, 12, 17, 18, 49, 50, 64, 65, 120];

function multiArbitrary(optionIds: readonly string[]): fc.Arbitrary<string[]> {
  const choices = optionIds.filter((id) => id !== 'none');
  const some = fc.uniqueArray(fc.constantFrom(...choices), { minLength: 1, maxLength: Math.min(choices.length, 5) });
  return optionIds.includes('none') ? fc.oneof(some, fc.constant<string[]>(['none'])) : some;
}

export function answerArbitrary(question: Question): fc.Arbitrary<unknown> {
  switch (question.type) {
    case 'tri':
      return fc.constantFrom(...TRI_VALUES);
    case 'choice':
      return fc.constantFrom(...question.options.map((o) => o.id));
    case 'multi':
      return multiArbitrary(question.options.map((o) => o.id));
    case 'integer':
      return question.id === 'age'
        ? fc.oneof(fc.integer({ min: question.min, max: question.max }), fc.constantFrom(...THRESHOLD_AGES))
        : fc.integer({ min: question.min, max: question.max });
    case 'map': {
      // Rows for any treatments, picked or not: pruneHidden keeps only the rows of treatmentsTried.
      const keys = question.keys.map((k) => k.id);
      const values = question.options.map((o) => o.id);
      return fc
        .uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 4 })
        .chain((rows) => fc.tuple(...rows.map(() => fc.constantFrom(...values))).map((picked) => Object.fromEntries(rows.map((r, i) => [r, picked[i]]))));
    }
    case 'text':
      // Blank text and empty lists read as unanswered (lib/answers/schema.ts): generate real answers only.
      return fc.string({ minLength: 1, maxLength: Math.min(question.maxLength, 40) }).filter((t) => t.trim() !== '');
  }
}

/** Required questions always answered; every other question answered or left blank at random. */
export const answersArbitrary: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTIONS.map((q) => [q.id, answerArbitrary(q)])),
  { requiredKeys: QUESTIONS.filter((q) => q.required).map((q) => q.id) },
) as fc.Arbitrary<Answers>;

export const answersDocumentArbitrary: fc.Arbitrary<AnswersDocument> = fc.record({
  schemaVersion: fc.constant(2 as const),
  respondent: fc.constantFrom(...RESPONDENTS),
  answers: answersArbitrary,
});
