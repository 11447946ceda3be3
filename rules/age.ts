/**
 * Age. When a patient is 65 or older, then EMA restricts use to when no suitable alternative exists and lower doses
 * apply (label-facts row 14). When a patient is younger than a drug's approved age, or a teen under 40 kg for
 * upadacitinib, then use is outside the label (row 34). The title says which of these fired.
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
import { CIBINQO_EU, CIBINQO_US, EMA_JAK_REVIEW, OLUMIANT_UK, OPZELURA_US, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';
import { voiced } from './voice';

export const ageRules: Rule[] = [
  {
    id: 'age-65-plus',
    title: 'Age 65 or older',
    detail:
      'EMA (2023): use JAK inhibitors in people 65 and over only if no suitable alternative exists, at a lower dose where possible. US upadacitinib: 15 mg for adults 65 and over (§2). EU abrocitinib: 100 mg from 65; EU baricitinib: 2 mg from 65 (4.2).',
    patientText: voiced('Ask how your age affects the choice of treatment and the dose.', 'Ask how the patient’s age affects the choice of treatment and the dose.'),
    answerIds: ['age'],
    firesWhen: `age ≥ ${OLDER_ADULT_AGE}`,
    triggers: [{ when: isAged(OLDER_ADULT_AGE), drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: null } }],
    sources: [
      cite(EMA_JAK_REVIEW, 'PRAC recommendation / CHMP opinion (Jan 2023)'),
      cite(RINVOQ_US, '§2 Dosage (geriatric)'),
      cite(CIBINQO_EU, '4.2 Posology (elderly)'),
      cite(OLUMIANT_UK, '4.2 Posology (elderly)'),
    ],
  },
  {
    id: 'age-below-approved',
    title: 'Younger than an approved age',
    detail:
      'Labelled minimums: upadacitinib and abrocitinib are approved for AD from 12 years (US §1); ruxolitinib cream (US §1) and baricitinib (UK/EU 4.1) from 2 years. US upadacitinib for patients under 18 needs a weight of at least 40 kg (§2; the 40 kg floor was seen in the current PI copy, a newer 2026 US label was not seen).',
    patientText: voiced('Ask which eczema treatments are approved for your age and weight.', 'Ask which eczema treatments are approved for the patient’s age and weight.'),
    unsureAbout: voiced('whether you weigh less than 40 kg (88 pounds)', 'whether the patient weighs less than 40 kg (88 pounds)'),
    answerIds: ['age', 'under40kg'],
    firesWhen: `age < ${CHILD_MINIMUM_AGE} (all four drugs); age < ${ORAL_MINIMUM_AGE} (upadacitinib, abrocitinib); 12–17 and under40kg = yes (upadacitinib)`,
    // Most specific first: the first trigger that fires gives the title.
    triggers: [
      {
        when: isYoungerThan(CHILD_MINIMUM_AGE),
        drugs: { upadacitinib: null, abrocitinib: null, baricitinib: 'warning', ruxolitinibCream: 'warning' },
        title: `Younger than ${CHILD_MINIMUM_AGE} (below every approved age)`,
      },
      {
        when: isYoungerThan(ORAL_MINIMUM_AGE),
        drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: null, ruxolitinibCream: null },
        title: `Younger than ${ORAL_MINIMUM_AGE} (upadacitinib and abrocitinib are approved from ${ORAL_MINIMUM_AGE})`,
      },
      {
        when: allOf(isAdolescent, reportsYes('under40kg')),
        drugs: { upadacitinib: 'warning', abrocitinib: null, baricitinib: null, ruxolitinibCream: null },
        title: 'Weight under 40 kg (age 12–17)',
        unsureTitle: 'Weight under 40 kg not known (age 12–17)',
      },
    ],
    sources: [
      cite(RINVOQ_US, '§1 Indications; §2 Dosage (pediatric, ≥40 kg)'),
      cite(CIBINQO_US, '§1 Indications'),
      cite(OPZELURA_US, '§1 Indications (2 years and older)'),
      cite(OLUMIANT_UK, '4.1 Therapeutic indications (2 years and older)'),
    ],
  },
];
