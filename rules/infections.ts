/**
 * Infections. When a patient reports an infection now (treated or not), frequent or serious infections, tuberculosis
 * or TB exposure, hepatitis B or C, HIV or another weak immune system, shingles or herpes history, or time in an area
 * with endemic fungal infections, then the clinician sees it against the boxed warning for serious infections and
 * the labels' screening steps (label-facts rows 2–6, 28–30). Self-reported hepatitis is a `check`: a test decides
 * whether the label's condition (active infection) holds.
 */
import { anyOf, reportsYes } from './predicates';
import { CIBINQO_EU, CIBINQO_US, OLUMIANT_UK, OPZELURA_US, RINVOQ_EU, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';
import { voiced } from './voice';

const CREAM_EXPOSURE_NOTE =
  'Systemic exposure from ruxolitinib cream is lower than from the oral drugs, but its US label carries the same boxed warning.';

export const infectionRules: Rule[] = [
  {
    id: 'active-infection',
    title: 'Infection or fever now (treated or not)',
    detail:
      'US labels: avoid use in an active serious infection, including a localized one (boxed warning, §5.1 of upadacitinib and abrocitinib); EU SmPCs of upadacitinib and abrocitinib list active serious infection as a contraindication (4.3). Baricitinib: EU 4.3 lists only hypersensitivity and pregnancy; do not start during an active serious infection (4.4). Ruxolitinib cream: avoid in active serious infection, including localized (boxed warning, §5.1). Infected, weeping or crusted eczema, boils and spreading cold sores count. ' +
      CREAM_EXPOSURE_NOTE,
    patientText: voiced(
      'Tell your dermatologist about the infection or fever you have now, and how it is being treated.',
      'Tell the dermatologist about the patient’s infection or fever now, and how it is being treated.',
    ),
    unsureAbout: voiced('whether you have an infection or a fever now', 'whether the patient has an infection or a fever now'),
    answerIds: ['infectionNow'],
    firesWhen: 'infectionNow = yes',
    triggers: [
      {
        when: reportsYes('infectionNow'),
        drugs: { upadacitinib: 'contraindication', abrocitinib: 'contraindication', baricitinib: 'warning', ruxolitinibCream: 'warning' },
      },
    ],
    sources: [
      cite(RINVOQ_US, 'Boxed warning; §5.1 Serious infections'),
      cite(CIBINQO_US, 'Boxed warning; §5.1 Serious infections'),
      cite(RINVOQ_EU, '4.3 Contraindications'),
      cite(CIBINQO_EU, '4.3 Contraindications'),
      cite(OLUMIANT_UK, '4.3 Contraindications; 4.4 Infections'),
      cite(OPZELURA_US, 'Boxed warning; §5.1 Serious infections'),
    ],
  },
  {
    id: 'frequent-infections',
    title: 'Frequent infections, or hospital stay for an infection',
    detail:
      'Labels ask to weigh risks and benefits before starting in chronic or recurrent infection or after a serious or opportunistic infection (US §5.1 of upadacitinib, abrocitinib and ruxolitinib cream). ' +
      CREAM_EXPOSURE_NOTE,
    patientText: voiced(
      'Tell your dermatologist how often you get infections. Say if you were ever in the hospital for one.',
      'Tell the dermatologist how often the patient gets infections, and about any hospital stay for one.',
    ),
    unsureAbout: voiced('whether you get infections often', 'whether the patient gets infections often'),
    answerIds: ['infectionsFrequent'],
    firesWhen: 'infectionsFrequent = yes',
    triggers: [
      {
        when: reportsYes('infectionsFrequent'),
        drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' },
      },
    ],
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
      'Oral JAK inhibitors: evaluate for active and latent TB before starting; not recommended in active TB (US §2.1), contraindicated in active TB (EU 4.3); treat latent TB before starting. Ruxolitinib cream: consider evaluation for latent and active TB (§5.1).',
    patientText: voiced(
      'Tell your dermatologist about your TB or positive TB test, when it was, and how it was treated.',
      'Tell the dermatologist about the patient’s TB or positive TB test, when it was, and how it was treated.',
    ),
    unsureAbout: voiced('whether you have had TB or a positive TB test', 'whether the patient has had TB or a positive TB test'),
    answerIds: ['tbHistory'],
    firesWhen: 'tbHistory = yes',
    triggers: [
      {
        when: reportsYes('tbHistory'),
        drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'check' },
      },
    ],
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
      'Close contact with TB, or living in or travelling to an area where TB is common: test for latent TB before starting and treat latent infection first (US §2.1 / §5.1); abrocitinib: consider yearly screening in highly endemic areas (§5.1); ruxolitinib cream: consider TB evaluation (§5.1).',
    patientText: voiced(
      'Tell your dermatologist about your contact with TB or time spent where TB is common. You may need a TB test.',
      'Tell the dermatologist about the patient’s contact with TB or time spent where TB is common. A TB test may be needed.',
    ),
    unsureAbout: voiced('whether you have been near TB', 'whether the patient has been near TB'),
    answerIds: ['tbExposure'],
    firesWhen: 'tbExposure = yes',
    triggers: [
      { when: reportsYes('tbExposure'), drugs: { upadacitinib: 'check', abrocitinib: 'check', baricitinib: 'check', ruxolitinibCream: 'check' } },
    ],
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
      'A self-report cannot show whether hepatitis B is active: tests decide. Screen for viral hepatitis before starting (US §2.1); not recommended in active hepatitis B (upadacitinib, abrocitinib §2.1; ruxolitinib cream §5.1). Baricitinib (EU): if anti-HBc positive and HBsAg negative, monitor HBV DNA (4.4). Labels ask to monitor for viral reactivation.',
    patientText: voiced(
      'Tell your dermatologist about your hepatitis B. Bring any test results you have.',
      'Tell the dermatologist about the patient’s hepatitis B. Bring any test results.',
    ),
    unsureAbout: voiced('whether you have had hepatitis B', 'whether the patient has had hepatitis B'),
    answerIds: ['hepatitisB'],
    firesWhen: 'hepatitisB = yes',
    triggers: [{ when: reportsYes('hepatitisB'), drugs: { upadacitinib: 'check', abrocitinib: 'check', baricitinib: 'check', ruxolitinibCream: 'check' } }],
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
      'A self-report cannot show whether hepatitis C is active: tests decide. Screen for viral hepatitis before starting (US §2.1); not recommended in active hepatitis C (upadacitinib, abrocitinib §2.1; ruxolitinib cream §5.1).',
    patientText: voiced(
      'Tell your dermatologist about your hepatitis C and how it was treated. Bring any test results you have.',
      'Tell the dermatologist about the patient’s hepatitis C and how it was treated. Bring any test results.',
    ),
    unsureAbout: voiced('whether you have had hepatitis C', 'whether the patient has had hepatitis C'),
    answerIds: ['hepatitisC'],
    firesWhen: 'hepatitisC = yes',
    triggers: [{ when: reportsYes('hepatitisC'), drugs: { upadacitinib: 'check', abrocitinib: 'check', baricitinib: 'check', ruxolitinibCream: 'check' } }],
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
      'Labels ask to weigh risks and benefits in conditions that predispose to infection (US §5.1). Ruxolitinib cream is indicated only for non-immunocompromised patients (§1).',
    patientText: voiced(
      'Tell your dermatologist about your HIV, or any other illness or treatment that weakens your immune system.',
      'Tell the dermatologist about the patient’s HIV, or any other illness or treatment that weakens the immune system.',
    ),
    unsureAbout: voiced(
      'whether you have HIV or another illness or treatment that weakens the immune system',
      'whether the patient has HIV or another illness or treatment that weakens the immune system',
    ),
    answerIds: ['hiv', 'weakImmuneSystem'],
    firesWhen: 'hiv = yes, or weakImmuneSystem = yes',
    triggers: [
      {
        when: anyOf(reportsYes('hiv'), reportsYes('weakImmuneSystem')),
        drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' },
      },
    ],
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
      'Herpes zoster and herpes simplex were among the most frequent serious infections with abrocitinib in AD trials (US §5.1); EU abrocitinib lists prior zoster as a zoster risk factor (4.4). Ruxolitinib cream: consider interrupting for herpes reactivation (§5.1).',
    patientText: voiced(
      'Tell your dermatologist about your shingles, cold sores or eczema herpeticum.',
      'Tell the dermatologist about the patient’s shingles, cold sores or eczema herpeticum.',
    ),
    unsureAbout: voiced(
      'whether you have had shingles, frequent cold sores or eczema herpeticum',
      'whether the patient has had shingles, frequent cold sores or eczema herpeticum',
    ),
    answerIds: ['shinglesHistory', 'coldSoresFrequent'],
    firesWhen: 'shinglesHistory = yes, or coldSoresFrequent = yes',
    triggers: [
      {
        when: anyOf(reportsYes('shinglesHistory'), reportsYes('coldSoresFrequent')),
        drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: 'discuss' },
      },
    ],
    sources: [
      cite(CIBINQO_US, '§5.1 Serious infections (herpes zoster, herpes simplex)'),
      cite(CIBINQO_EU, '4.4 Herpes zoster'),
      cite(OPZELURA_US, '§5.1 Serious infections (viral reactivation)'),
    ],
  },
  {
    id: 'endemic-mycoses',
    title: 'Lived in or travelled to an area with endemic fungal infections',
    detail:
      'Residence in or travel to areas of endemic mycoses (for example histoplasmosis, coccidioidomycosis, blastomycosis) is among the situations where labels ask to weigh risks and benefits before starting; invasive fungal infections are in the boxed warning (US §5.1 of upadacitinib, abrocitinib and ruxolitinib cream).',
    patientText: voiced(
      'Tell your dermatologist where you have lived or traveled. Some fungal lung infections are common in certain places.',
      'Tell the dermatologist where the patient has lived or traveled. Some fungal lung infections are common in certain places.',
    ),
    unsureAbout: voiced(
      'whether you have lived in or traveled to a place where fungal lung infections are common',
      'whether the patient has lived in or traveled to a place where fungal lung infections are common',
    ),
    answerIds: ['fungalAreas'],
    firesWhen: 'fungalAreas = yes',
    triggers: [
      { when: reportsYes('fungalAreas'), drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: 'discuss' } },
    ],
    sources: [
      cite(RINVOQ_US, 'Boxed warning; §5.1 Serious infections'),
      cite(CIBINQO_US, '§5.1 Serious infections'),
      cite(OPZELURA_US, '§5.1 Serious infections'),
    ],
  },
];
