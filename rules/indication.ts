/**
 * Fit with the approved indication. When the eczema is mild, then the oral drugs' moderate-to-severe indication is
 * worth discussing; when it is severe or covers more than 20% of the skin (or the share is not known), then the
 * cream's mild-to-moderate indication and its 20% body-area limit are (label-facts rows 35–36).
 */
import { choiceIs } from './predicates';
import { CIBINQO_US, OLUMIANT_UK, OPZELURA_US, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';
import { voiced } from './voice';

export const indicationRules: Rule[] = [
  {
    id: 'mild-disease',
    title: 'Mild eczema reported',
    detail: 'Oral JAK inhibitors are indicated for moderate-to-severe AD (US §1: refractory; EU/UK 4.1: candidates for systemic therapy).',
    patientText: voiced('Ask which treatments fit eczema like yours.', 'Ask which treatments fit eczema like the patient’s.'),
    answerIds: ['severity'],
    firesWhen: 'severity = mild',
    triggers: [{ when: choiceIs('severity', ['mild']), drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: null } }],
    sources: [cite(RINVOQ_US, '§1 Indications'), cite(CIBINQO_US, '§1 Indications'), cite(OLUMIANT_UK, '4.1 Therapeutic indications')],
  },
  {
    id: 'severe-disease-cream',
    title: 'Severe eczema reported (cream indication is mild to moderate)',
    detail: 'Ruxolitinib cream is indicated for mild-to-moderate AD (US §1).',
    patientText: voiced('Ask whether a cream alone is enough for eczema as strong as yours.', 'Ask whether a cream alone is enough for eczema as strong as the patient’s.'),
    answerIds: ['severity'],
    firesWhen: 'severity = severe',
    triggers: [{ when: choiceIs('severity', ['severe']), drugs: { upadacitinib: null, abrocitinib: null, baricitinib: null, ruxolitinibCream: 'discuss' } }],
    sources: [cite(OPZELURA_US, '§1 Indications')],
  },
  {
    id: 'cream-area-limit',
    title: 'More than 20% of the skin affected (cream limit)',
    unsureTitle: 'Not sure how much skin is affected (cream limit is 20%)',
    detail:
      'Ruxolitinib cream (US §2.1): apply to no more than 20% of the body surface; at most one 60 g tube a week or one 100 g tube per 2 weeks (ages 2–11: one 60 g tube per 2 weeks).',
    patientText: voiced('Ask how much of your skin the cream may be used on.', 'Ask how much of the patient’s skin the cream may be used on.'),
    unsureAbout: voiced('how much of your skin has eczema', 'how much of the patient’s skin has eczema'),
    answerIds: ['bodyArea'],
    // rules.md: bodyArea = unsure fires this flag as unsure.
    firesWhen: 'bodyArea = over20 (unsure: flagged as unsure)',
    triggers: [
      { when: choiceIs('bodyArea', ['over20'], { unsureCounts: true }), drugs: { upadacitinib: null, abrocitinib: null, baricitinib: null, ruxolitinibCream: 'warning' } },
    ],
    sources: [cite(OPZELURA_US, '§2.1 Dosage (body surface area and amount limits)')],
  },
];
