/** Pregnancy, contraception and breastfeeding (rules.md rows pregnancy … breastfeeding), from the contract. */
import { all, expectRuleCase, oral, triCases } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';

// pregnant and planningPregnancy are shown only from 10 years and when pregnancyPossible ≠ no.
const COULD_BE_PREGNANT = { pregnancyPossible: 'yes' } as const;

const cases: RuleCase[] = [
  ...triCases('pregnancy', 'pregnant', { ...oral('contraindication'), ruxolitinibCream: 'warning' }, COULD_BE_PREGNANT),
  { situation: 'pregnancy fires when pregnancyPossible is unanswered (≠ no shows the question)', answers: { pregnancyPossible: undefined, pregnant: 'yes' }, flag: 'pregnancy', drugs: { ...oral('contraindication'), ruxolitinibCream: 'warning' } },
  { situation: 'pregnancy is ignored when pregnancy is not possible (the question is hidden)', answers: { pregnancyPossible: 'no', pregnant: 'yes' }, flag: 'pregnancy', drugs: null },
  { situation: 'pregnancy is ignored under 10 (the question is hidden)', answers: { age: 9, pregnancyPossible: undefined, pregnant: 'yes' }, flag: 'pregnancy', drugs: null },

  ...triCases('pregnancy-planned', 'planningPregnancy', { ...oral('warning'), ruxolitinibCream: 'discuss' }, COULD_BE_PREGNANT),
  { situation: 'pregnancy-planned is ignored when pregnancy is not possible', answers: { pregnancyPossible: 'no', planningPregnancy: 'yes' }, flag: 'pregnancy-planned', drugs: null },

  { situation: 'contraception fires when pregnancy is possible and the patient is not pregnant', answers: { pregnancyPossible: 'yes', pregnant: 'no' }, flag: 'contraception', drugs: all('discuss') },
  { situation: 'contraception fires when pregnancy is possible and pregnant is left blank', answers: { pregnancyPossible: 'yes', pregnant: undefined }, flag: 'contraception', drugs: all('discuss') },
  { situation: 'contraception fires when pregnancy is possible and pregnant is unsure', answers: { pregnancyPossible: 'yes', pregnant: 'unsure' }, flag: 'contraception', drugs: all('discuss') },
  { situation: 'contraception fires as unsure when pregnancyPossible is unsure', answers: { pregnancyPossible: 'unsure', pregnant: 'no' }, flag: 'contraception', drugs: all('discuss'), certainty: 'unsure' },
  { situation: 'contraception gives way to pregnancy when pregnant = yes', answers: { pregnancyPossible: 'yes', pregnant: 'yes' }, flag: 'contraception', drugs: null },
  { situation: 'contraception does not fire when pregnancy is not possible', answers: { pregnancyPossible: 'no' }, flag: 'contraception', drugs: null },
  { situation: 'contraception does not fire when pregnancyPossible is left blank', answers: { pregnancyPossible: undefined }, flag: 'contraception', drugs: null },
  { situation: 'contraception is ignored under 10 (the question is hidden)', answers: { age: 9, pregnancyPossible: 'yes' }, flag: 'contraception', drugs: null },
  { situation: 'contraception fires at 10', answers: { age: 10, pregnancyPossible: 'yes' }, flag: 'contraception', drugs: all('discuss') },

  ...triCases('breastfeeding', 'breastfeeding', { abrocitinib: 'contraindication', upadacitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' }),
  { situation: 'breastfeeding is ignored under 10 (the question is hidden)', answers: { age: 9, breastfeeding: 'yes' }, flag: 'breastfeeding', drugs: null },
];

test.each(cases)('$situation', expectRuleCase);
