/** Vaccines (rules.md rows shingles-vaccine and live-vaccine), from the contract. */
import { asUnsure, expectRuleCase, oral, triCases } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';

const cases: RuleCase[] = [
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
