/**
 * Random answers documents for the FHIR and hand-off property tests, built from the questionnaire definition.
 * Every question may be answered, hidden ones included (pruneHidden and enableWhen must agree on which count),
 * and the edge values FHIR cares about appear often: ages around each threshold, empty lists and texts,
 * non-ASCII text, and the optional name and date of birth.
 */
import fc from 'fast-check';
import { QUESTIONS, RESPONDENTS, TRI_VALUES } from '@/lib/questionnaire';
import type { Question } from '@/lib/questionnaire';
import type { Answers, AnswersDocument } from '@/lib/answers';

const THRESHOLD_AGES = [0, 9, 10, 11, 12, 17, 18, 19, 120];

function answerArbitrary(question: Question): fc.Arbitrary<unknown> {
  switch (question.type) {
    case 'tri':
      return fc.constantFrom(...TRI_VALUES);
    case 'choice':
      return fc.constantFrom(...question.options.map((o) => o.id));
    case 'multi': {
      const choices = question.options.map((o) => o.id).filter((id) => id !== 'none');
      const some = fc.uniqueArray(fc.constantFrom(...choices), { minLength: 1, maxLength: 6 });
      return question.options.some((o) => o.id === 'none') ? fc.oneof(some, fc.constant(['none'])) : some;
    }
    case 'integer':
      return fc.oneof(fc.integer({ min: question.min, max: question.max }), fc.constantFrom(...THRESHOLD_AGES.filter((a) => a <= question.max)));
    case 'map': {
      // Rows for any treatments, picked or not: pruneHidden keeps only the rows of treatmentsTried.
      const keys = question.keys.map((k) => k.id);
      const values = question.options.map((o) => o.id);
      return fc
        .uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 4 })
        .chain((rows) => fc.tuple(...rows.map(() => fc.constantFrom(...values))).map((picked) => Object.fromEntries(rows.map((r, i) => [r, picked[i]]))));
    }
    case 'text':
      // Blank text reads as unanswered (lib/answers/schema.ts): generate real answers only.
      return fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })).filter((t) => t.trim() !== '');
  }
}

export const fhirAnswersArbitrary: fc.Arbitrary<Answers> = fc.record(
  Object.fromEntries(QUESTIONS.map((q) => [q.id, answerArbitrary(q)])),
  { requiredKeys: QUESTIONS.filter((q) => q.required).map((q) => q.id) },
) as fc.Arbitrary<Answers>;

const dateOfBirth = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const fhirDocumentArbitrary: fc.Arbitrary<AnswersDocument> = fc.record(
  {
    schemaVersion: fc.constant(2 as const),
    respondent: fc.constantFrom(...RESPONDENTS),
    answers: fhirAnswersArbitrary,
    patient: fc.record({ name: fc.string({ minLength: 1, maxLength: 40 }), dateOfBirth }, { requiredKeys: [] }),
  },
  { requiredKeys: ['schemaVersion', 'respondent', 'answers'] },
);
