/**
 * Treatments already tried. When a patient reacted to a JAK inhibitor, used one before, is on a systemic treatment
 * now, or has not yet tried a systemic or prescription topical treatment, then the clinician sees it against the
 * labels' contraindications, limitations of use and indications (label-facts rows 1, 20, 35).
 */
import { JAK_TREATMENTS, PRESCRIPTION_TOPICALS, SYSTEMIC_TREATMENTS, listHasAny, listHasNone, reportsYes } from './predicates';
import { forAllDrugs } from './severity';
import {
  CIBINQO_EU,
  CIBINQO_US,
  OLUMIANT_UK,
  OPZELURA_US,
  RINVOQ_EU,
  RINVOQ_US,
  SEED_DERMATOLOGIST_QA,
  cite,
} from './sources';
import type { Rule } from './types';

export const treatmentHistoryRules: Rule[] = [
  {
    id: 'jak-allergy',
    title: 'Allergic reaction to a JAK inhibitor',
    detail:
      'Patient reports an allergic reaction to a JAK inhibitor. Hypersensitivity to the active substance or excipients is a contraindication for upadacitinib (US §4, EU 4.3), abrocitinib (EU 4.3) and baricitinib (EU 4.3); anaphylaxis and angioedema were reported with upadacitinib (§5.6). The US ruxolitinib cream label lists no contraindications; the rule catalogue rates it the same as the oral drugs.',
    patientText: 'Tell your dermatologist which JAK inhibitor you reacted to and what happened.',
    answerIds: ['jakReaction'],
    firesWhen: 'jakReaction = yes (asked when a JAK inhibitor was tried)',
    triggers: [{ when: reportsYes('jakReaction'), drugs: forAllDrugs('contraindication') }],
    sources: [
      cite(RINVOQ_US, '§4 Contraindications; §5.6 Hypersensitivity'),
      cite(RINVOQ_EU, '4.3 Contraindications'),
      cite(CIBINQO_EU, '4.3 Contraindications'),
      cite(OLUMIANT_UK, '4.3 Contraindications'),
    ],
  },
  {
    id: 'prior-jak',
    title: 'JAK inhibitor used before',
    detail:
      'Patient has used a JAK inhibitor before: ask which, for how long, the response and why it was stopped. JAK inhibitors are not to be combined with each other (limitation of use).',
    patientText: 'Tell your dermatologist which JAK inhibitor you used, how well it worked and why you stopped.',
    answerIds: ['treatmentsTried'],
    firesWhen: 'treatmentsTried has any JAK inhibitor',
    triggers: [{ when: listHasAny('treatmentsTried', JAK_TREATMENTS), drugs: forAllDrugs('discuss') }],
    sources: [cite(RINVOQ_US, '§1 Limitation of use'), cite(CIBINQO_US, '§1 Limitation of use'), cite(OPZELURA_US, '§1.3 Limitation of use')],
  },
  {
    id: 'current-systemic-treatment',
    title: 'On a systemic eczema treatment now',
    detail:
      'Patient is using a systemic treatment now (immunosuppressant, biologic or oral JAK inhibitor). Combination with biologics, other JAK inhibitors or potent immunosuppressants is not recommended (limitation of use): plan a switch, not a combination.',
    patientText: 'Ask how you would switch from your current treatment, if you change.',
    answerIds: ['treatmentsCurrent'],
    firesWhen: 'treatmentsCurrent has any systemic treatment (not oral steroids)',
    triggers: [{ when: listHasAny('treatmentsCurrent', SYSTEMIC_TREATMENTS), drugs: forAllDrugs('discuss') }],
    sources: [
      cite(RINVOQ_US, '§1 Limitation of use'),
      cite(CIBINQO_US, '§1 Limitation of use'),
      cite(OPZELURA_US, '§1.3 Limitation of use'),
      cite(OLUMIANT_UK, '4.5 Interactions'),
    ],
  },
  {
    id: 'no-prior-systemic',
    title: 'No systemic treatment tried yet',
    detail:
      'Patient reports no prior systemic treatment (oral steroids not counted). US upadacitinib and abrocitinib are indicated for refractory moderate-to-severe AD not adequately controlled with other systemic drugs, including biologics, or when those are inadvisable; the EU/UK indication is candidates for systemic therapy. Relevant to the indication and to payer requirements.',
    patientText: 'Ask which treatments are usually tried first, and why.',
    answerIds: ['treatmentsTried'],
    firesWhen: 'treatmentsTried answered, with no systemic treatment',
    triggers: [{ when: listHasNone('treatmentsTried', SYSTEMIC_TREATMENTS), drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss' } }],
    sources: [cite(RINVOQ_US, '§1 Indications'), cite(CIBINQO_US, '§1 Indications')],
  },
  {
    id: 'no-prior-topical',
    title: 'No prescription topical tried yet',
    detail:
      'Patient reports no prescription topical treatment. Ruxolitinib cream is indicated when topical prescription therapies are not adequately controlling the disease or are not advisable; JAK inhibitors are not usually first-line (topical steroids, calcineurin inhibitors and phototherapy come first).',
    patientText: 'Ask whether a prescription cream or ointment is worth trying first.',
    answerIds: ['treatmentsTried'],
    firesWhen: 'treatmentsTried answered, with no prescription topical',
    triggers: [{ when: listHasNone('treatmentsTried', PRESCRIPTION_TOPICALS), drugs: forAllDrugs('discuss') }],
    sources: [
      cite(OPZELURA_US, '§1 Indications'),
      cite(RINVOQ_US, '§1 Indications'),
      cite(CIBINQO_US, '§1 Indications'),
      cite(SEED_DERMATOLOGIST_QA, 'When JAK inhibitors are considered'),
    ],
  },
];
