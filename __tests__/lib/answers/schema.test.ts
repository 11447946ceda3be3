import fc from 'fast-check';
import { parseAnswersDocument } from '@/lib/answers';
import { buildAnswers, buildDocument } from '../../support/buildAnswers';
import { answersDocumentArbitrary } from '../../support/arbitraries';
import { inEnglish } from '@/__tests__/support/inEnglish';

const LONG_TEXT_501 = 'x'.repeat(501);
const LONG_TEXT_1001 = 'x'.repeat(1001);

function problemsFor(input: unknown): string[] {
  const result = parseAnswersDocument(input);
  if (result.ok) throw new Error('expected the document to be refused');
  return inEnglish(result).problems!;
}

test('the low-risk baseline document is accepted as it is', () => {
  expect(parseAnswersDocument(buildDocument())).toEqual({ ok: true, value: buildDocument() });
});

test.each([
  ['an unknown question id', { ...buildDocument(), answers: { ...buildAnswers(), favouriteColour: 'blue' } }, 'answers.favouriteColour: is not a question in this questionnaire'],
  ['an unknown top-level field', { ...buildDocument(), extra: true }, 'extra: is not a known field'],
  ['a number where a tri answer belongs', buildDocument({ hiv: 1 as never }), 'answers.hiv: must be one of "yes", "no", "unsure"'],
  ['a tri answer outside yes/no/unsure', buildDocument({ tbHistory: 'maybe' as never }), 'answers.tbHistory: must be one of "yes", "no", "unsure"'],
  ['a string where a number belongs', buildDocument({ age: '30' as never }), 'answers.age: must be a whole number from 0 to 120'],
  ['an age above 120', buildDocument({ age: 121 }), 'answers.age: must be a whole number from 0 to 120'],
  ['a negative age', buildDocument({ age: -1 }), 'answers.age: must be a whole number from 0 to 120'],
  ['a non-integer age', buildDocument({ age: 30.5 }), 'answers.age: must be a whole number from 0 to 120'],
  ['an itch score above 10', buildDocument({ itchWorst24h: 11 }), 'answers.itchWorst24h: must be a whole number from 0 to 10'],
  ['a non-integer count of nights', buildDocument({ sleepNightsLost: 2.5 }), 'answers.sleepNightsLost: must be a whole number from 0 to 7'],
  ['more than 7 nights in a week', buildDocument({ sleepNightsLost: 8 }), 'answers.sleepNightsLost: must be a whole number from 0 to 7'],
  ['an unknown choice', buildDocument({ smoking: 'sometimes' as never }), 'answers.smoking: must be one of "never", "former", "current"'],
  ['an unknown option in a list', buildDocument({ heartRiskFactors: ['gout' as never] }), 'answers.heartRiskFactors.0: must be one of "highBloodPressure", "highCholesterol", "diabetes", "familyHeartDisease", "obesity", "none"'],
  ['a single string where a list belongs', buildDocument({ medicines: 'none' as never }), 'answers.medicines: must be a list of choices'],
  ['"none" combined with another option', buildDocument({ medicines: ['none', 'probenecid'] }), 'answers.medicines: "none" cannot be combined with other choices'],
  ['"none" combined with a treatment', buildDocument({ treatmentsTried: ['topicalSteroid', 'none'] }), 'answers.treatmentsTried: "none" cannot be combined with other choices'],
  ['the same option twice', buildDocument({ cancerHistory: ['lung', 'lung'] }), 'answers.cancerHistory: lists the same choice twice'],
  ['other medicines over 500 characters', buildDocument({ medicinesOther: LONG_TEXT_501 }), 'answers.medicinesOther: must be at most 500 characters'],
  ['questions for the doctor over 1000 characters', buildDocument({ questionsForDoctor: LONG_TEXT_1001 }), 'answers.questionsForDoctor: must be at most 1000 characters'],
  ['a number where text belongs', buildDocument({ medicinesOther: 5 as never }), 'answers.medicinesOther: must be text'],
  ['schemaVersion 3', { ...buildDocument(), schemaVersion: 3 }, 'schemaVersion: must be 1 or 2 (this app reads versions 1 and 2)'],
  ['schemaVersion as a string', { ...buildDocument(), schemaVersion: '1' }, 'schemaVersion: must be 1 or 2 (this app reads versions 1 and 2)'],
  ['an unknown respondent', { ...buildDocument(), respondent: 'doctor' }, 'respondent: must be one of "patient", "caregiver", "staff"'],
  ['no respondent', { schemaVersion: 2, answers: buildAnswers() }, 'respondent: is required'],
  ['no schemaVersion', { respondent: 'patient', answers: buildAnswers() }, 'schemaVersion: is required'],
  ['no answers at all', { schemaVersion: 1, respondent: 'patient' }, 'answers: is required'],
  ['answers that are not an object', { schemaVersion: 1, respondent: 'patient', answers: [] }, 'answers: must be an object of answers'],
  ['age missing (required)', buildDocument({ age: undefined }), 'answers.age: is required'],
  ['severity missing (required)', buildDocument({ severity: undefined }), 'answers.severity: is required'],
])('refuses %s, naming its path', (_situation, input, problem) => {
  expect(problemsFor(input)).toEqual([problem]);
});

test('reports every problem of a document, each with its own path', () => {
  const input = { schemaVersion: 1, respondent: 'patient', answers: { severity: 'mild', age: 200, hiv: 'perhaps' } };
  expect(problemsFor(input).sort()).toEqual(['answers.age: must be a whole number from 0 to 120', 'answers.hiv: must be one of "yes", "no", "unsure"']);
});

test.each([
  ['an age of 0', buildDocument({ age: 0 })],
  ['an age of 120', buildDocument({ age: 120 })],
  ['an empty list', buildDocument({ medicines: [] })],
  ['"none" alone', buildDocument({ medicines: ['none'] })],
  ['text of exactly 500 characters', buildDocument({ medicinesOther: 'x'.repeat(500) })],
  ['only the required answers', { schemaVersion: 1, respondent: 'staff', answers: { age: 40, severity: 'severe' } }],
  ['a caregiver as respondent', { ...buildDocument(), respondent: 'caregiver' }],
])('accepts %s', (_situation, input) => {
  expect(parseAnswersDocument(input).ok).toBe(true);
});

test('the shared random generator makes only documents the schema accepts', () => {
  fc.assert(
    fc.property(answersDocumentArbitrary, (doc) => {
      expect(parseAnswersDocument(doc)).toEqual({ ok: true, value: doc });
    }),
  );
});
