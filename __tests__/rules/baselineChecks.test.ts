/** Baseline checks for the clinician (rules.md "Beside the flags"): always listed, two only where they apply. */
import { evaluate } from '@/rules';
import { buildDocument } from '../support/buildAnswers';
import type { AnswerOverrides } from '../support/buildAnswers';

const checkIds = (answers: AnswerOverrides) => evaluate(buildDocument(answers)).baselineChecks.map((c) => c.id);

test('the low-risk adult gets the standing checks: TB, hepatitis, blood count, lipids, liver, kidney, vaccines', () => {
  expect(checkIds({})).toEqual(expect.arrayContaining(['tb-test', 'hepatitis-tests', 'blood-count', 'lipids', 'liver-tests', 'kidney-function', 'vaccines']));
});

test.each([
  ['listed when pregnancy is possible', { pregnancyPossible: 'yes' }, true],
  ['listed when pregnancy is unsure', { pregnancyPossible: 'unsure' }, true],
  ['listed when pregnancyPossible is left blank (≠ no)', { pregnancyPossible: undefined }, true],
  ['not listed when pregnancy is not possible', { pregnancyPossible: 'no' }, false],
] as const)('pregnancy test: %s', (_situation, answers, listed) => {
  expect(checkIds(answers).includes('pregnancy-test')).toBe(listed);
});

test.each<[string, AnswerOverrides, boolean]>([
  ['listed after non-melanoma skin cancer', { cancerHistory: ['nonMelanomaSkin'] }, true],
  ['listed after melanoma', { cancerHistory: ['melanoma'] }, true],
  ['not listed after lung cancer only', { cancerHistory: ['lung'] }, false],
  ['not listed with no cancer', { cancerHistory: ['none'] }, false],
])('skin check: %s', (_situation, answers, listed) => {
  expect(checkIds(answers).includes('skin-check')).toBe(listed);
});
