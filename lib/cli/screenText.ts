/**
 * What `npm run screen` does to one document, without any I/O: parse, validate, evaluate.
 * The command (scripts/screen.ts) only reads, writes and sets the exit status.
 */
import { evaluate } from '@/rules';
import type { ScreeningResult } from '@/rules';
import { parseAnswersText } from './parseAnswersText';

export type ScreenOutcome = { ok: true; result: ScreeningResult } | { ok: false; problems: string[] };

export function screenText(text: string): ScreenOutcome {
  const parsed = parseAnswersText(text);
  return parsed.ok ? { ok: true, result: evaluate(parsed.value) } : parsed;
}

/** One line of `--jsonl` output: the result, or `{"error": [...problems]}` in its place so lines stay in step. */
export function jsonlLine(outcome: ScreenOutcome): string {
  return JSON.stringify(outcome.ok ? outcome.result : { error: outcome.problems });
}
