/**
 * The one drug registry: every per-drug table in the rules, the summary and the about page is built from it or
 * typed by it (a `Record<Drug, …>` fails to compile when a drug is missing). Adding a drug here forces an explicit
 * severity (or `null`) in every rule trigger, a label list in rules/sources.ts, and a row on the about page.
 * Display order is fixed and is not a ranking.
 */

export type Route = 'oral' | 'topical';

export interface DrugEntry {
  readonly id: string;
  /** Generic name as the summary prints it. */
  readonly name: string;
  /** Brand name patients know. */
  readonly brand: string;
  readonly route: Route;
  /** Where it is approved for atopic dermatitis (label-facts §2–5). */
  readonly regions: readonly ('US' | 'EU' | 'UK')[];
  /** Printed after the name when the drug is not approved for eczema in the US ("EU/UK"). */
  readonly regionNote?: string;
  /** 1 = first column. */
  readonly displayOrder: number;
}

export const DRUG_REGISTRY = [
  { id: 'upadacitinib', name: 'Upadacitinib', brand: 'Rinvoq', route: 'oral', regions: ['US', 'EU', 'UK'], displayOrder: 1 },
  { id: 'abrocitinib', name: 'Abrocitinib', brand: 'Cibinqo', route: 'oral', regions: ['US', 'EU', 'UK'], displayOrder: 2 },
  { id: 'baricitinib', name: 'Baricitinib', brand: 'Olumiant', route: 'oral', regions: ['EU', 'UK'], regionNote: 'EU/UK', displayOrder: 4 },
  { id: 'ruxolitinibCream', name: 'Ruxolitinib cream', brand: 'Opzelura', route: 'topical', regions: ['US'], displayOrder: 3 },
] as const satisfies readonly DrugEntry[];

export type Drug = (typeof DRUG_REGISTRY)[number]['id'];

/** Registry order (the contract's order in rules.md "Words"). */
export const DRUGS: readonly Drug[] = DRUG_REGISTRY.map((d) => d.id);

/** The drugs taken by mouth ("oral" in rules.md). */
export const ORAL_DRUGS: readonly Drug[] = DRUG_REGISTRY.filter((d) => d.route === 'oral').map((d) => d.id);

/** The registry in display order. */
export const DRUGS_IN_DISPLAY_ORDER: readonly (DrugEntry & { id: Drug })[] = [...DRUG_REGISTRY].sort((a, b) => a.displayOrder - b.displayOrder);

export function drugEntry(drug: Drug): DrugEntry {
  return DRUG_REGISTRY.find((d) => d.id === drug) as DrugEntry;
}
