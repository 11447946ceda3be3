/**
 * Pregnancy, contraception and breastfeeding. When a patient is pregnant, plans a pregnancy, could become pregnant
 * or is breastfeeding, then the clinician sees the labels' pregnancy and lactation advice, which differs by drug
 * (label-facts rows 7–9). Washout times are never carried from one drug to another.
 */
import { allOf, doesNotReportYes, reportsYes } from './predicates';
import { CIBINQO_EU, OLUMIANT_UK, OPZELURA_US, RINVOQ_EU, RINVOQ_US, cite } from './sources';
import type { Rule } from './types';
import { voiced } from './voice';

export const pregnancyRules: Rule[] = [
  {
    id: 'pregnancy',
    title: 'Pregnant now',
    detail:
      'EU SmPCs contraindicate upadacitinib, abrocitinib and baricitinib in pregnancy (4.3); US: verify pregnancy status before starting upadacitinib (embryo-fetal toxicity in animal studies, §8.1/§8.3); pregnancy registries exist. Ruxolitinib cream: US pregnancy registry (§8.1); the EU leaflet contraindicates pregnancy.',
    patientText: voiced(
      'Tell your dermatologist that you are pregnant. Ask which eczema treatments are used during pregnancy.',
      'Tell the dermatologist that the patient is pregnant. Ask which eczema treatments are used during pregnancy.',
    ),
    unsureAbout: voiced('whether you are pregnant', 'whether the patient is pregnant'),
    answerIds: ['pregnant'],
    firesWhen: 'pregnant = yes',
    triggers: [
      {
        when: reportsYes('pregnant'),
        drugs: { upadacitinib: 'contraindication', abrocitinib: 'contraindication', baricitinib: 'contraindication', ruxolitinibCream: 'warning' },
      },
    ],
    sources: [
      cite(RINVOQ_EU, '4.3 Contraindications'),
      cite(CIBINQO_EU, '4.3 Contraindications'),
      cite(OLUMIANT_UK, '4.3 Contraindications; 4.6'),
      cite(RINVOQ_US, '§8.3 Females of reproductive potential (verify pregnancy status)'),
      cite(OPZELURA_US, '§8.1 Pregnancy'),
    ],
  },
  {
    id: 'pregnancy-planned',
    title: 'Planning a pregnancy in the next 12 months',
    detail:
      'Oral JAK inhibitors need effective contraception during treatment and after the last dose (upadacitinib 4 weeks, US §8.3; abrocitinib EU 1 month; baricitinib EU at least 1 week). Ruxolitinib cream (EU leaflet): contraception until 4 weeks after last use.',
    patientText: voiced(
      'Tell your dermatologist that you hope to become pregnant in the next year. Ask how that fits with each treatment.',
      'Tell the dermatologist that the patient hopes to become pregnant in the next year. Ask how that fits with each treatment.',
    ),
    unsureAbout: voiced('whether you plan a pregnancy in the next year', 'whether the patient plans a pregnancy in the next year'),
    answerIds: ['planningPregnancy'],
    firesWhen: 'planningPregnancy = yes',
    triggers: [
      {
        when: reportsYes('planningPregnancy'),
        drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'discuss' },
      },
    ],
    sources: [
      cite(RINVOQ_US, '§8.3 Females and males of reproductive potential'),
      cite(CIBINQO_EU, '4.6 Fertility, pregnancy and lactation'),
      cite(OLUMIANT_UK, '4.6 Fertility, pregnancy and lactation'),
      cite(OPZELURA_US, '§8.1 Pregnancy'),
    ],
  },
  {
    id: 'contraception',
    title: 'Could become pregnant: contraception',
    unsureTitle: 'Not sure whether pregnancy is possible: contraception',
    detail:
      'No current pregnancy was reported. Contraception during and after treatment differs by drug: upadacitinib 4 weeks after the last dose (US §8.3); abrocitinib (EU) 1 month; baricitinib (EU) at least 1 week; ruxolitinib cream (EU leaflet) 4 weeks. US abrocitinib contraception advice: UNVERIFIED in our sources.',
    patientText: voiced(
      'Ask what birth control you would need during treatment, and for how long after stopping.',
      'Ask what birth control the patient would need during treatment, and for how long after stopping.',
    ),
    unsureAbout: voiced('whether you could become pregnant', 'whether the patient could become pregnant'),
    answerIds: ['pregnancyPossible', 'pregnant'],
    firesWhen: 'pregnancyPossible = yes or unsure, and pregnant is not yes',
    triggers: [
      {
        when: allOf(reportsYes('pregnancyPossible'), doesNotReportYes('pregnant')),
        drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: 'discuss' },
      },
    ],
    sources: [
      cite(RINVOQ_US, '§8.3 Females and males of reproductive potential'),
      cite(CIBINQO_EU, '4.6 Fertility, pregnancy and lactation'),
      cite(OLUMIANT_UK, '4.6 Fertility, pregnancy and lactation'),
      cite(OPZELURA_US, '§8.1 Pregnancy'),
    ],
  },
  {
    id: 'breastfeeding',
    title: 'Breastfeeding now',
    detail:
      'Abrocitinib: contraindicated during breastfeeding (EU 4.3). Upadacitinib: do not breastfeed during treatment and for 6 days after the last dose (US §8.2). Ruxolitinib cream: avoid breastfeeding during use and for about 4 weeks after the last dose (§8.2). Baricitinib (EU): not during breastfeeding (4.6). US abrocitinib washout (believed 1 day): UNVERIFIED.',
    patientText: voiced(
      'Tell your dermatologist that you are breastfeeding. Ask which treatments can be used while you breastfeed.',
      'Tell the dermatologist that the patient is breastfeeding. Ask which treatments can be used while breastfeeding.',
    ),
    unsureAbout: voiced('whether you are breastfeeding', 'whether the patient is breastfeeding'),
    answerIds: ['breastfeeding'],
    firesWhen: 'breastfeeding = yes',
    triggers: [
      {
        when: reportsYes('breastfeeding'),
        drugs: { upadacitinib: 'warning', abrocitinib: 'contraindication', baricitinib: 'warning', ruxolitinibCream: 'warning' },
      },
    ],
    sources: [
      cite(CIBINQO_EU, '4.3 Contraindications'),
      cite(RINVOQ_US, '§8.2 Lactation'),
      cite(OLUMIANT_UK, '4.6 Fertility, pregnancy and lactation'),
      cite(OPZELURA_US, '§8.2 Lactation'),
    ],
  },
];
