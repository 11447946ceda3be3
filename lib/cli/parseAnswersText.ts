/**
 * Turns the input of `npm run screen` (a whole file, stdin, or one line of JSON Lines) into a validated answers
 * document, through the same reader as the start page and the QR code (lib/import), so the command line and the
 * browser can never disagree about a file. Pure, so the command only reads and prints.
 */
import type { AnswersDocument, ParseResult } from '@/lib/answers';
import { readAnswersBytes, readAnswersText } from '@/lib/import';
import type { ImportResult } from '@/lib/import';

function asParseResult(result: ImportResult): ParseResult<AnswersDocument> {
  return result.ok ? { ok: true, value: result.document } : result;
}

/** Text already decoded (a line of JSON Lines). */
export function parseAnswersText(text: string): ParseResult<AnswersDocument> {
  return asParseResult(readAnswersText(text));
}

/** A file's or stdin's bytes: UTF-8 with or without a byte-order mark; other encodings refused by name. */
export function parseAnswersBytes(bytes: Uint8Array): ParseResult<AnswersDocument> {
  return asParseResult(readAnswersBytes(bytes));
}
