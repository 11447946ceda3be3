/**
 * Fit with the approved indication. When the eczema is mild, then the oral drugs' moderate-to-severe indication is
 * worth discussing; when it is severe or covers more than 20% of the skin, then the cream's mild-to-moderate
 * indication and its 20% body-area limit are (label-facts rows 35–36).
 */
import { choiceIs } from './predicates';
import { forOralDrugs } from './severity';
import { CIBINQO_US, OLUMIANT_UK, OPZELURA_US, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';

export const indicationRules: Rule[] = [
  {
    id: 'mild-disease',
    title: 'Mild eczema reported',
    detail:
      'Patient describes the eczema as mild on a typical day. Oral JAK inhibitors are indicated for moderate-to-severe AD (US: refractory; EU/UK: candidates for systemic therapy).',
    patientText: 'Ask which treatments fit eczema like yours.',
    answerIds: ['severity'],
    firesWhen: 'severity = mild',
    triggers: [{ when: choiceIs('severity', ['mild']), drugs: forOralDrugs('discuss') }],
    sources: [cite(RINVOQ_US, '§1 Indications'), cite(CIBINQO_US, '§1 Indications'), cite(OLUMIANT_UK, '4.1 Therapeutic indications')],
  },
  {
    id: 'severe-disease-cream',
    title: 'Severe eczema reported (cream indication is mild to moderate)',
    detail: 'Patient describes the eczema as severe. Ruxolitinib cream is indicated for mild-to-moderate AD.',
    patientText: 'Ask whether a cream alone is enough for eczema as strong as yours.',
    answerIds: ['severity'],
    firesWhen: 'severity = severe',
    triggers: [{ when: choiceIs('severity', ['severe']), drugs: { ruxolitinibCream: 'discuss' } }],
    sources: [cite(OPZELURA_US, '§1 Indications')],
  },
  {
    id: 'cream-area-limit',
    title: 'More than 20% of the skin affected (cream limit)',
    detail:
      'Patient reports eczema on more than 20% of the body surface (or is not sure how much). Ruxolitinib cream: apply to no more than 20% BSA; at most one 60 g tube a week or one 100 g tube per 2 weeks (ages 2–11: one 60 g tube per 2 weeks).',
    patientText: 'Ask how much of your skin the cream may be used on.',
    answerIds: ['bodyArea'],
    // rules.md "Unsure": an enum rule fires as unsure on the enum's "unsure" option; bodyArea has one.
    firesWhen: 'bodyArea = over20 (unsure: flagged as unsure)',
    triggers: [{ when: choiceIs('bodyArea', ['over20'], { unsureCounts: true }), drugs: { ruxolitinibCream: 'warning' } }],
    sources: [cite(OPZELURA_US, '§2.1 Dosage (body surface area and amount limits)')],
  },
];
