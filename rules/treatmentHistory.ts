/**
 * Treatments already tried. When a patient reacted to a JAK inhibitor, the drugs named (and whether the reaction was
 * only skin where a cream was put on) decide each drug's severity; when they used one before, are on a systemic
 * treatment now, or have not yet tried a systemic or prescription topical treatment, then the clinician sees it
 * against the labels' contraindications, limitations of use and indications (label-facts rows 1, 20, 35).
 */
import {
  JAK_TREATMENTS,
  PRESCRIPTION_TOPICALS,
  SYSTEMIC_TREATMENTS,
  allOf,
  choiceIs,
  listHasAny,
  listHasNone,
  listLacks,
  reportsYes,
  unless,
} from './predicates';
import { CIBINQO_EU, CIBINQO_US, OLUMIANT_UK, OPZELURA_US, RINVOQ_EU, RINVOQ_US, cite } from './sources';
import { DRUGS } from './types';
import type { Drug, PerDrug, Rule, RuleTrigger, Severity } from './types';
import { voiced } from './voice';

/** rules.md `jak-allergy`: a drug named in jakReactionDrugs. The US cream label lists no contraindication. */
const NAMED_DRUG_SEVERITY: Readonly<Record<Drug, Severity>> = {
  upadacitinib: 'contraindication',
  abrocitinib: 'contraindication',
  baricitinib: 'contraindication',
  ruxolitinibCream: 'warning',
};

/** A table naming one drug only. */
const onlyFor = (drug: Drug, severity: Severity): PerDrug =>
  Object.fromEntries(DRUGS.map((d) => [d, d === drug ? severity : null])) as Record<Drug, Severity | null>;

/** Skin-only reaction where a cream was put on, with a known drug list (answered, no "I don't know which"). */
const skinOnlyWithKnownList = allOf(choiceIs('jakReactionType', ['skinWhereApplied']), listHasNone('jakReactionDrugs', ['unsure']));

/** Per drug: named → its severity; not named → discuss after a skin-only reaction to known drugs, otherwise warning. */
const jakAllergyTriggers: RuleTrigger[] = DRUGS.flatMap((drug) => [
  { when: allOf(reportsYes('jakReaction'), listHasAny('jakReactionDrugs', [drug])), drugs: onlyFor(drug, NAMED_DRUG_SEVERITY[drug]) },
  { when: allOf(reportsYes('jakReaction'), listLacks('jakReactionDrugs', drug), skinOnlyWithKnownList), drugs: onlyFor(drug, 'discuss') },
  { when: allOf(reportsYes('jakReaction'), listLacks('jakReactionDrugs', drug), unless(skinOnlyWithKnownList)), drugs: onlyFor(drug, 'warning') },
]);

export const treatmentHistoryRules: Rule[] = [
  {
    id: 'jak-allergy',
    title: 'Allergic reaction to a JAK inhibitor',
    detail:
      'Hypersensitivity to the active substance or excipients is a contraindication for upadacitinib (US §4, EU 4.3), abrocitinib (EU 4.3) and baricitinib (EU 4.3); anaphylaxis and angioedema were reported with upadacitinib (§5.6). The US ruxolitinib cream label lists no contraindication; EU 4.3 of the oral drugs lists hypersensitivity, so a drug named is rated a warning for the cream. A drug not named is a warning (cross-reactivity unknown) unless the reaction was only skin where a cream was applied and the drugs are known: then discuss.',
    patientText: voiced(
      'Tell your dermatologist which JAK inhibitor you reacted to and what happened.',
      'Tell the dermatologist which JAK inhibitor the patient reacted to and what happened.',
    ),
    unsureAbout: voiced('whether you had an allergic reaction to a JAK inhibitor', 'whether the patient had an allergic reaction to a JAK inhibitor'),
    answerIds: ['jakReaction', 'jakReactionDrugs', 'jakReactionType'],
    firesWhen:
      'jakReaction = yes: each drug named in jakReactionDrugs (oral contraindication, cream warning); each drug not named: discuss if jakReactionType = skinWhereApplied and the list is answered without "unsure", otherwise warning',
    triggers: jakAllergyTriggers,
    sources: [
      cite(RINVOQ_US, '§4 Contraindications; §5.6 Hypersensitivity'),
      cite(RINVOQ_EU, '4.3 Contraindications'),
      cite(CIBINQO_EU, '4.3 Contraindications'),
      cite(OLUMIANT_UK, '4.3 Contraindications'),
      cite(OPZELURA_US, '§4 Contraindications (none)'),
    ],
  },
  {
    id: 'prior-jak',
    title: 'JAK inhibitor used before',
    detail:
      'Ask which, for how long, the response and why it was stopped (see the treatment history). JAK inhibitors are not to be combined with each other (limitation of use, US §1; cream §1.3).',
    patientText: voiced(
      'Tell your dermatologist which JAK inhibitor you used, how well it worked and why you stopped.',
      'Tell the dermatologist which JAK inhibitor the patient used, how well it worked and why it was stopped.',
    ),
    answerIds: ['treatmentsTried'],
    firesWhen: 'treatmentsTried has any JAK inhibitor',
    triggers: [
      { when: listHasAny('treatmentsTried', JAK_TREATMENTS), drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: 'discuss' } },
    ],
    sources: [cite(RINVOQ_US, '§1 Limitation of use'), cite(CIBINQO_US, '§1 Limitation of use'), cite(OPZELURA_US, '§1.3 Limitation of use')],
  },
  {
    id: 'current-systemic-treatment',
    title: 'On a systemic eczema treatment now',
    detail:
      'A systemic treatment in use now (immunosuppressant, biologic or oral JAK inhibitor). Combination with biologics, other JAK inhibitors or potent immunosuppressants is not recommended (limitation of use, US §1; cream §1.3; baricitinib EU 4.5): plan a switch, not a combination.',
    patientText: voiced('Ask how you would switch from your current treatment, if you change.', 'Ask how the patient would switch from the current treatment, if it changes.'),
    answerIds: ['treatmentsCurrent'],
    firesWhen: 'treatmentsCurrent has any systemic treatment (not oral steroids)',
    triggers: [
      {
        when: listHasAny('treatmentsCurrent', SYSTEMIC_TREATMENTS),
        drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: 'discuss' },
      },
    ],
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
      'Oral steroids are not counted. US upadacitinib and abrocitinib are indicated for refractory moderate-to-severe AD not adequately controlled with other systemic drugs, including biologics, or when those are inadvisable (§1); the EU/UK indication is candidates for systemic therapy. Relevant to the indication and to payer requirements.',
    patientText: voiced('Ask which treatments are usually tried first, and why.', 'Ask which treatments are usually tried first, and why.'),
    answerIds: ['treatmentsTried'],
    firesWhen: 'treatmentsTried answered, with no systemic treatment',
    triggers: [
      { when: listHasNone('treatmentsTried', SYSTEMIC_TREATMENTS), drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: null, ruxolitinibCream: null } },
    ],
    sources: [cite(RINVOQ_US, '§1 Indications'), cite(CIBINQO_US, '§1 Indications')],
  },
  {
    id: 'no-prior-topical',
    title: 'No prescription topical tried yet',
    detail:
      'Ruxolitinib cream is indicated when topical prescription therapies are not adequately controlling the disease or are not advisable (US §1); the oral drugs’ US indication is refractory disease (§1).',
    patientText: voiced('Ask whether a prescription cream or ointment is worth trying first.', 'Ask whether a prescription cream or ointment is worth trying first.'),
    answerIds: ['treatmentsTried'],
    firesWhen: 'treatmentsTried answered, with no prescription topical',
    triggers: [
      {
        when: listHasNone('treatmentsTried', PRESCRIPTION_TOPICALS),
        drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss', ruxolitinibCream: 'discuss' },
      },
    ],
    sources: [cite(OPZELURA_US, '§1 Indications'), cite(RINVOQ_US, '§1 Indications'), cite(CIBINQO_US, '§1 Indications')],
  },
];
