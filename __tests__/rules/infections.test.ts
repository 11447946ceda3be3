/** Infections and vaccines (rules.md rows jak-allergy … live-vaccine), from the contract. */
import { all, asUnsure, expectRuleCase, oral, triCases } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';
import { LOW_RISK_ANSWERS } from '../support/buildAnswers';

const TRIED_A_JAK = { treatmentsTried: [...(LOW_RISK_ANSWERS.treatmentsTried ?? []), 'upadacitinib' as const] };
const CREAM = { ruxolitinibCream: 'warning' } as const;

const cases: RuleCase[] = [
  ...triCases('jak-allergy', 'jakReaction', all('contraindication'), TRIED_A_JAK),
  { situation: 'jak-allergy is ignored when no JAK inhibitor was tried (the question is hidden)', answers: { jakReaction: 'yes' }, flag: 'jak-allergy', drugs: null },
  { situation: 'jak-allergy fires after ruxolitinib cream, which is a JAK inhibitor too', answers: { treatmentsTried: ['ruxolitinibCream'], jakReaction: 'yes' }, flag: 'jak-allergy', drugs: all('contraindication') },

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

  // Protective question: the flag fires when the vaccine is missing (no) or not known (unsure).
  { situation: 'shingles-vaccine fires on shinglesVaccine = no', answers: { shinglesVaccine: 'no' }, flag: 'shingles-vaccine', drugs: oral('discuss') },
  { situation: 'shingles-vaccine fires as unsure on shinglesVaccine = unsure (discuss stays discuss)', answers: { shinglesVaccine: 'unsure' }, flag: 'shingles-vaccine', drugs: asUnsure(oral('discuss')), certainty: 'unsure' },
  { situation: 'shingles-vaccine does not fire on shinglesVaccine = yes', answers: { shinglesVaccine: 'yes' }, flag: 'shingles-vaccine', drugs: null },
  { situation: 'shingles-vaccine does not fire when shinglesVaccine is left blank', answers: { shinglesVaccine: undefined }, flag: 'shingles-vaccine', drugs: null },
  { situation: 'shingles-vaccine fires at 18', answers: { age: 18, shinglesVaccine: 'no' }, flag: 'shingles-vaccine', drugs: oral('discuss') },
  { situation: 'shingles-vaccine is ignored at 17 (the question is hidden)', answers: { age: 17, shinglesVaccine: 'no', under40kg: 'no' }, flag: 'shingles-vaccine', drugs: null },

  ...triCases('live-vaccine', 'liveVaccinePlanned', oral('warning')),
];

test.each(cases)('$situation', expectRuleCase);
