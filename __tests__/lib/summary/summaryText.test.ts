import type { AnswersDocument } from '@/lib/answers/types';
import { summaryToText } from '@/lib/summary/summaryText';
import { evaluate } from '@/rules';
import { vignette } from '../../support/vignettes';

function textFor(document: AnswersDocument) {
  return summaryToText({ document, result: evaluate(document), preparedAt: new Date(2026, 10, 22, 9, 7), appVersion: '9.9.9' });
}

test('lists each flag with its severity, title and rule id, its per-drug severities, its answers and numbered sources (as on the page)', () => {
  const lines = textFor(vignette('antiplatelet-after-heart-attack').input).split('\n');
  const at = lines.indexOf('- [Label contraindication] Antiplatelet medicine (not aspirin) (rule antiplatelet)');
  expect(at).toBeGreaterThan(0);
  expect(lines.slice(at + 1, at + 4)).toEqual([
    '  Per drug: Abrocitinib: Label contraindication',
    '  Because: Medicines now or soon: A blood thinner for platelets (not aspirin); Aspirin, 81 mg a day or less',
    '  Sources: [1] Cibinqo (abrocitinib) US PI, §4 Contraindications, rev. 2024-01-16',
  ]);
  expect(lines).toContain('- [Warning] Heart attack, stroke, TIA or blocked arteries (rule cardiovascular-history)');
  expect(lines).toContain(
    '  Per drug: Upadacitinib: Warning; Abrocitinib: Warning; Ruxolitinib cream: Warning; Baricitinib (EU/UK): Warning',
  );
  expect(lines).toContain('Flags (3):');
});

test('starts with the header: title, who completed it, when, versions and the not-a-diagnosis statement', () => {
  const [title, who, statement] = textFor(vignette('staff-entered-72').input).split('\n');
  expect(title).toBe('Pre-visit questionnaire: patient-reported information');
  expect(who).toBe('Completed by clinic staff, on the patient’s behalf. Prepared 2026-11-22 09:07. App 9.9.9, ruleset 2.0.0.');
  expect(statement).toMatch(/self-reported answers.*Not a diagnosis or a prescription/);
});

test('gives the highest flag per drug in the fixed order', () => {
  expect(textFor(vignette('dialysis-liver-unsure').input)).toContain(
    'Highest flag per drug (not a ranking): Upadacitinib: Warning; Abrocitinib: Warning; Ruxolitinib cream: No flag; Baricitinib (EU/UK): Warning',
  );
});

test('marks an unsure flag and lists the "not sure" answer', () => {
  const text = textFor(vignette('dialysis-liver-unsure').input);
  expect(text).toMatch(/\(rule liver-disease\) \[UNSURE: based on a "not sure" answer\]/);
  expect(text).not.toMatch(/\(rule kidney-disease\) \[UNSURE/);
  expect(text).toContain('Not answered / not sure:\n- Liver disease: not sure');
});

test('says plainly when no flag was raised, and still lists the baseline checks', () => {
  const text = textFor(vignette('low-risk-adult').input);
  expect(text).toContain('Flags: none raised by these answers.');
  expect(text).toMatch(/Baseline checks to consider:\n\[ \] TB test/);
  expect(text).toContain('Not answered / not sure: none.');
});

test('leaves out the name and date of birth', () => {
  const document = { ...vignette('low-risk-adult').input, patient: { name: 'Sam Rivera', dateOfBirth: '1990-04-01' } };
  const text = textFor(document);
  expect(text).not.toContain('Sam Rivera');
  expect(text).not.toContain('1990-04-01');
});
