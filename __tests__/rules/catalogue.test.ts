/** The registry of all rules: ids as in rules.md, sources on each, and a firing and a non-firing case for every rule. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QUESTIONS } from '@/lib/questionnaire';
import { DRUG_REGISTRY, DRUGS, RULES, SEVERITIES } from '@/rules';
import { flagFor } from '../support/ruleCases';
import type { AnswerOverrides } from '../support/buildAnswers';

/** Copied from docs/contract/rules.md (v2), "Flags" table, in its order. */
const CONTRACT_IDS = [
  'jak-allergy', 'active-infection', 'frequent-infections', 'tuberculosis', 'tb-exposure', 'hepatitis-b', 'hepatitis-c',
  'weak-immune-system', 'shingles-risk', 'shingles-vaccine', 'varicella-immunity', 'endemic-mycoses', 'live-vaccine',
  'pregnancy', 'pregnancy-planned', 'contraception', 'breastfeeding', 'age-65-plus', 'age-below-approved',
  'cardiovascular-history', 'cardiovascular-risk', 'cardiovascular-risk-under-50', 'diabetes', 'smoking', 'blood-clot',
  'clot-risk-factors', 'cancer-active', 'cancer-history', 'skin-cancer-history', 'liver-disease', 'liver-disease-mild',
  'kidney-disease', 'kidney-disease-moderate', 'gut-perforation', 'low-blood-counts', 'antiplatelet', 'aspirin-dose',
  'anticoagulant', 'immunosuppressant-combination', 'current-systemic-treatment', 'cyp3a4-inhibitor', 'cyp3a4-inducer',
  'cyp2c19-inhibitor', 'cyp2c19-cyp2c9-inhibitor', 'gi-perforation-risk-medicines', 'systemic-corticosteroid',
  'probenecid', 'mild-disease', 'severe-disease-cream', 'cream-area-limit', 'no-prior-systemic', 'no-prior-topical',
  'prior-jak',
];

/** For each rule, answers (on the low-risk baseline) that fire it and answers that do not. */
const FIRING: Record<string, { fires: AnswerOverrides; quiet: AnswerOverrides }> = {
  'jak-allergy': { fires: { treatmentsTried: ['upadacitinib'], jakReaction: 'yes' }, quiet: { treatmentsTried: ['upadacitinib'], jakReaction: 'no' } },
  'active-infection': { fires: { infectionNow: 'yes' }, quiet: { infectionNow: 'no' } },
  'frequent-infections': { fires: { infectionsFrequent: 'yes' }, quiet: { infectionsFrequent: 'no' } },
  tuberculosis: { fires: { tbHistory: 'yes' }, quiet: { tbHistory: 'no' } },
  'tb-exposure': { fires: { tbExposure: 'yes' }, quiet: { tbExposure: 'no' } },
  'hepatitis-b': { fires: { hepatitisB: 'yes' }, quiet: { hepatitisB: 'no' } },
  'hepatitis-c': { fires: { hepatitisC: 'yes' }, quiet: { hepatitisC: 'no' } },
  'weak-immune-system': { fires: { hiv: 'yes' }, quiet: { hiv: 'no', weakImmuneSystem: 'no' } },
  'shingles-risk': { fires: { coldSoresFrequent: 'yes' }, quiet: { shinglesHistory: 'no', coldSoresFrequent: 'no' } },
  'shingles-vaccine': { fires: { shinglesVaccine: 'no' }, quiet: { shinglesVaccine: 'yes' } },
  'varicella-immunity': { fires: { chickenpoxImmune: 'no' }, quiet: { chickenpoxImmune: 'yes' } },
  'endemic-mycoses': { fires: { fungalAreas: 'yes' }, quiet: { fungalAreas: 'no' } },
  'live-vaccine': { fires: { liveVaccinePlanned: 'yes' }, quiet: { liveVaccinePlanned: 'no' } },
  pregnancy: { fires: { pregnancyPossible: 'yes', pregnant: 'yes' }, quiet: { pregnancyPossible: 'yes', pregnant: 'no' } },
  'pregnancy-planned': { fires: { pregnancyPossible: 'yes', planningPregnancy: 'yes' }, quiet: { pregnancyPossible: 'yes', planningPregnancy: 'no' } },
  contraception: { fires: { pregnancyPossible: 'yes' }, quiet: { pregnancyPossible: 'no' } },
  breastfeeding: { fires: { breastfeeding: 'yes' }, quiet: { breastfeeding: 'no' } },
  'age-65-plus': { fires: { age: 65 }, quiet: { age: 64 } },
  'age-below-approved': { fires: { age: 11 }, quiet: { age: 12, under40kg: 'no' } },
  'cardiovascular-history': { fires: { heartAttackOrStroke: 'yes' }, quiet: { heartAttackOrStroke: 'no' } },
  'cardiovascular-risk': { fires: { age: 50, heartRiskFactors: ['diabetes'] }, quiet: { age: 49, heartRiskFactors: ['diabetes'] } },
  'cardiovascular-risk-under-50': { fires: { age: 49, heartRiskFactors: ['highCholesterol'] }, quiet: { age: 50, heartRiskFactors: ['highCholesterol'] } },
  diabetes: { fires: { heartRiskFactors: ['diabetes'] }, quiet: { heartRiskFactors: ['highBloodPressure'] } },
  smoking: { fires: { smoking: 'former' }, quiet: { smoking: 'never' } },
  'blood-clot': { fires: { clottingDisorder: 'yes' }, quiet: { bloodClot: 'no', clottingDisorder: 'no' } },
  'clot-risk-factors': { fires: { heartRiskFactors: ['obesity'] }, quiet: { heartRiskFactors: ['none'], hormonalContraception: 'no' } },
  'cancer-active': { fires: { cancerHistory: ['other'], cancerActive: 'yes' }, quiet: { cancerHistory: ['other'], cancerActive: 'no' } },
  'cancer-history': { fires: { cancerHistory: ['lung'] }, quiet: { cancerHistory: ['nonMelanomaSkin'] } },
  'skin-cancer-history': { fires: { cancerHistory: ['nonMelanomaSkin'] }, quiet: { cancerHistory: ['lung'] } },
  'liver-disease': { fires: { liverDisease: 'severe' }, quiet: { liverDisease: 'mild' } },
  'liver-disease-mild': { fires: { liverDisease: 'mild' }, quiet: { liverDisease: 'none' } },
  'kidney-disease': { fires: { kidneyDisease: 'dialysis' }, quiet: { kidneyDisease: 'moderate' } },
  'kidney-disease-moderate': { fires: { kidneyDisease: 'moderate' }, quiet: { kidneyDisease: 'mild' } },
  'gut-perforation': { fires: { gutPerforation: 'yes' }, quiet: { gutPerforation: 'no' } },
  'low-blood-counts': { fires: { lowBloodCounts: 'yes' }, quiet: { lowBloodCounts: 'no' } },
  antiplatelet: { fires: { medicines: ['antiplatelet'] }, quiet: { medicines: ['aspirinLowDose'] } },
  'aspirin-dose': { fires: { medicines: ['aspirinOver81'] }, quiet: { medicines: ['aspirinLowDose'] } },
  anticoagulant: { fires: { medicines: ['anticoagulant'] }, quiet: { medicines: ['antiplatelet'] } },
  'immunosuppressant-combination': { fires: { medicines: ['biologic'] }, quiet: { medicines: ['none'] } },
  'current-systemic-treatment': { fires: { treatmentsCurrent: ['dupilumab'] }, quiet: { treatmentsCurrent: ['oralSteroid'] } },
  'cyp3a4-inhibitor': { fires: { medicines: ['cyp3a4Inhibitor'] }, quiet: { medicines: ['cyp3a4Inducer'] } },
  'cyp3a4-inducer': { fires: { medicines: ['cyp3a4Inducer'] }, quiet: { medicines: ['cyp3a4Inhibitor'] } },
  'cyp2c19-inhibitor': { fires: { medicines: ['cyp2c19Inhibitor'] }, quiet: { medicines: ['none'] } },
  'cyp2c19-cyp2c9-inhibitor': { fires: { medicines: ['fluconazole'] }, quiet: { medicines: ['cyp2c19Inhibitor'] } },
  'gi-perforation-risk-medicines': { fires: { medicines: ['nsaidRegular'] }, quiet: { medicines: ['aspirinLowDose'] } },
  'systemic-corticosteroid': { fires: { medicines: ['steroidRegular'] }, quiet: { medicines: ['nsaidRegular'] } },
  probenecid: { fires: { medicines: ['probenecid'] }, quiet: { medicines: ['none'] } },
  'mild-disease': { fires: { severity: 'mild' }, quiet: { severity: 'moderate' } },
  'severe-disease-cream': { fires: { severity: 'severe' }, quiet: { severity: 'moderate' } },
  'cream-area-limit': { fires: { bodyArea: 'over20' }, quiet: { bodyArea: '10to20' } },
  'no-prior-systemic': { fires: { treatmentsTried: ['topicalSteroid'] }, quiet: { treatmentsTried: ['topicalSteroid', 'cyclosporine'] } },
  'no-prior-topical': { fires: { treatmentsTried: ['dupilumab'] }, quiet: { treatmentsTried: ['topicalSteroid'] } },
  'prior-jak': { fires: { treatmentsTried: ['abrocitinib'] }, quiet: { treatmentsTried: ['dupilumab'] } },
};

const QUESTION_IDS = new Set(QUESTIONS.map((q) => q.id));

test('rule ids are unique', () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('the rule ids are exactly those of rules.md', () => {
  expect(RULES.map((r) => r.id).sort()).toEqual([...CONTRACT_IDS].sort());
});

test('the id list above matches the copy of rules.md in docs/contract', () => {
  const catalogue = readFileSync(path.join(__dirname, '..', '..', 'docs', 'contract', 'rules.md'), 'utf8');
  const tableIds = [...catalogue.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
  expect(tableIds).toEqual(CONTRACT_IDS);
});

test('the firing table covers every rule', () => {
  expect(Object.keys(FIRING).sort()).toEqual(RULES.map((r) => r.id).sort());
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  test('has at least one source, each with a label and a section', () => {
    expect(rule.sources.length).toBeGreaterThan(0);
    for (const source of rule.sources) {
      expect(source.label).toMatch(/\S/);
      expect(source.section).toMatch(/\S/);
    }
  });

  test('has a title, clinician detail, patient wording in both voices and a plain "fires when"', () => {
    for (const text of [rule.title, rule.detail, rule.patientText.self, rule.patientText.other, rule.firesWhen]) expect(text).toMatch(/\S/);
  });

  test('names every drug of the registry in every trigger: a severity or an explicit null', () => {
    for (const trigger of rule.triggers) expect(Object.keys(trigger.drugs).sort()).toEqual(DRUG_REGISTRY.map((d) => d.id).sort());
  });

  test('cites labels and guidelines, never the seed articles', () => {
    for (const source of rule.sources) expect(source.label).not.toMatch(/seed|Q&A|Health Union/i);
  });

  test('reads only questions of the questionnaire, and names drugs and severities of the catalogue', () => {
    expect(rule.answerIds.length).toBeGreaterThan(0);
    for (const answerId of rule.answerIds) expect(QUESTION_IDS.has(answerId)).toBe(true);
    for (const trigger of rule.triggers) {
      expect(Object.values(trigger.drugs).filter((s) => s !== null).length).toBeGreaterThan(0);
      for (const [drug, severity] of Object.entries(trigger.drugs)) {
        expect(DRUGS).toContain(drug);
        if (severity !== null) expect(SEVERITIES).toContain(severity);
      }
    }
  });

  test('fires on its firing case', () => {
    expect(flagFor(FIRING[id].fires, id)).toBeDefined();
  });

  test('does not fire on its non-firing case', () => {
    expect(flagFor(FIRING[id].quiet, id)).toBeUndefined();
  });
});
