/**
 * How the summary names drugs, severities and respondents. Severity words read as label language, and each has a
 * symbol so it survives black-and-white printing (WCAG 1.4.1; SAFETY.md §4). The drug order is fixed and is not a
 * ranking.
 */
import { DRUGS_IN_DISPLAY_ORDER } from '@/rules';
import type { Drug, Severity } from '@/rules';
import { clinicianWords } from './clinicianWords';

export interface DrugDisplay {
  id: Drug;
  name: string;
  brand: string;
  /** Baricitinib is approved for eczema in the EU and UK, not in the US (rules.md). */
  region?: string;
}

/** Built from the one drug registry (rules/drugs.ts), in its display order. */
export const DRUG_DISPLAY: readonly DrugDisplay[] = DRUGS_IN_DISPLAY_ORDER.map((d) => ({
  id: d.id,
  name: d.name,
  brand: d.brand,
  ...(d.regionNote ? { region: d.regionNote } : {}),
}));

export function drugName(drug: Drug): string {
  const display = DRUG_DISPLAY.find((d) => d.id === drug);
  if (!display) return drug;
  return display.region ? `${display.name} (${display.region})` : display.name;
}

export interface SeverityDisplay {
  label: string;
  symbol: string;
  /** Heading of the group of flags with this severity. */
  heading: string;
}

/** In English (the about page, the rules' own pages); the summary's clinician part takes its language's (clinicianWords.ts). */
export const SEVERITY_DISPLAY: Record<Severity, SeverityDisplay> = clinicianWords('en').severities;

/** The severity symbols in one line, printed once above the flag table. */
export const SEVERITY_LEGEND = clinicianWords('en').legend;

const NO_FLAG_DISPLAY = clinicianWords('en').noFlag;

export function severityDisplay(severity: Severity | 'none'): { label: string; symbol: string } {
  return severity === 'none' ? NO_FLAG_DISPLAY : SEVERITY_DISPLAY[severity];
}

export { RESPONDENT_LABELS } from '@/lib/questionnaire/respondents';

/** Label documents named the way clinicians abbreviate them, to keep each flag's source line short in print. */
const DOCUMENT_ABBREVIATIONS: readonly [string, string][] = [
  [' Prescribing Information', ' PI'],
  [' Summary of Product Characteristics', ' SmPC'],
];

export const SOURCE_ABBREVIATIONS_NOTE = clinicianWords('en').details.sourceAbbreviations;

export function shortDocumentName(label: string): string {
  return DOCUMENT_ABBREVIATIONS.reduce((name, [long, short]) => name.replace(long, short), label);
}
