/**
 * New and changed rules of catalogue v2 (docs/contract/rules.md), as tables from the contract: firing and non-firing
 * rows and the boundaries (age 49/50 with a risk factor; severe kidney disease vs dialysis; enum "not sure").
 */
import { evaluate } from '@/rules';
import { buildDocument } from '../support/buildAnswers';
import { all, expectRuleCase, flagFor, oral, triCases } from '../support/ruleCases';
import type { AnswerOverrides } from '../support/buildAnswers';
import type { RuleCase } from '../support/ruleCases';

const cases: RuleCase[] = [
  // cardiovascular risk: the age boundary with a risk factor
  { situation: 'cardiovascular-risk-under-50 fires at 49 with high blood pressure', answers: { age: 49, heartRiskFactors: ['highBloodPressure'] }, flag: 'cardiovascular-risk-under-50', drugs: oral('discuss') },
  { situation: 'cardiovascular-risk-under-50 does not fire at 50 with high blood pressure', answers: { age: 50, heartRiskFactors: ['highBloodPressure'] }, flag: 'cardiovascular-risk-under-50', drugs: null },
  { situation: 'cardiovascular-risk fires at 50 with high blood pressure', answers: { age: 50, heartRiskFactors: ['highBloodPressure'] }, flag: 'cardiovascular-risk', drugs: all('warning') },
  { situation: 'cardiovascular-risk does not fire at 49 with high blood pressure', answers: { age: 49, heartRiskFactors: ['highBloodPressure'] }, flag: 'cardiovascular-risk', drugs: null },
  { situation: 'cardiovascular-risk-under-50 does not fire at 30 with obesity only (a clot risk factor, not a heart one)', answers: { age: 30, heartRiskFactors: ['obesity'] }, flag: 'cardiovascular-risk-under-50', drugs: null },
  { situation: 'cardiovascular-risk-under-50 fires at 30 with early family heart disease', answers: { age: 30, heartRiskFactors: ['familyHeartDisease'] }, flag: 'cardiovascular-risk-under-50', drugs: oral('discuss') },
  { situation: 'cardiovascular-risk-under-50 does not fire with no risk factor', answers: { age: 30, heartRiskFactors: ['none'] }, flag: 'cardiovascular-risk-under-50', drugs: null },
  // diabetes
  { situation: 'diabetes fires on diabetes: all discuss', answers: { heartRiskFactors: ['diabetes'] }, flag: 'diabetes', drugs: all('discuss') },
  { situation: 'diabetes fires at 70 too, beside cardiovascular-risk', answers: { age: 70, heartRiskFactors: ['diabetes', 'obesity'] }, flag: 'diabetes', drugs: all('discuss') },
  { situation: 'diabetes does not fire on high cholesterol', answers: { heartRiskFactors: ['highCholesterol'] }, flag: 'diabetes', drugs: null },
  // cancer now
  ...triCases('cancer-active', 'cancerActive', all('warning'), { cancerHistory: ['other'] }),
  { situation: 'cancer-active is ignored when no cancer was reported (the question is hidden)', answers: { cancerHistory: ['none'], cancerActive: 'yes' }, flag: 'cancer-active', drugs: null },
  // vaccines
  { situation: 'varicella-immunity fires on chickenpoxImmune = no: oral discuss', answers: { chickenpoxImmune: 'no' }, flag: 'varicella-immunity', drugs: oral('discuss') },
  { situation: 'varicella-immunity fires as unsure on chickenpoxImmune = unsure', answers: { chickenpoxImmune: 'unsure' }, flag: 'varicella-immunity', drugs: oral('discuss'), certainty: 'unsure' },
  { situation: 'varicella-immunity does not fire on chickenpoxImmune = yes', answers: { chickenpoxImmune: 'yes' }, flag: 'varicella-immunity', drugs: null },
  { situation: 'varicella-immunity does not fire when left blank', answers: { chickenpoxImmune: undefined }, flag: 'varicella-immunity', drugs: null },
  // infection now, treated or not: baricitinib warning
  ...triCases('active-infection', 'infectionNow', { upadacitinib: 'contraindication', abrocitinib: 'contraindication', baricitinib: 'warning', ruxolitinibCream: 'warning' }),
  // kidney: severe vs dialysis vs unsure
  { situation: 'kidney-disease on dialysis: oral warning', answers: { kidneyDisease: 'dialysis' }, flag: 'kidney-disease', drugs: oral('warning') },
  { situation: 'kidney-disease severe: upadacitinib discuss (15 mg), abrocitinib and baricitinib warning', answers: { kidneyDisease: 'severe' }, flag: 'kidney-disease', drugs: { upadacitinib: 'discuss', abrocitinib: 'warning', baricitinib: 'warning' } },
  { situation: 'kidney-disease unsure: the dialysis severities capped at check', answers: { kidneyDisease: 'unsure' }, flag: 'kidney-disease', drugs: oral('check'), certainty: 'unsure' },
  { situation: 'kidney-disease moderate: no kidney-disease flag', answers: { kidneyDisease: 'moderate' }, flag: 'kidney-disease', drugs: null },
  // cream area: enum "not sure"
  { situation: 'cream-area-limit fires as unsure on bodyArea = unsure: cream check', answers: { bodyArea: 'unsure' }, flag: 'cream-area-limit', drugs: { ruxolitinibCream: 'check' }, certainty: 'unsure' },
  { situation: 'cream-area-limit fires on over 20%: cream warning', answers: { bodyArea: 'over20' }, flag: 'cream-area-limit', drugs: { ruxolitinibCream: 'warning' } },
  { situation: 'cream-area-limit does not fire at 10–20%', answers: { bodyArea: '10to20' }, flag: 'cream-area-limit', drugs: null },
  // hepatitis and blood counts: check
  ...triCases('hepatitis-b', 'hepatitisB', all('check')),
  ...triCases('low-blood-counts', 'lowBloodCounts', all('check')),
];

test.each(cases)('$situation', expectRuleCase);

const title = (answers: AnswerOverrides, id: string) => flagFor(answers, id)?.title;

test.each<[string, AnswerOverrides, string, string]>([
  ['a teen whose weight under 40 kg is not known', { age: 14, under40kg: 'unsure' }, 'age-below-approved', 'Weight under 40 kg not known (age 12–17)'],
  ['a teen under 40 kg', { age: 14, under40kg: 'yes' }, 'age-below-approved', 'Weight under 40 kg (age 12–17)'],
  ['a child of 8', { age: 8 }, 'age-below-approved', 'Younger than 12 (upadacitinib and abrocitinib are approved from 12)'],
  ['a child of 1', { age: 1 }, 'age-below-approved', 'Younger than 2 (below every approved age)'],
  ['dialysis', { kidneyDisease: 'dialysis' }, 'kidney-disease', 'On dialysis'],
  ['severe kidney disease', { kidneyDisease: 'severe' }, 'kidney-disease', 'Severe kidney disease'],
  ['kidney disease not sure', { kidneyDisease: 'unsure' }, 'kidney-disease', 'Not sure: kidney disease'],
  ['hepatitis B not sure', { hepatitisB: 'unsure' }, 'hepatitis-b', 'Not sure: hepatitis B in the past'],
  ['HIV not sure', { hiv: 'unsure' }, 'weak-immune-system', 'Not sure: HIV or another weak immune system'],
])('the title says what was reported: %s', (_situation, answers, id, expected) => {
  expect(title(answers, id)).toBe(expected);
});

test.each<[string, 'patient' | 'caregiver' | 'staff', RegExp, RegExp]>([
  ['the patient', 'patient', /^You were not sure whether you have had hepatitis B\./, /patient’s/],
  ['a caregiver', 'caregiver', /^It is not known whether the patient has had hepatitis B\./, /\byou\b/i],
  ['clinic staff', 'staff', /^It is not known whether the patient has had hepatitis B\./, /\byou\b/i],
])('an unsure patient text is in the voice of who answered: %s', (_who, respondent, expected, absent) => {
  const flag = evaluate({ ...buildDocument({ hepatitisB: 'unsure' }), respondent }).flags.find((f) => f.id === 'hepatitis-b');
  expect(flag?.patientText).toMatch(expected);
  expect(flag?.patientText).not.toMatch(absent);
});

test.each<['patient' | 'caregiver' | 'staff', RegExp]>([
  ['patient', /^Tell your dermatologist about your hepatitis B\./],
  ['caregiver', /^Tell the dermatologist about the patient’s hepatitis B\./],
  ['staff', /^Tell the dermatologist about the patient’s hepatitis B\./],
])('a reported patient text is in the voice of who answered: %s', (respondent, expected) => {
  const flag = evaluate({ ...buildDocument({ hepatitisB: 'yes' }), respondent }).flags.find((f) => f.id === 'hepatitis-b');
  expect(flag?.patientText).toMatch(expected);
});

test('no baseline pregnancy test for someone who said they cannot become pregnant; one where it is possible', () => {
  const ids = (answers: AnswerOverrides) => evaluate(buildDocument(answers)).baselineChecks.map((c) => c.id);
  expect(ids({ pregnancyPossible: 'no' })).not.toContain('pregnancy-test');
  expect(ids({ pregnancyPossible: 'yes' })).toContain('pregnancy-test');
});
