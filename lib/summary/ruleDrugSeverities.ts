/**
 * A rule's per-drug severities for the about page: the highest over its triggers (a rule such as
 * age-below-approved names different drugs in different situations; its `firesWhen` says which).
 */
import { DRUGS, severityRank } from '@/rules';
import type { DrugSeverities, Rule } from '@/rules';

export function ruleDrugSeverities(rule: Rule): DrugSeverities {
  const merged: DrugSeverities = {};
  for (const trigger of rule.triggers) {
    for (const drug of DRUGS) {
      const severity = trigger.drugs[drug];
      const current = merged[drug];
      if (severity && (current === undefined || severityRank(severity) < severityRank(current))) merged[drug] = severity;
    }
  }
  return merged;
}
