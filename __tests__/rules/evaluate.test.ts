/** The result around the flags (rules.md "Result"): version, order, because and unanswered. */
import { evaluate, RULESET_VERSION } from '@/rules';
import { buildDocument } from '../support/buildAnswers';

test('the ruleset version is semver and is on every result', () => {
  expect(RULESET_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  expect(evaluate(buildDocument()).rulesetVersion).toBe(RULESET_VERSION);
});

test('flags are sorted by severity, highest first, then by id', () => {
  const result = evaluate(buildDocument({ medicines: ['probenecid', 'antiplatelet'], smoking: 'current', tbExposure: 'yes', age: 70 }));
  expect(result.flags.map((f) => [f.id, f.severity])).toEqual([
    ['antiplatelet', 'contraindication'],
    ['age-65-plus', 'warning'],
    ['smoking', 'warning'],
    ['tb-exposure', 'check'],
    ['probenecid', 'discuss'],
  ]);
});

test('a flag carries the answers that fired it', () => {
  const flag = evaluate(buildDocument({ hiv: 'yes', weakImmuneSystem: 'no' })).flags.find((f) => f.id === 'weak-immune-system');
  expect(flag?.because).toEqual([{ question: 'hiv', answer: 'yes' }]);
});

test('unanswered lists the shown questions left blank, and neither answered nor hidden ones', () => {
  const { unanswered, flags } = evaluate(buildDocument({ hiv: undefined, medicines: undefined }));
  expect(unanswered).toEqual(expect.arrayContaining(['hiv', 'medicines']));
  // pregnant and planningPregnancy are hidden (pregnancyPossible = no), jakReaction (no JAK tried), under40kg (adult).
  for (const hidden of ['pregnant', 'planningPregnancy', 'jakReaction', 'under40kg', 'cancerActive']) expect(unanswered).not.toContain(hidden);
  for (const answered of ['age', 'severity', 'tbHistory', 'shinglesVaccine']) expect(unanswered).not.toContain(answered);
  expect(flags).toEqual([]);
});
