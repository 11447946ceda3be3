/**
 * What `npm run screen` does to one document, without any I/O: parse, validate, evaluate.
 * The command (scripts/screen.ts) only reads, writes and sets the exit status.
 */
import { evaluate } from '@/rules';
import type { ScreeningResult } from '@/rules';
import type { AnswersDocument, ParseResult } from '@/lib/answers';
import { parseAnswersBytes, parseAnswersText } from './parseAnswersText';

export type ScreenOutcome = { ok: true; result: ScreeningResult } | { ok: false; problems: string[] };

function screen(parsed: ParseResult<AnswersDocument>): ScreenOutcome {
  return parsed.ok ? { ok: true, result: evaluate(parsed.value) } : parsed;
}

/** One document of text (a line of JSON Lines). */
export function screenText(text: string): ScreenOutcome {
  return screen(parseAnswersText(text));
}

/** One document as bytes (a file, stdin). */
export function screenBytes(bytes: Uint8Array): ScreenOutcome {
  return screen(parseAnswersBytes(bytes));
}

/** One line of `--jsonl` output: the result, or `{"error": [...problems]}` in its place so lines stay in step. */
export function jsonlLine(outcome: ScreenOutcome): string {
  return JSON.stringify(outcome.ok ? outcome.result : { error: outcome.problems });
}
