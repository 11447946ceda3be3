/** Baseline checks for the clinician (rules.md "Beside the flags"): thresholds, rechecks, and the ones that depend on answers. */
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
  ['first, before starting, after non-melanoma skin cancer', { cancerHistory: ['nonMelanomaSkin'] }, true],
  ['first, before starting, after melanoma', { cancerHistory: ['melanoma'] }, true],
  ['periodic only after lung cancer only', { cancerHistory: ['lung'] }, false],
  ['periodic only with no cancer', { cancerHistory: ['none'] }, false],
])('skin examinations for everyone: %s', (_situation, answers, first) => {
  const ids = checkIds(answers);
  expect(ids.includes('skin-check-first') || ids.includes('skin-check')).toBe(true);
  expect(ids[0] === 'skin-check-first').toBe(first);
});

test.each<[string, AnswerOverrides, boolean]>([
  ['listed when chickenpox immunity is "no"', { chickenpoxImmune: 'no' }, true],
  ['listed when it is "not sure"', { chickenpoxImmune: 'unsure' }, true],
  ['listed when it is left blank', { chickenpoxImmune: undefined }, true],
  ['not listed when immunity is reported', { chickenpoxImmune: 'yes' }, false],
])('chickenpox immunity: %s', (_situation, answers, listed) => {
  expect(checkIds(answers).includes('chickenpox-immunity')).toBe(listed);
});

test('the blood count names the labels’ start thresholds and abrocitinib’s 4-week recheck', () => {
  const text = evaluate(buildDocument()).baselineChecks.find((c) => c.id === 'blood-count')?.text ?? '';
  for (const threshold of ['150,000/mm³', '500/mm³', '1,000/mm³', '8 g/dL', '4 weeks']) expect(text).toContain(threshold);
});

test('lipid rechecks: about 12 weeks (upadacitinib, baricitinib), about 4 weeks (abrocitinib)', () => {
  const text = evaluate(buildDocument()).baselineChecks.find((c) => c.id === 'lipids')?.text ?? '';
  expect(text).toMatch(/12 weeks after starting upadacitinib or baricitinib/);
  expect(text).toMatch(/4 weeks after starting abrocitinib/);
});

test('hepatitis markers are attributed to guidelines, not to the labels', () => {
  const text = evaluate(buildDocument()).baselineChecks.find((c) => c.id === 'hepatitis-tests')?.text ?? '';
  expect(text).toMatch(/per clinical guidelines/);
  expect(text).toMatch(/Guideline markers: HBsAg/);
});
