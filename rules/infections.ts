/**
 * Infections. When a patient reports an infection now, frequent or serious infections, tuberculosis or TB exposure,
 * hepatitis B or C, HIV or another weak immune system, or shingles / herpes history, then the clinician sees it
 * against the boxed warning for serious infections and the labels' screening steps (label-facts rows 2–6, 28–30).
 */
import { anyOf, reportsYes } from './predicates';
import { forAllDrugs, forOralDrugs } from './severity';
import { CIBINQO_EU, CIBINQO_US, OLUMIANT_UK, OPZELURA_US, RINVOQ_EU, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';

const CREAM_EXPOSURE_NOTE =
  'Systemic exposure from ruxolitinib cream is lower than from the oral drugs, but its US label carries the same boxed warning.';

export const infectionRules: Rule[] = [
  {
    id: 'active-infection',
    title: 'Infection or fever now',
    detail:
      'Patient reports an infection being treated now, or a fever. US labels: avoid starting during an active serious infection, including localized infection (boxed warning, §5.1); EU SmPCs list active serious infection as a contraindication (4.3). Ruxolitinib cream: avoid use in active serious infection (boxed warning, §5.1). ' +
      CREAM_EXPOSURE_NOTE,
    patientText: 'Tell your dermatologist about the infection or fever you have now, and how it is being treated.',
    answerIds: ['infectionNow'],
    firesWhen: 'infectionNow = yes',
    triggers: [{ when: reportsYes('infectionNow'), drugs: { ...forOralDrugs('contraindication'), ruxolitinibCream: 'warning' } }],
    sources: [
      cite(RINVOQ_US, 'Boxed warning; §5.1 Serious infections'),
      cite(CIBINQO_US, 'Boxed warning; §5.1 Serious infections'),
      cite(RINVOQ_EU, '4.3 Contraindications'),
      cite(CIBINQO_EU, '4.3 Contraindications'),
      cite(OPZELURA_US, 'Boxed warning; §5.1 Serious infections'),
    ],
  },
  {
    id: 'frequent-infections',
    title: 'Frequent infections, or hospital stay for an infection',
    detail:
      'Patient reports frequent infections or a hospital admission for infection. Labels ask to weigh risks and benefits before starting in chronic or recurrent infection or after a serious or opportunistic infection (US §5.1 of all four labels). ' +
      CREAM_EXPOSURE_NOTE,
    patientText: 'Tell your dermatologist how often you get infections. Say if you were ever in the hospital for one.',
    answerIds: ['infectionsFrequent'],
    firesWhen: 'infectionsFrequent = yes',
    triggers: [{ when: reportsYes('infectionsFrequent'), drugs: forAllDrugs('warning') }],
    sources: [
      cite(RINVOQ_US, '§5.1 Serious infections'),
      cite(CIBINQO_US, '§5.1 Serious infections'),
      cite(OPZELURA_US, '§5.1 Serious infections'),
    ],
  },
  {
    id: 'tuberculosis',
    title: 'Tuberculosis or a positive TB test in the past',
    detail:
      'Patient reports past TB or a positive TB test. Oral JAK inhibitors: evaluate for active and latent TB before starting; not recommended in active TB (US §2.1), contraindicated in active TB (EU 4.3); treat latent TB before starting. Ruxolitinib cream: consider evaluation for latent and active TB (§5.1).',
    patientText: 'Tell your dermatologist about your TB or positive TB test, when it was, and how it was treated.',
    answerIds: ['tbHistory'],
    firesWhen: 'tbHistory = yes',
    triggers: [{ when: reportsYes('tbHistory'), drugs: { ...forOralDrugs('warning'), ruxolitinibCream: 'check' } }],
    sources: [
      cite(RINVOQ_US, '§2.1 Before starting; boxed warning'),
      cite(CIBINQO_US, '§2.1 Before starting; §5.1'),
      cite(CIBINQO_EU, '4.3 Contraindications'),
      cite(OPZELURA_US, '§5.1 Serious infections (tuberculosis)'),
    ],
  },
  {
    id: 'tb-exposure',
    title: 'Possible TB exposure',
    detail:
      'Patient reports close contact with TB, or living in or travelling to an area where TB is common. All labels: test for latent TB before starting and treat latent infection first (US §2.1 / §5.1); ABRO: consider yearly screening in highly endemic areas.',
    patientText: 'Tell your dermatologist about your contact with TB or time spent where TB is common. You may need a TB test.',
    answerIds: ['tbExposure'],
    firesWhen: 'tbExposure = yes',
    triggers: [{ when: reportsYes('tbExposure'), drugs: forAllDrugs('check') }],
    sources: [
      cite(RINVOQ_US, '§2.1 Before starting; §5.1'),
      cite(CIBINQO_US, '§2.1 Before starting; §5.1'),
      cite(OPZELURA_US, '§5.1 Serious infections (tuberculosis)'),
    ],
  },
  {
    id: 'hepatitis-b',
    title: 'Hepatitis B in the past',
    detail:
      'Patient reports past hepatitis B. Screen for viral hepatitis before starting (US §2.1); not recommended in active hepatitis B (UPA, ABRO §2.1; ruxolitinib cream §5.1). Baricitinib (EU): if anti-HBc positive and HBsAg negative, monitor HBV DNA. Labels ask to monitor for viral reactivation.',
    patientText: 'Tell your dermatologist about your hepatitis B. Bring any test results you have.',
    answerIds: ['hepatitisB'],
    firesWhen: 'hepatitisB = yes',
    triggers: [{ when: reportsYes('hepatitisB'), drugs: forAllDrugs('warning') }],
    sources: [
      cite(RINVOQ_US, '§2.1 Before starting; §5.1 Viral reactivation'),
      cite(CIBINQO_US, '§2.1 Before starting'),
      cite(OLUMIANT_UK, '4.4 Viral reactivation'),
      cite(OPZELURA_US, '§5.1 Serious infections (viral reactivation)'),
    ],
  },
  {
    id: 'hepatitis-c',
    title: 'Hepatitis C in the past',
    detail:
      'Patient reports past hepatitis C. Screen for viral hepatitis before starting (US §2.1); not recommended in active hepatitis C (UPA, ABRO §2.1; ruxolitinib cream §5.1).',
    patientText: 'Tell your dermatologist about your hepatitis C and how it was treated. Bring any test results you have.',
    answerIds: ['hepatitisC'],
    firesWhen: 'hepatitisC = yes',
    triggers: [{ when: reportsYes('hepatitisC'), drugs: forAllDrugs('warning') }],
    sources: [
      cite(RINVOQ_US, '§2.1 Before starting'),
      cite(CIBINQO_US, '§2.1 Before starting'),
      cite(OPZELURA_US, '§5.1 Serious infections (viral reactivation)'),
    ],
  },
  {
    id: 'weak-immune-system',
    title: 'HIV or another weak immune system',
    detail:
      'Patient reports HIV or another condition or treatment that weakens the immune system. Labels ask to weigh risks and benefits in conditions that predispose to infection (US §5.1). Ruxolitinib cream is indicated only for non-immunocompromised patients (§1).',
    patientText: 'Tell your dermatologist about your HIV, or any other illness or treatment that weakens your immune system.',
    answerIds: ['hiv', 'weakImmuneSystem'],
    firesWhen: 'hiv = yes, or weakImmuneSystem = yes',
    triggers: [{ when: anyOf(reportsYes('hiv'), reportsYes('weakImmuneSystem')), drugs: forAllDrugs('warning') }],
    sources: [
      cite(RINVOQ_US, '§5.1 Serious infections'),
      cite(CIBINQO_US, '§5.1 Serious infections'),
      cite(OPZELURA_US, '§1 Indications (non-immunocompromised patients)'),
    ],
  },
  {
    id: 'shingles-risk',
    title: 'Shingles, frequent cold sores or eczema herpeticum',
    detail:
      'Patient reports past shingles, frequent cold sores or eczema herpeticum. Herpes zoster and herpes simplex were among the most frequent serious infections with abrocitinib in AD trials (US §5.1); EU ABRO lists prior zoster as a zoster risk factor. Ruxolitinib cream: consider interrupting for herpes reactivation.',
    patientText: 'Tell your dermatologist about your shingles, cold sores or eczema herpeticum.',
    answerIds: ['shinglesHistory', 'coldSoresFrequent'],
    firesWhen: 'shinglesHistory = yes, or coldSoresFrequent = yes',
    triggers: [{ when: anyOf(reportsYes('shinglesHistory'), reportsYes('coldSoresFrequent')), drugs: forAllDrugs('discuss') }],
    sources: [
      cite(CIBINQO_US, '§5.1 Serious infections (herpes zoster, herpes simplex)'),
      cite(CIBINQO_EU, '4.4 Herpes zoster'),
      cite(OPZELURA_US, '§5.1 Serious infections (viral reactivation)'),
    ],
  },
];
