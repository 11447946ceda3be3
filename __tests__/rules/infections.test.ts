/** Infections (rules.md rows active-infection … shingles-risk), from the contract. */
import { all, expectRuleCase, oral, triCases } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';


const cases: RuleCase[] = [
  // v2: baricitinib is a warning (EU 4.3 of Olumiant does not list infection).
  ...triCases('active-infection', 'infectionNow', { upadacitinib: 'contraindication', abrocitinib: 'contraindication', baricitinib: 'warning', ruxolitinibCream: 'warning' }),
  ...triCases('frequent-infections', 'infectionsFrequent', all('warning')),
  ...triCases('tuberculosis', 'tbHistory', { ...oral('warning'), ruxolitinibCream: 'check' }),
  ...triCases('tb-exposure', 'tbExposure', all('check')),
  // v2: a self-report cannot show active hepatitis; a test decides.
  ...triCases('hepatitis-b', 'hepatitisB', all('check')),
  ...triCases('hepatitis-c', 'hepatitisC', all('check')),
  ...triCases('endemic-mycoses', 'fungalAreas', all('discuss')),

  ...triCases('weak-immune-system', 'hiv', all('warning')),
  ...triCases('weak-immune-system', 'weakImmuneSystem', all('warning')),
  { situation: 'weak-immune-system is reported in full when one answer is yes and the other unsure', answers: { hiv: 'yes', weakImmuneSystem: 'unsure' }, flag: 'weak-immune-system', drugs: all('warning') },

  ...triCases('shingles-risk', 'shinglesHistory', all('discuss')),
  ...triCases('shingles-risk', 'coldSoresFrequent', all('discuss')),
];

test.each(cases)('$situation', expectRuleCase);
