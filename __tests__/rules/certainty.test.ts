/**
 * Certainty in every word (issue 9): for every flag that fired on "not sure" answers only, no text — title, the
 * clinician's detail, the patient's text or the discussion point made from it — states the answer as a fact.
 * A property over random documents, and the check itself shown failing on planted sentences.
 */
import fc from 'fast-check';
import { evaluate } from '@/rules';
import type { ScreeningResult } from '@/rules';
import { answersDocumentArbitrary } from '../support/arbitraries';
import { factSentences } from '../support/certaintyWords';

/** Every text of an unsure flag, and the sentences in them that state a fact. */
function factsInUnsureFlags(result: ScreeningResult): { flag: string; sentence: string }[] {
  return result.flags
    .filter((flag) => flag.certainty === 'unsure')
    .flatMap((flag) => {
      const point = result.discussionPoints.find((p) => p.id === `flag-${flag.id}`)?.text ?? '';
      return [flag.title, flag.detail, flag.patientText, point].flatMap((text) => factSentences(text).map((sentence) => ({ flag: flag.id, sentence })));
    });
}

test('no flag that fired on "not sure" states the answer as a fact, whoever answered (random documents)', () => {
  fc.assert(
    fc.property(answersDocumentArbitrary, (doc) => {
      expect(factsInUnsureFlags(evaluate(doc))).toEqual([]);
    }),
    { numRuns: 500 },
  );
});

test('every flag that fired on "not sure" says so in its title, its detail and its patient text', () => {
  fc.assert(
    fc.property(answersDocumentArbitrary, (doc) => {
      for (const flag of evaluate(doc).flags.filter((f) => f.certainty === 'unsure')) {
        expect(flag.title).toMatch(/not sure|not known/i);
        expect(flag.detail).toMatch(/^Answered “not sure”/);
        expect(flag.patientText).toMatch(/not sure|not known/i);
      }
    }),
    { numRuns: 300 },
  );
});

test.each([
  'Patient reports past hepatitis B.',
  'Tell your dermatologist about your HIV.',
  'Tell the dermatologist about the patient’s hepatitis B. Bring any test results.',
  'You have had hepatitis B.',
])('the check finds a planted sentence: %s', (planted) => {
  expect(factSentences(planted)).not.toEqual([]);
});

test('the check fails a result with a planted sentence in an unsure flag, and passes the same flag without it', () => {
  const result = evaluate({ schemaVersion: 2, respondent: 'patient', answers: { age: 30, severity: 'moderate', hepatitisB: 'unsure' } });
  expect(factsInUnsureFlags(result)).toEqual([]);
  const planted: ScreeningResult = {
    ...result,
    flags: result.flags.map((f) => (f.id === 'hepatitis-b' ? { ...f, detail: `${f.detail} Patient reports past hepatitis B.` } : f)),
  };
  expect(factsInUnsureFlags(planted)).toEqual([{ flag: 'hepatitis-b', sentence: 'Patient reports past hepatitis B.' }]);
});

test.each([
  'You were not sure whether you have had hepatitis B.',
  'Not sure: hepatitis B in the past',
  'It is not known whether the patient has HIV.',
])('the check lets an open question pass: %s', (hedged) => {
  expect(factSentences(hedged)).toEqual([]);
});
