/** Heart, blood clots and smoking (rules.md rows cardiovascular-history … clot-risk-factors), from the contract. */
import { all, expectRuleCase, oral, triCases } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';

const cases: RuleCase[] = [
  ...triCases('cardiovascular-history', 'heartAttackOrStroke', all('warning')),

  { situation: 'cardiovascular-risk fires at 50 with high blood pressure', answers: { age: 50, heartRiskFactors: ['highBloodPressure'] }, flag: 'cardiovascular-risk', drugs: all('warning') },
  { situation: 'cardiovascular-risk does not fire at 49 with high blood pressure', answers: { age: 49, heartRiskFactors: ['highBloodPressure'] }, flag: 'cardiovascular-risk', drugs: null },
  { situation: 'cardiovascular-risk fires at 50 with high cholesterol', answers: { age: 50, heartRiskFactors: ['highCholesterol'] }, flag: 'cardiovascular-risk', drugs: all('warning') },
  { situation: 'cardiovascular-risk fires at 50 with diabetes', answers: { age: 50, heartRiskFactors: ['diabetes'] }, flag: 'cardiovascular-risk', drugs: all('warning') },
  { situation: 'cardiovascular-risk fires at 50 with family heart disease', answers: { age: 50, heartRiskFactors: ['familyHeartDisease'] }, flag: 'cardiovascular-risk', drugs: all('warning') },
  { situation: 'cardiovascular-risk does not fire at 50 with obesity alone (not in its list)', answers: { age: 50, heartRiskFactors: ['obesity'] }, flag: 'cardiovascular-risk', drugs: null },
  { situation: 'cardiovascular-risk does not fire at 50 with no risk factor', answers: { age: 50, heartRiskFactors: ['none'] }, flag: 'cardiovascular-risk', drugs: null },
  { situation: 'cardiovascular-risk does not fire at 50 with risk factors left blank', answers: { age: 50, heartRiskFactors: undefined }, flag: 'cardiovascular-risk', drugs: null },
  { situation: 'cardiovascular-risk does not fire at 30 with every risk factor', answers: { heartRiskFactors: ['highBloodPressure', 'highCholesterol', 'diabetes', 'familyHeartDisease', 'obesity'] }, flag: 'cardiovascular-risk', drugs: null },

  { situation: 'smoking fires for a current smoker', answers: { smoking: 'current' }, flag: 'smoking', drugs: all('warning') },
  { situation: 'smoking fires for a former smoker', answers: { smoking: 'former' }, flag: 'smoking', drugs: all('warning') },
  { situation: 'smoking does not fire for someone who never smoked', answers: { smoking: 'never' }, flag: 'smoking', drugs: null },
  { situation: 'smoking does not fire when smoking is left blank', answers: { smoking: undefined }, flag: 'smoking', drugs: null },

  ...triCases('blood-clot', 'bloodClot', all('warning')),
  ...triCases('blood-clot', 'clottingDisorder', all('warning')),
  { situation: 'blood-clot is reported in full when one answer is yes and the other unsure', answers: { bloodClot: 'unsure', clottingDisorder: 'yes' }, flag: 'blood-clot', drugs: all('warning') },

  ...triCases('clot-risk-factors', 'hormonalContraception', oral('discuss')),
  { situation: 'clot-risk-factors fires with obesity', answers: { heartRiskFactors: ['obesity'] }, flag: 'clot-risk-factors', drugs: oral('discuss') },
  { situation: 'clot-risk-factors does not fire with other heart risk factors', answers: { heartRiskFactors: ['highBloodPressure', 'diabetes'] }, flag: 'clot-risk-factors', drugs: null },
  { situation: 'clot-risk-factors ignores hormonal contraception under 10 (the question is hidden)', answers: { age: 9, hormonalContraception: 'yes' }, flag: 'clot-risk-factors', drugs: null },
];

test.each(cases)('$situation', expectRuleCase);
