/**
 * Baseline checks before an oral JAK inhibitor (upadacitinib and abrocitinib US §2.1; label-facts §9), for the
 * clinician. Always listed, except the pregnancy test (only where pregnancy is possible) and the skin check (only
 * with a skin-cancer history).
 */
import type { Answers } from '@/lib/answers/types';
import type { BaselineCheck } from './types';

interface BaselineCheckDefinition extends BaselineCheck {
  appliesTo?: (answers: Answers) => boolean;
}

const BASELINE_CHECKS: readonly BaselineCheckDefinition[] = [
  { id: 'tb-test', text: 'TB test (IGRA or skin test, with chest X-ray if indicated); treat latent TB before starting (§2.1).' },
  { id: 'hepatitis-tests', text: 'Hepatitis B (HBsAg, anti-HBc, anti-HBs) and hepatitis C antibody (§2.1).' },
  {
    id: 'blood-count',
    text: 'CBC with differential: lymphocytes, neutrophils, hemoglobin; platelets for abrocitinib (§2.1).',
  },
  { id: 'lipids', text: 'Lipid panel at baseline; again about 12 weeks (upadacitinib) or 4 weeks (abrocitinib) after starting.' },
  { id: 'liver-tests', text: 'Liver enzymes at baseline and periodically.' },
  { id: 'kidney-function', text: 'Kidney function (eGFR): guides abrocitinib and baricitinib dosing.' },
  {
    id: 'pregnancy-test',
    text: 'Pregnancy test: verify pregnancy status before starting (upadacitinib §8.3).',
    // Shown only where the pregnancy question was asked and not answered "no".
    appliesTo: (answers) => answers.age !== undefined && answers.age >= 10 && answers.pregnancyPossible !== 'no',
  },
  {
    id: 'vaccines',
    text: 'Vaccines up to date before starting, including recombinant zoster vaccine (Shingrix); no live vaccines during or just before treatment.',
  },
  {
    id: 'skin-check',
    text: 'Skin examination (history of skin cancer); periodic skin checks during treatment.',
    appliesTo: (answers) => (answers.cancerHistory ?? []).some((c) => c === 'nonMelanomaSkin' || c === 'melanoma'),
  },
];

export function baselineChecksFor(answers: Answers): BaselineCheck[] {
  return BASELINE_CHECKS.filter((check) => check.appliesTo?.(answers) ?? true).map(({ id, text }) => ({ id, text }));
}
