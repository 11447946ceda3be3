/**
 * Cancer. When a patient reports cancer now or treated in the last 5 years, or a past cancer other than (or as well
 * as) non-melanoma skin cancer, then the boxed warning on malignancy and EMA's "only if no suitable alternative"
 * apply; when they report skin cancer, then periodic skin examination is advised (label-facts row 19).
 */
import { listHasAny, reportsYes } from './predicates';
import { CIBINQO_US, EMA_JAK_REVIEW, OLUMIANT_UK, OPZELURA_US, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';
import { voiced } from './voice';

export const cancerRules: Rule[] = [
  {
    id: 'cancer-active',
    title: 'Cancer now, or treated in the last 5 years',
    detail:
      'Known malignancy other than a successfully treated non-melanoma skin cancer: boxed warning on malignancy (US §5.3); EMA: in people with current or past malignancy use only if no suitable alternative exists. Ruxolitinib cream: same boxed warning (§5.3).',
    patientText: voiced(
      'Tell your dermatologist about your cancer and its treatment now or in the last 5 years.',
      'Tell the dermatologist about the patient’s cancer and its treatment now or in the last 5 years.',
    ),
    unsureAbout: voiced('whether you have cancer now or had treatment for it in the last 5 years', 'whether the patient has cancer now or had treatment for it in the last 5 years'),
    answerIds: ['cancerActive'],
    firesWhen: 'cancerActive = yes',
    triggers: [{ when: reportsYes('cancerActive'), drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' } }],
    sources: [
      cite(RINVOQ_US, 'Boxed warning; §5.3 Malignancy'),
      cite(CIBINQO_US, 'Boxed warning; §5.3 Malignancy'),
      cite(EMA_JAK_REVIEW, 'Recommendations (malignancy)'),
      cite(OPZELURA_US, 'Boxed warning; §5.3 Malignancy'),
    ],
  },
  {
    id: 'cancer-history',
    title: 'Cancer in the past (other than non-melanoma skin cancer)',
    detail:
      'Boxed warning: malignancy (lymphoma and lung cancer more frequent with another JAK inhibitor in RA; US §5.3). EMA: in people with current or past malignancy use only if no suitable alternative exists. Ruxolitinib cream: same boxed warning (§5.3). See the "cancer now or in the last 5 years" answer.',
    patientText: voiced(
      'Tell your dermatologist about your cancer, when it was found, and how it was treated.',
      'Tell the dermatologist about the patient’s cancer, when it was found, and how it was treated.',
    ),
    answerIds: ['cancerHistory'],
    firesWhen: 'cancerHistory has melanoma, lymphoma/leukemia, lung or other',
    triggers: [
      {
        when: listHasAny('cancerHistory', ['melanoma', 'lymphomaLeukemia', 'lung', 'other']),
        drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' },
      },
    ],
    sources: [
      cite(RINVOQ_US, 'Boxed warning; §5.3 Malignancy'),
      cite(CIBINQO_US, 'Boxed warning; §5.3 Malignancy'),
      cite(EMA_JAK_REVIEW, 'Recommendations (malignancy)'),
      cite(OPZELURA_US, 'Boxed warning; §5.3 Malignancy'),
    ],
  },
  {
    id: 'skin-cancer-history',
    title: 'Skin cancer in the past',
    detail:
      'Labels: periodic skin examination for patients at increased risk of skin cancer; limit sun and UV exposure (abrocitinib §5.3). Non-melanoma skin cancer has been reported with ruxolitinib cream (§5.3).',
    patientText: voiced(
      'Ask how often you would need skin checks, and how to protect your skin from the sun.',
      'Ask how often the patient would need skin checks, and how to protect the skin from the sun.',
    ),
    answerIds: ['cancerHistory'],
    firesWhen: 'cancerHistory has nonMelanomaSkin or melanoma',
    triggers: [
      {
        when: listHasAny('cancerHistory', ['nonMelanomaSkin', 'melanoma']),
        drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: 'discuss' },
      },
    ],
    sources: [
      cite(CIBINQO_US, '§5.3 Malignancy (skin examinations)'),
      cite(OLUMIANT_UK, '4.4 Malignancy'),
      cite(OPZELURA_US, '§5.3 Malignancy (non-melanoma skin cancer)'),
    ],
  },
];
