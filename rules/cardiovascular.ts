/**
 * Heart, blood clots and smoking. When a patient reports a heart attack or stroke, is 50 or older with a heart risk
 * factor, smokes or used to smoke, or had a blood clot or has a clotting disorder, then the boxed warning on MACE,
 * thrombosis and malignancy and EMA's "only if no suitable alternative" apply (label-facts rows 15–18). Under 50
 * with a risk factor, EMA's "increased cardiovascular risk" still applies at any age (a discussion); diabetes also
 * matters for infections and, with the cream, low blood sugar (row 29; cream §5.7).
 */
import { CARDIOVASCULAR_RISK_AGE, allOf, anyOf, choiceIs, isAged, isYoungerThan, listHasAny, reportsYes } from './predicates';
import { CIBINQO_EU, CIBINQO_US, EMA_JAK_REVIEW, OPZELURA_US, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';
import { voiced } from './voice';

const CREAM_NOTE =
  'Ruxolitinib cream carries the same boxed warning (2026-06 label); its systemic exposure is lower than the oral drugs’.';

/** The cardiovascular risk factors of the boxed-warning population (hypertension, lipids, diabetes, family history). */
const CARDIOVASCULAR_RISK_FACTORS = ['highBloodPressure', 'highCholesterol', 'diabetes', 'familyHeartDisease'] as const;

export const cardiovascularRules: Rule[] = [
  {
    id: 'cardiovascular-history',
    title: 'Heart attack, stroke, TIA or blocked arteries',
    detail:
      'Boxed warning: major adverse cardiovascular events (MACE); US: stop after an MI or stroke on treatment (§5.4). EMA: in people with atherosclerotic cardiovascular disease use only if no suitable alternative exists. ' +
      CREAM_NOTE,
    patientText: voiced(
      'Tell your dermatologist about your heart attack, stroke or other heart or blood vessel problem.',
      'Tell the dermatologist about the patient’s heart attack, stroke or other heart or blood vessel problem.',
    ),
    unsureAbout: voiced('whether you have had a heart attack, stroke or blocked arteries', 'whether the patient has had a heart attack, stroke or blocked arteries'),
    answerIds: ['heartAttackOrStroke'],
    firesWhen: 'heartAttackOrStroke = yes',
    triggers: [
      { when: reportsYes('heartAttackOrStroke'), drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' } },
    ],
    sources: [
      cite(RINVOQ_US, 'Boxed warning; §5.4 MACE'),
      cite(CIBINQO_US, 'Boxed warning; §5.4 MACE'),
      cite(EMA_JAK_REVIEW, 'Recommendations (cardiovascular risk)'),
      cite(OPZELURA_US, 'Boxed warning; §5.4 MACE'),
    ],
  },
  {
    id: 'cardiovascular-risk',
    title: 'Age 50 or older with a heart risk factor',
    detail:
      'At least one cardiovascular risk factor (high blood pressure, high cholesterol, diabetes or early family heart disease) at 50 or older: the population of ORAL Surveillance (tofacitinib vs TNF blocker, MACE HR 1.33) on which the boxed warning rests (US §5.4). ' +
      CREAM_NOTE,
    patientText: voiced('Ask how your heart health and age affect the risks of each treatment.', 'Ask how the patient’s heart health and age affect the risks of each treatment.'),
    answerIds: ['age', 'heartRiskFactors'],
    firesWhen: `age ≥ ${CARDIOVASCULAR_RISK_AGE} and heartRiskFactors has high blood pressure, high cholesterol, diabetes or family heart disease`,
    triggers: [
      {
        when: allOf(isAged(CARDIOVASCULAR_RISK_AGE), listHasAny('heartRiskFactors', CARDIOVASCULAR_RISK_FACTORS)),
        drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' },
      },
    ],
    sources: [cite(RINVOQ_US, 'Boxed warning; §5.4 MACE'), cite(CIBINQO_US, 'Boxed warning; §5.4 MACE'), cite(OPZELURA_US, 'Boxed warning; §5.4 MACE')],
  },
  {
    id: 'cardiovascular-risk-under-50',
    title: 'Heart risk factor, younger than 50',
    detail:
      'A cardiovascular risk factor (high blood pressure, high cholesterol, diabetes or early family heart disease) under 50. EMA: JAK inhibitors only if no suitable alternative exists in people at increased risk of major cardiovascular problems, at any age; the US boxed-warning population is 50 and older.',
    patientText: voiced(
      'Ask how your blood pressure, cholesterol, diabetes or family heart history affects each treatment.',
      'Ask how the patient’s blood pressure, cholesterol, diabetes or family heart history affects each treatment.',
    ),
    answerIds: ['age', 'heartRiskFactors'],
    firesWhen: `age < ${CARDIOVASCULAR_RISK_AGE} and heartRiskFactors has high blood pressure, high cholesterol, diabetes or family heart disease`,
    triggers: [
      {
        when: allOf(isYoungerThan(CARDIOVASCULAR_RISK_AGE), listHasAny('heartRiskFactors', CARDIOVASCULAR_RISK_FACTORS)),
        drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: null },
      },
    ],
    sources: [cite(EMA_JAK_REVIEW, 'Recommendations (cardiovascular risk)'), cite(CIBINQO_EU, '4.4 Major adverse cardiovascular events')],
  },
  {
    id: 'diabetes',
    title: 'Diabetes',
    detail:
      'Diabetes is among the conditions that predispose to infection, where labels ask to weigh risks and benefits (US §5.1). Ruxolitinib cream: oral JAK inhibitors have caused low blood sugar in people with diabetes (§5.7).',
    patientText: voiced(
      'Tell your dermatologist about your diabetes and the medicines you take for it.',
      'Tell the dermatologist about the patient’s diabetes and the medicines taken for it.',
    ),
    answerIds: ['heartRiskFactors'],
    firesWhen: 'heartRiskFactors has diabetes',
    triggers: [
      { when: listHasAny('heartRiskFactors', ['diabetes']), drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: 'discuss' } },
    ],
    sources: [cite(RINVOQ_US, '§5.1 Serious infections'), cite(CIBINQO_US, '§5.1 Serious infections'), cite(OPZELURA_US, '§5.7 Potential risks related to JAK inhibition')],
  },
  {
    id: 'smoking',
    title: 'Current or former smoker',
    detail:
      'Boxed warning: current or past smokers are at added risk of malignancy and MACE (US §5.3–5.4 of upadacitinib, abrocitinib and ruxolitinib cream). EMA: in current or long-time past smokers use only if no suitable alternative exists.',
    patientText: voiced(
      'Tell your dermatologist that you smoke or used to smoke, and for how long.',
      'Tell the dermatologist that the patient smokes or used to smoke, and for how long.',
    ),
    answerIds: ['smoking'],
    firesWhen: 'smoking = current or former',
    triggers: [
      { when: choiceIs('smoking', ['current', 'former']), drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' } },
    ],
    sources: [
      cite(RINVOQ_US, 'Boxed warning; §5.3–5.4'),
      cite(CIBINQO_US, 'Boxed warning; §5.3–5.4'),
      cite(EMA_JAK_REVIEW, 'Recommendations (smokers)'),
      cite(OPZELURA_US, 'Boxed warning; §5.3–5.4'),
    ],
  },
  {
    id: 'blood-clot',
    title: 'Blood clot (DVT/PE) or clotting disorder',
    detail:
      'Boxed warning: thrombosis (DVT, PE, arterial). US upadacitinib: avoid in patients at increased risk of thrombosis (§5.5); EU: use with caution in VTE risk factors (4.4). Ruxolitinib cream: same boxed warning (§5.5). ' +
      CREAM_NOTE,
    patientText: voiced('Tell your dermatologist about your blood clot or clotting problem.', 'Tell the dermatologist about the patient’s blood clot or clotting problem.'),
    unsureAbout: voiced(
      'whether you have had a blood clot or have a clotting problem',
      'whether the patient has had a blood clot or has a clotting problem',
    ),
    answerIds: ['bloodClot', 'clottingDisorder'],
    firesWhen: 'bloodClot = yes, or clottingDisorder = yes',
    triggers: [
      {
        when: anyOf(reportsYes('bloodClot'), reportsYes('clottingDisorder')),
        drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' },
      },
    ],
    sources: [
      cite(RINVOQ_US, 'Boxed warning; §5.5 Thrombosis'),
      cite(CIBINQO_US, 'Boxed warning; §5.5 Thrombosis'),
      cite(CIBINQO_EU, '4.4 Venous thromboembolism'),
      cite(OPZELURA_US, 'Boxed warning; §5.5 Thrombosis'),
    ],
  },
  {
    id: 'clot-risk-factors',
    title: 'Clot risk factors: estrogen birth control, HRT or obesity',
    detail:
      'Combined (estrogen) hormonal contraception or HRT, and obesity, are VTE risk factors listed in the EU SmPCs (4.4), where JAK inhibitors are used with caution.',
    patientText: voiced(
      'Ask whether your birth control, hormone therapy or weight makes a blood clot more likely with these medicines.',
      'Ask whether the patient’s birth control, hormone therapy or weight makes a blood clot more likely with these medicines.',
    ),
    unsureAbout: voiced('whether you use birth control or hormones with estrogen', 'whether the patient uses birth control or hormones with estrogen'),
    answerIds: ['hormonalContraception', 'heartRiskFactors'],
    firesWhen: 'hormonalContraception = yes, or heartRiskFactors has obesity',
    triggers: [
      {
        when: anyOf(reportsYes('hormonalContraception'), listHasAny('heartRiskFactors', ['obesity'])),
        drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: null },
      },
    ],
    sources: [cite(CIBINQO_EU, '4.4 Venous thromboembolism (risk factors)'), cite(EMA_JAK_REVIEW, 'Recommendations (VTE risk factors)')],
  },
];
