/**
 * A flag's per-drug severities, grouped by severity so that one printed line carries them ("All four drugs:
 * Warning" rather than the same word four times). Highest severity first; drugs in the summary's fixed order.
 */
import { SEVERITIES } from '@/rules';
import type { DrugSeverities, Severity } from '@/rules';
import { DRUG_DISPLAY, drugName } from './labels';

export interface DrugSeverityGroup {
  drugs: string;
  severity: Severity;
}

export function drugSeverityGroups(drugs: DrugSeverities): DrugSeverityGroup[] {
  return SEVERITIES.flatMap((severity) => {
    const named = DRUG_DISPLAY.filter((d) => drugs[d.id] === severity);
    if (named.length === 0) return [];
    const label = named.length === DRUG_DISPLAY.length ? 'All four drugs' : named.map((d) => drugName(d.id)).join(', ');
    return [{ drugs: label, severity }];
  });
}
