/** Severity arithmetic. */
import { DRUGS, SEVERITIES } from './types';
import type { DrugSeverities, PerDrug, Severity } from './types';

/** 0 is the highest (contraindication). */
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

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
