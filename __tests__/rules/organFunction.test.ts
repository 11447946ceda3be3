/** Liver and kidney function (rules.md rows liver-disease … kidney-disease-moderate), from the contract. */
import { asUnsure, expectRuleCase, oral } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';

const SEVERE_LIVER = { upadacitinib: 'contraindication', abrocitinib: 'contraindication', baricitinib: 'warning' } as const;

const cases: RuleCase[] = [
  { situation: 'liver-disease fires for severe liver disease', answers: { liverDisease: 'severe' }, flag: 'liver-disease', drugs: SEVERE_LIVER },
  { situation: 'liver-disease fires as unsure, capped at check, when liver disease is unsure', answers: { liverDisease: 'unsure' }, flag: 'liver-disease', drugs: asUnsure(SEVERE_LIVER), certainty: 'unsure' },
  { situation: 'liver-disease does not fire for mild liver disease', answers: { liverDisease: 'mild' }, flag: 'liver-disease', drugs: null },
  { situation: 'liver-disease does not fire with no liver disease', answers: { liverDisease: 'none' }, flag: 'liver-disease', drugs: null },
  { situation: 'liver-disease-mild fires for mild liver disease', answers: { liverDisease: 'mild' }, flag: 'liver-disease-mild', drugs: oral('discuss') },
  { situation: 'liver-disease-mild does not fire for severe liver disease', answers: { liverDisease: 'severe' }, flag: 'liver-disease-mild', drugs: null },
  { situation: 'liver-disease-mild does not fire when liver disease is unsure', answers: { liverDisease: 'unsure' }, flag: 'liver-disease-mild', drugs: null },
  { situation: 'liver-disease does not fire when liver disease is left blank', answers: { liverDisease: undefined }, flag: 'liver-disease', drugs: null },

  { situation: 'kidney-disease fires for severe kidney disease: upadacitinib discuss (15 mg cap), abrocitinib and baricitinib warning', answers: { kidneyDisease: 'severe' }, flag: 'kidney-disease', drugs: { upadacitinib: 'discuss', abrocitinib: 'warning', baricitinib: 'warning' } },
  { situation: 'kidney-disease fires on dialysis', answers: { kidneyDisease: 'dialysis' }, flag: 'kidney-disease', drugs: oral('warning') },
  { situation: 'kidney-disease fires as unsure, capped at check, when kidney disease is unsure', answers: { kidneyDisease: 'unsure' }, flag: 'kidney-disease', drugs: oral('check'), certainty: 'unsure' },
  { situation: 'kidney-disease does not fire for moderate kidney disease', answers: { kidneyDisease: 'moderate' }, flag: 'kidney-disease', drugs: null },
  { situation: 'kidney-disease does not fire for mild kidney disease', answers: { kidneyDisease: 'mild' }, flag: 'kidney-disease', drugs: null },
  { situation: 'kidney-disease does not fire when kidney disease is left blank', answers: { kidneyDisease: undefined }, flag: 'kidney-disease', drugs: null },
  { situation: 'kidney-disease-moderate fires for moderate kidney disease', answers: { kidneyDisease: 'moderate' }, flag: 'kidney-disease-moderate', drugs: { abrocitinib: 'discuss', baricitinib: 'discuss' } },
  { situation: 'kidney-disease-moderate does not fire for mild kidney disease', answers: { kidneyDisease: 'mild' }, flag: 'kidney-disease-moderate', drugs: null },
  { situation: 'kidney-disease-moderate does not fire when kidney disease is unsure (kidney-disease does)', answers: { kidneyDisease: 'unsure' }, flag: 'kidney-disease-moderate', drugs: null },
  { situation: 'kidney-disease-moderate does not fire on dialysis', answers: { kidneyDisease: 'dialysis' }, flag: 'kidney-disease-moderate', drugs: null },
];

test.each(cases)('$situation', expectRuleCase);
