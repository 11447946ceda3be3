/** Infections (rules.md rows active-infection … shingles-risk), from the contract. */
import { all, expectRuleCase, oral, triCases } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';

const CREAM = { ruxolitinibCream: 'warning' } as const;

const cases: RuleCase[] = [
  ...triCases('active-infection', 'infectionNow', { ...oral('contraindication'), ...CREAM }),
  ...triCases('frequent-infections', 'infectionsFrequent', all('warning')),
  ...triCases('tuberculosis', 'tbHistory', { ...oral('warning'), ruxolitinibCream: 'check' }),
  ...triCases('tb-exposure', 'tbExposure', all('check')),
  ...triCases('hepatitis-b', 'hepatitisB', all('warning')),
  ...triCases('hepatitis-c', 'hepatitisC', all('warning')),

  ...triCases('weak-immune-system', 'hiv', all('warning')),
  ...triCases('weak-immune-system', 'weakImmuneSystem', all('warning')),
  { situation: 'weak-immune-system is reported in full when one answer is yes and the other unsure', answers: { hiv: 'yes', weakImmuneSystem: 'unsure' }, flag: 'weak-immune-system', drugs: all('warning') },

  ...triCases('shingles-risk', 'shinglesHistory', all('discuss')),
  ...triCases('shingles-risk', 'coldSoresFrequent', all('discuss')),
];

test.each(cases)('$situation', expectRuleCase);
