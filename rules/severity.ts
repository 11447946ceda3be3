/** Severity arithmetic. */
import { DRUGS } from './drugs';
import { SEVERITIES } from './types';
import type { DrugSeverities, PerDrug, Severity } from './types';

// A lookup rather than indexOf: the rules compare severities many times per patient (issue 15, batch use).
const RANK: Readonly<Record<Severity, number>> = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>;

/** 0 is the highest (contraindication); -1 for a value that is not a severity (as indexOf gave). */
export const severityRank = (severity: Severity): number => RANK[severity] ?? -1;

const higherSeverity = (a: Severity, b: Severity): Severity => (severityRank(a) <= severityRank(b) ? a : b);

export function highestSeverity(severities: readonly Severity[]): Severity | undefined {
  return severities.reduce<Severity | undefined>((top, s) => (top === undefined ? s : higherSeverity(top, s)), undefined);
}

/** rules.md: for an "unsure" answer, every per-drug severity above `check` becomes `check`. */
export function capForUnsure(drugs: DrugSeverities): DrugSeverities {
  return Object.fromEntries(
    Object.entries(drugs).map(([drug, s]) => [drug, severityRank(s) < severityRank('check') ? 'check' : s]),
  ) as DrugSeverities;
}

export function mergeDrugSeverities(a: DrugSeverities, b: DrugSeverities): DrugSeverities {
  const merged: DrugSeverities = { ...a };
  for (const drug of DRUGS) {
    const s = b[drug];
    if (s) merged[drug] = merged[drug] ? higherSeverity(merged[drug], s) : s;
  }
  return merged;
}

/** A trigger's complete per-drug table without its `null` entries: the drugs it names. */
export function namedDrugs(table: PerDrug): DrugSeverities {
  return Object.fromEntries(DRUGS.flatMap((drug) => (table[drug] ? [[drug, table[drug]]] : []))) as DrugSeverities;
}
