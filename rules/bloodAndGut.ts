/**
 * Blood counts and the gut. When a patient reports low blood counts in the last year, then a blood count decides
 * (the labels' start thresholds are lab values; label-facts row 32); when they report diverticulitis or a bowel
 * perforation, then the gastrointestinal perforation warning applies (row 31).
 */
import { reportsYes } from './predicates';
import { CIBINQO_US, OLUMIANT_UK, OPZELURA_US, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';
import { voiced } from './voice';

export const bloodAndGutRules: Rule[] = [
  {
    id: 'gut-perforation',
    title: 'Diverticulitis or a past tear in the stomach or bowel',
    detail:
      'Upadacitinib: gastrointestinal perforation warning (§5.7). Baricitinib (EU 4.4): use with caution in diverticular disease, especially with NSAIDs, corticosteroids or opioids. Abrocitinib: worth noting; no specific label warning in our sources.',
    patientText: voiced(
      'Tell your dermatologist about your diverticulitis or stomach or bowel problem.',
      'Tell the dermatologist about the patient’s diverticulitis or stomach or bowel problem.',
    ),
    unsureAbout: voiced('whether you have had diverticulitis or a tear in the stomach or bowel', 'whether the patient has had diverticulitis or a tear in the stomach or bowel'),
    answerIds: ['gutPerforation'],
    firesWhen: 'gutPerforation = yes',
    triggers: [
      { when: reportsYes('gutPerforation'), drugs: { upadacitinib: 'warning', abrocitinib: 'discuss', baricitinib: 'warning', ruxolitinibCream: null } },
    ],
    sources: [cite(RINVOQ_US, '§5.7 Gastrointestinal perforations'), cite(OLUMIANT_UK, '4.4 Diverticulitis')],
  },
  {
    id: 'low-blood-counts',
    title: 'Low blood counts in the last year',
    detail:
      'A self-report cannot show the labels’ thresholds: a CBC with differential decides. Do not start if ALC <500/mm³, ANC <1,000/mm³ or Hb <8 g/dL (upadacitinib §2.1/§5.8, abrocitinib §2.1, baricitinib EU 4.2); abrocitinib also not if platelets <150,000/mm³. Ruxolitinib cream: cytopenias reported; weigh a history of them (§5.6).',
    patientText: voiced(
      'Tell your dermatologist about your low blood counts. Bring recent blood test results if you have them.',
      'Tell the dermatologist about the patient’s low blood counts. Bring recent blood test results if there are any.',
    ),
    unsureAbout: voiced('whether you were told of low blood counts in the last year', 'whether the patient was told of low blood counts in the last year'),
    answerIds: ['lowBloodCounts'],
    firesWhen: 'lowBloodCounts = yes',
    triggers: [{ when: reportsYes('lowBloodCounts'), drugs: { upadacitinib: 'check', abrocitinib: 'check', baricitinib: 'check', ruxolitinibCream: 'check' } }],
    sources: [
      cite(RINVOQ_US, '§2.1; §5.8 Laboratory abnormalities'),
      cite(CIBINQO_US, '§2.1 Before starting'),
      cite(OLUMIANT_UK, '4.2 Posology (laboratory thresholds)'),
      cite(OPZELURA_US, '§5.6 Cytopenias'),
    ],
  },
];
