/**
 * Age. When a patient is 65 or older, then EMA restricts use to when no suitable alternative exists and lower doses
 * apply (label-facts row 14). When a patient is younger than a drug's approved age, or a teen under 40 kg for
 * upadacitinib, then use is outside the label (row 34).
 */
import {
  CHILD_MINIMUM_AGE,
  OLDER_ADULT_AGE,
  ORAL_MINIMUM_AGE,
  allOf,
  isAdolescent,
  isAged,
  isYoungerThan,
  reportsYes,
} from './predicates';
import { forOralDrugs } from './severity';
import { CIBINQO_EU, CIBINQO_US, EMA_JAK_REVIEW, OLUMIANT_UK, OPZELURA_US, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';

export const ageRules: Rule[] = [
  {
    id: 'age-65-plus',
    title: 'Age 65 or older',
    detail:
      'Patient is 65 or older. EMA (2023): use JAK inhibitors in people 65 and over only if no suitable alternative exists, at a lower dose where possible. US upadacitinib: 15 mg for adults ≥65. EU abrocitinib: 100 mg from 65; EU baricitinib: 2 mg from 65.',
    patientText: 'Ask how your age affects the choice of treatment and the dose.',
    answerIds: ['age'],
    firesWhen: `age ≥ ${OLDER_ADULT_AGE}`,
    triggers: [{ when: isAged(OLDER_ADULT_AGE), drugs: forOralDrugs('warning') }],
    sources: [
      cite(EMA_JAK_REVIEW, 'PRAC recommendation / CHMP opinion (Jan 2023)'),
      cite(RINVOQ_US, '§2 Dosage (geriatric)'),
      cite(CIBINQO_EU, '4.2 Posology (elderly)'),
      cite(OLUMIANT_UK, '4.2 Posology (elderly)'),
    ],
  },
  {
    id: 'age-below-approved',
    title: 'Younger than the approved age, or teen under 40 kg',
    detail:
      'Patient is below a labelled minimum: upadacitinib and abrocitinib are approved for AD from 12 years (US); ruxolitinib cream (US) and baricitinib (UK/EU) from 2 years. US upadacitinib for patients under 18 requires a weight of at least 40 kg (the 40 kg floor was seen in the current PI copy; a newer 2026 US label was not seen).',
    patientText: 'Ask which eczema treatments are approved for your age and weight.',
    answerIds: ['age', 'under40kg'],
    firesWhen: `age < ${ORAL_MINIMUM_AGE} (upadacitinib, abrocitinib); age < ${CHILD_MINIMUM_AGE} (also baricitinib, ruxolitinib cream); 12–17 and under40kg = yes (upadacitinib)`,
    triggers: [
      { when: isYoungerThan(ORAL_MINIMUM_AGE), drugs: { upadacitinib: 'warning', abrocitinib: 'warning' } },
      { when: isYoungerThan(CHILD_MINIMUM_AGE), drugs: { baricitinib: 'warning', ruxolitinibCream: 'warning' } },
      { when: allOf(isAdolescent, reportsYes('under40kg')), drugs: { upadacitinib: 'warning' } },
    ],
    sources: [
      cite(RINVOQ_US, '§1 Indications; §2 Dosage (pediatric, ≥40 kg)'),
      cite(CIBINQO_US, '§1 Indications'),
      cite(OPZELURA_US, '§1 Indications (2 years and older)'),
      cite(OLUMIANT_UK, '4.1 Therapeutic indications (2 years and older)'),
    ],
  },
];
