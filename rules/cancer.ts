/**
 * Cancer. When a patient reports a cancer other than (or as well as) non-melanoma skin cancer, then the boxed
 * warning on malignancy and EMA's "only if no suitable alternative" apply; when they report skin cancer, then
 * periodic skin examination is advised (label-facts row 19).
 */
import { listHasAny } from './predicates';
import { forAllDrugs } from './severity';
import { CIBINQO_US, EMA_JAK_REVIEW, OLUMIANT_UK, OPZELURA_US, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';

export const cancerRules: Rule[] = [
  {
    id: 'cancer-history',
    title: 'Cancer in the past (other than non-melanoma skin cancer)',
    detail:
      'Patient reports melanoma, lymphoma or leukemia, lung cancer or another cancer. Boxed warning: malignancy (lymphoma and lung cancer more frequent with another JAK inhibitor in RA). EMA: in people with current or past malignancy use only if no suitable alternative exists. Ruxolitinib cream: same boxed warning (§5.3). See the "cancer now or in the last 5 years" answer.',
    patientText: 'Tell your dermatologist about your cancer, when it was found, and how it was treated.',
    answerIds: ['cancerHistory'],
    firesWhen: 'cancerHistory has melanoma, lymphoma/leukemia, lung or other',
    triggers: [{ when: listHasAny('cancerHistory', ['melanoma', 'lymphomaLeukemia', 'lung', 'other']), drugs: forAllDrugs('warning') }],
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
      'Patient reports non-melanoma skin cancer or melanoma. Labels: periodic skin examination for patients at increased risk of skin cancer; limit sun and UV exposure (ABRO §5.3). Non-melanoma skin cancer has been reported with ruxolitinib cream.',
    patientText: 'Ask how often you would need skin checks, and how to protect your skin from the sun.',
    answerIds: ['cancerHistory'],
    firesWhen: 'cancerHistory has nonMelanomaSkin or melanoma',
    triggers: [{ when: listHasAny('cancerHistory', ['nonMelanomaSkin', 'melanoma']), drugs: forAllDrugs('discuss') }],
    sources: [
      cite(CIBINQO_US, '§5.3 Malignancy (skin examinations)'),
      cite(OLUMIANT_UK, '4.4 Malignancy'),
      cite(OPZELURA_US, '§5.3 Malignancy (non-melanoma skin cancer)'),
    ],
  },
];
