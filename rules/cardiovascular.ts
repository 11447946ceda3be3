/**
 * Heart, blood clots and smoking. When a patient reports a heart attack or stroke, is 50 or older with a heart risk
 * factor, smokes or used to smoke, or had a blood clot or has a clotting disorder, then the boxed warning on MACE,
 * thrombosis and malignancy and EMA's "only if no suitable alternative" apply (label-facts rows 15–18).
 */
import { CARDIOVASCULAR_RISK_AGE, allOf, anyOf, choiceIs, isAged, listHasAny, reportsYes } from './predicates';
import { forAllDrugs, forOralDrugs } from './severity';
import { CIBINQO_EU, CIBINQO_US, EMA_JAK_REVIEW, OPZELURA_US, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';

const CREAM_NOTE =
  'Ruxolitinib cream carries the same boxed warning (2026-06 label); its systemic exposure is lower than the oral drugs’.';

/** The cardiovascular risk factors of the boxed-warning population (hypertension, lipids, diabetes, family history). */
const CARDIOVASCULAR_RISK_FACTORS = ['highBloodPressure', 'highCholesterol', 'diabetes', 'familyHeartDisease'] as const;

export const cardiovascularRules: Rule[] = [
  {
    id: 'cardiovascular-history',
    title: 'Heart attack, stroke, TIA or blocked arteries',
    detail:
      'Patient reports a heart attack, stroke, TIA or atherosclerotic disease. Boxed warning: major adverse cardiovascular events (MACE); US: stop after an MI or stroke on treatment (§5.4). EMA: in people with atherosclerotic cardiovascular disease use only if no suitable alternative exists. ' +
      CREAM_NOTE,
    patientText: 'Tell your dermatologist about your heart attack, stroke or other heart or blood vessel problem.',
    answerIds: ['heartAttackOrStroke'],
    firesWhen: 'heartAttackOrStroke = yes',
    triggers: [{ when: reportsYes('heartAttackOrStroke'), drugs: forAllDrugs('warning') }],
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
      'Patient is 50 or older with at least one cardiovascular risk factor (high blood pressure, high cholesterol, diabetes or early family heart disease): the population of ORAL Surveillance (tofacitinib vs TNF blocker, MACE HR 1.33) on which the boxed warning rests. ' +
      CREAM_NOTE,
    patientText: 'Ask how your heart health and age affect the risks of each treatment.',
    answerIds: ['age', 'heartRiskFactors'],
    firesWhen: `age ≥ ${CARDIOVASCULAR_RISK_AGE} and heartRiskFactors has high blood pressure, high cholesterol, diabetes or family heart disease`,
    triggers: [
      {
        when: allOf(isAged(CARDIOVASCULAR_RISK_AGE), listHasAny('heartRiskFactors', CARDIOVASCULAR_RISK_FACTORS)),
        drugs: forAllDrugs('warning'),
      },
    ],
    sources: [
      cite(RINVOQ_US, 'Boxed warning; §5.4 MACE'),
      cite(CIBINQO_US, 'Boxed warning'),
      cite(OPZELURA_US, 'Boxed warning; §5.4 MACE'),
    ],
  },
  {
    id: 'smoking',
    title: 'Current or former smoker',
    detail:
      'Patient smokes now or used to smoke. Boxed warning: current or past smokers are at added risk of malignancy and MACE (US §5.3–5.4 of all four labels, including ruxolitinib cream). EMA: in current or long-time past smokers use only if no suitable alternative exists.',
    patientText: 'Tell your dermatologist that you smoke or used to smoke, and for how long.',
    answerIds: ['smoking'],
    firesWhen: 'smoking = current or former',
    triggers: [{ when: choiceIs('smoking', ['current', 'former']), drugs: forAllDrugs('warning') }],
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
      'Patient reports a past DVT or PE, or a condition that makes blood clot too easily. Boxed warning: thrombosis (DVT, PE, arterial). US upadacitinib: avoid in patients at increased risk of thrombosis (§5.5); EU: use with caution in VTE risk factors. Ruxolitinib cream: same boxed warning (§5.5). ' +
      CREAM_NOTE,
    patientText: 'Tell your dermatologist about your blood clot or clotting problem.',
    answerIds: ['bloodClot', 'clottingDisorder'],
    firesWhen: 'bloodClot = yes, or clottingDisorder = yes',
    triggers: [{ when: anyOf(reportsYes('bloodClot'), reportsYes('clottingDisorder')), drugs: forAllDrugs('warning') }],
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
      'Patient uses combined (estrogen) hormonal contraception or HRT, or reports obesity: VTE risk factors listed in the EU SmPCs (4.4), where JAK inhibitors are used with caution.',
    patientText: 'Ask whether your birth control, hormone therapy or weight makes a blood clot more likely with these medicines.',
    answerIds: ['hormonalContraception', 'heartRiskFactors'],
    firesWhen: 'hormonalContraception = yes, or heartRiskFactors has obesity',
    triggers: [
      { when: anyOf(reportsYes('hormonalContraception'), listHasAny('heartRiskFactors', ['obesity'])), drugs: forOralDrugs('discuss') },
    ],
    sources: [cite(CIBINQO_EU, '4.4 Venous thromboembolism (risk factors)'), cite(EMA_JAK_REVIEW, 'Recommendations (VTE risk factors)')],
  },
];
