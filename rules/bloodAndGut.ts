/**
 * Blood counts and the gut. When a patient reports low blood counts in the last year, then labels set lab
 * thresholds below which treatment is not started (label-facts row 32); when they report diverticulitis or a
 * bowel perforation, then the gastrointestinal perforation warning applies (row 31).
 */
import { reportsYes } from './predicates';
import { forAllDrugs } from './severity';
import { CIBINQO_US, OLUMIANT_UK, OPZELURA_US, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';

export const bloodAndGutRules: Rule[] = [
  {
    id: 'gut-perforation',
    title: 'Diverticulitis or a past bowel perforation',
    detail:
      'Patient reports diverticulitis or a past perforation of the stomach or bowel. Upadacitinib: gastrointestinal perforation warning (§5.7). Baricitinib (EU): use with caution in diverticular disease, especially with NSAIDs, corticosteroids or opioids. Abrocitinib: worth noting; no specific label warning in our sources.',
    patientText: 'Tell your dermatologist about your diverticulitis or stomach or bowel problem.',
    answerIds: ['gutPerforation'],
    firesWhen: 'gutPerforation = yes',
    triggers: [
      { when: reportsYes('gutPerforation'), drugs: { upadacitinib: 'warning', baricitinib: 'warning', abrocitinib: 'discuss' } },
    ],
    sources: [cite(RINVOQ_US, '§5.7 Gastrointestinal perforations'), cite(OLUMIANT_UK, '4.4 Diverticulitis')],
  },
  {
    id: 'low-blood-counts',
    title: 'Low blood counts in the last year',
    detail:
      'Patient reports low white cells, low platelets or anemia in the last year. Do not start if ALC <500/mm³, ANC <1,000/mm³ or Hb <8 g/dL (UPA §2.1/§5.8, ABRO §2.1, baricitinib EU); abrocitinib also not if platelets <150,000/mm³. Ruxolitinib cream: cytopenias reported; weigh a history of them (§5.6). CBC with differential at baseline.',
    patientText: 'Tell your dermatologist about your low blood counts. Bring recent blood test results if you have them.',
    answerIds: ['lowBloodCounts'],
    firesWhen: 'lowBloodCounts = yes',
    triggers: [{ when: reportsYes('lowBloodCounts'), drugs: forAllDrugs('warning') }],
    sources: [
      cite(RINVOQ_US, '§2.1; §5.8 Laboratory abnormalities'),
      cite(CIBINQO_US, '§2.1 Before starting'),
      cite(OLUMIANT_UK, '4.2 Posology (laboratory thresholds)'),
      cite(OPZELURA_US, '§5.6 Cytopenias'),
    ],
  },
];
