/**
 * The one drug registry (rules/drugs.ts): a drug added there must appear in every per-drug table of every rule
 * trigger (a severity or an explicit null), in the label lists, in the summary's drug display, on the about page,
 * and among the questionnaire's treatment options the rules read for it (tried, its outcome row, a reaction to it).
 */
import { screen, within } from '@testing-library/react';
import { renderInLocale as render } from '@/__tests__/support/intl';
import { createElement } from 'react';
import { AboutRules } from '@/components/about/AboutRules';
import { DRUG_DISPLAY } from '@/lib/summary/labels';
import { JAK_REACTION_DRUG_OPTIONS, JAK_TREATMENTS, TREATMENT_IDS, TREATMENT_OPTIONS } from '@/lib/questionnaire';
import { DRUG_REGISTRY, DRUGS, LABELS_BY_DRUG, ORAL_DRUGS, RULES, evaluate } from '@/rules';
import { SYSTEMIC_TREATMENTS } from '@/rules/predicates';
import { buildDocument } from '../support/buildAnswers';

const REGISTRY_IDS = DRUG_REGISTRY.map((d) => d.id);

test('DRUGS and ORAL_DRUGS come from the registry', () => {
  expect(DRUGS).toEqual(REGISTRY_IDS);
  expect(ORAL_DRUGS).toEqual(DRUG_REGISTRY.filter((d) => d.route === 'oral').map((d) => d.id));
  expect(new Set(DRUG_REGISTRY.map((d) => d.displayOrder)).size).toBe(DRUG_REGISTRY.length);
});

test.each(RULES.flatMap((rule) => rule.triggers.map((trigger, i) => [`${rule.id} trigger ${i + 1}`, trigger.drugs] as const)))(
  '%s names every registry drug explicitly',
  (_name, table) => {
    expect(Object.keys(table).sort()).toEqual([...REGISTRY_IDS].sort());
  },
);

test.each(REGISTRY_IDS)('%s has at least one label document', (drug) => {
  expect(LABELS_BY_DRUG[drug]?.length ?? 0).toBeGreaterThan(0);
});

test.each(REGISTRY_IDS)('%s is in the summary’s drug display and in every result’s byDrug', (drug) => {
  expect(DRUG_DISPLAY.map((d) => d.id)).toContain(drug);
  expect(Object.keys(evaluate(buildDocument()).byDrug)).toContain(drug);
});

test.each(REGISTRY_IDS)('%s can be answered: a treatment option, an outcome row, a JAK inhibitor and a reaction option', (drug) => {
  // jak-allergy and the treatment history rules read these lists by drug id: a drug missing from one is evaluated
  // but can never be named by the person.
  expect(TREATMENT_OPTIONS.map((o) => o.id)).toContain(drug);
  expect(TREATMENT_IDS).toContain(drug);
  expect(JAK_TREATMENTS).toContain(drug);
  expect(JAK_REACTION_DRUG_OPTIONS.map((o) => o.id)).toContain(drug);
});

test.each(ORAL_DRUGS)('%s (oral) counts as a systemic treatment tried', (drug) => {
  expect(SYSTEMIC_TREATMENTS).toContain(drug);
});

test.each(REGISTRY_IDS)('%s is on the about page with its label revisions', (drug) => {
  render(createElement(AboutRules));
  const list = screen.getByRole('list', { name: 'Drugs and the label revisions read' });
  const entry = within(list).getAllByRole('listitem').find((li) => li.id === `drug-${drug}`);
  expect(entry).toBeDefined();
  for (const label of LABELS_BY_DRUG[drug]) expect(entry).toHaveTextContent(label.label);
});

test('the about page says the US abrocitinib label has a newer revision (2026-06-30) not yet read', () => {
  render(createElement(AboutRules));
  const entry = within(screen.getByRole('list', { name: 'Drugs and the label revisions read' }))
    .getAllByRole('listitem')
    .find((li) => li.id === 'drug-abrocitinib');
  expect(entry).toHaveTextContent('a newer revision (2026-06-30) is known but has not been read yet');
});
