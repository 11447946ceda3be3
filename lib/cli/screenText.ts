/**
 * What `npm run screen` does to one document, without any I/O: parse, validate, evaluate.
 * The command (scripts/screen.ts) only reads, writes and sets the exit status.
 *
 * Output shape (README "Command line"): the ScreeningResult of rules/, plus `notUsed`, a list of sentences naming
 * each answer in the input that was not used because its question would not have been shown (hidden means absent,
 * questions.md), the same sentences the start page shows. Empty when every answer was used. And `listsCompleted`:
 * a sentence for each "ever used" list the reader completed from the file's "using now" ticks (listTickedRows).
 */
import { evaluate } from '@/rules';
import type { ScreeningResult } from '@/rules';
import { listCompletedSentence, notUsedSentence } from '@/lib/import';
import type { ImportResult } from '@/lib/import';
import { problemLines } from '@/lib/import/problemLines';
import { readCliBytes, readCliText } from './parseAnswersText';

/** What the command prints for a document it read. */
export type ScreenOutput = ScreeningResult & { notUsed: string[]; listsCompleted: string[] };

export type ScreenOutcome = { ok: true; result: ScreenOutput } | { ok: false; problems: string[] };

function screen(read: ImportResult): ScreenOutcome {
  // The command line speaks English: each coded problem as the line it has always printed.
  if (!read.ok) return { ok: false, problems: problemLines(read.problems) };
  const { notUsed, listsCompleted } = read.report;
  return {
    ok: true,
    result: { ...evaluate(read.document), notUsed: notUsed.map((item) => notUsedSentence(item)), listsCompleted: listsCompleted.map((entry) => listCompletedSentence(entry)) },
  };
}

/** One document of text (a line of JSON Lines). */
export function screenText(text: string): ScreenOutcome {
  return screen(readCliText(text));
}

/** One document as bytes (a file, stdin, a line of JSON Lines). */
export function screenBytes(bytes: Uint8Array): ScreenOutcome {
  return screen(readCliBytes(bytes));
}

/** One line of `--jsonl` output: the result, or `{"error": [...problems]}` in its place so lines stay in step. */
export function jsonlLine(outcome: ScreenOutcome): string {
  return JSON.stringify(outcome.ok ? outcome.result : { error: outcome.problems });
}
