/**
 * The public vignettes (__tests__/vignettes, copies of the shared clinical set): whole patients with the flags they must
 * raise. The one loader for Jest and Playwright. Inputs are checked with the app's own answers schema, so a vignette
 * that drifts from the questionnaire fails loudly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAnswersDocument } from '@/lib/answers/schema';
import type { AnswersDocument } from '@/lib/answers/types';
import type { Drug, Severity } from '@/rules';

export interface Vignette {
  /** The file name, e.g. `low-risk-adult.json`. */
  file: string;
  /** The file name without `.json`, e.g. `low-risk-adult`. */
  name: string;
  story: string;
  input: AnswersDocument;
  expect: {
    flags: Record<string, Severity>;
    byDrug: Record<Drug, Severity | 'none'>;
    unsure: string[];
    drugs: Record<string, Partial<Record<Drug, Severity>>>;
  };
}

export const VIGNETTE_DIR = path.join(__dirname, '..', 'vignettes');

/** A fresh copy on each call, so a test that changes what it gets cannot reach another test. */
export function vignette(name: string): Vignette {
  const file = `${name}.json`;
  const raw = JSON.parse(readFileSync(path.join(VIGNETTE_DIR, file), 'utf8'));
  const parsed = parseAnswersDocument(raw.input);
  if (!parsed.ok) throw new Error(`vignette ${name}: ${parsed.problems.join('; ')}`);
  return { ...raw, file, name, input: parsed.value };
}

export const VIGNETTES: readonly Vignette[] = readdirSync(VIGNETTE_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => vignette(file.replace(/\.json$/, '')));

export const LOW_RISK_ADULT: AnswersDocument = vignette('low-risk-adult').input;
export const PREGNANT_PATIENT: AnswersDocument = vignette('pregnant-patient').input;
