/**
 * Baseline checks before an oral JAK inhibitor, for the clinician (rules.md "Beside the flags"; upadacitinib and
 * abrocitinib US §2.1; label-facts §9): start thresholds and recheck times from the labels, hepatitis markers
 * attributed to guidelines (the labels say only "in accordance with clinical guidelines"). Listed for everyone,
 * except the pregnancy test (not for someone who said they cannot become pregnant) and chickenpox immunity (not
 * when immunity was reported); skin examination comes first where there is skin-cancer history.
 */
import type { Answers } from '@/lib/answers';
import type { BaselineCheck } from './types';

interface BaselineCheckDefinition extends BaselineCheck {
  appliesTo?: (answers: Answers) => boolean;
}

/** questions.md: pregnancy questions are asked from age 10. */
const PREGNANCY_QUESTION_AGE = 10;
const hasSkinCancerHistory = (answers: Answers) => (answers.cancerHistory ?? []).some((c) => c === 'nonMelanomaSkin' || c === 'melanoma');

const BASELINE_CHECKS: readonly BaselineCheckDefinition[] = [
  {
    id: 'skin-check-first',
    text: 'Skin examination before starting (history of skin cancer), then periodic skin checks during treatment (abrocitinib §5.3/§17; ruxolitinib cream §5.3).',
    appliesTo: hasSkinCancerHistory,
  },
  {
    id: 'tb-test',
    text: 'TB test (IGRA or skin test, with chest X-ray if indicated); treat latent TB before starting (upadacitinib, abrocitinib §2.1). Abrocitinib: consider yearly screening in highly endemic areas (§5.1).',
  },
  {
    id: 'hepatitis-tests',
    text: 'Viral hepatitis screening before starting, per clinical guidelines (labels §2.1). Guideline markers: HBsAg, anti-HBc and anti-HBs; hepatitis C antibody (rheumatology practice; baricitinib EU: HBV DNA monitoring if anti-HBc positive).',
  },
  {
    id: 'blood-count',
    text: 'CBC with differential. Abrocitinib §2.1: not recommended to start with platelets <150,000/mm³, lymphocytes <500/mm³, neutrophils <1,000/mm³ or hemoglobin <8 g/dL; recheck about 4 weeks after starting. Upadacitinib §2.1: do not start with lymphocytes <500/mm³, neutrophils <1,000/mm³ or hemoglobin <8 g/dL.',
  },
  {
    id: 'lipids',
    text: 'Lipid panel at baseline; again about 12 weeks after starting upadacitinib or baricitinib, about 4 weeks after starting abrocitinib.',
  },
  { id: 'liver-tests', text: 'Liver enzymes at baseline and periodically (upadacitinib §5.8).' },
  { id: 'kidney-function', text: 'Kidney function (eGFR): guides abrocitinib and baricitinib dosing.' },
  {
    id: 'pregnancy-test',
    text: 'Pregnancy test: verify pregnancy status before starting (upadacitinib §8.3).',
    // Not for someone who said they cannot become pregnant; "not sure" and blank keep it.
    appliesTo: (answers) => answers.age !== undefined && answers.age >= PREGNANCY_QUESTION_AGE && answers.pregnancyPossible !== 'no',
  },
  {
    id: 'vaccines',
    text: 'Vaccines up to date before starting, including recombinant zoster vaccine (Shingrix) per guidelines (§2.1); no live vaccines during or just before treatment.',
  },
  {
    id: 'chickenpox-immunity',
    text: 'Chickenpox (varicella) immunity not reported: check history, vaccine record or serology; any varicella vaccine (live) before starting.',
    appliesTo: (answers) => answers.chickenpoxImmune !== 'yes',
  },
  {
    id: 'skin-check',
    text: 'Periodic skin examinations during treatment, for everyone (abrocitinib §17; ruxolitinib cream §5.3); advise sun protection.',
    appliesTo: (answers) => !hasSkinCancerHistory(answers),
  },
];

/** The baseline checks that apply to these (pruned) answers, in a fixed order. */
export function baselineChecksFor(answers: Answers): BaselineCheck[] {
  // A plain loop: the rules run per patient in batch (issue 15). Each result gets its own check objects.
  const checks: BaselineCheck[] = [];
  for (const { id, text, appliesTo } of BASELINE_CHECKS) {
    if (appliesTo === undefined || appliesTo(answers)) checks.push({ id, text });
  }
  return checks;
}
