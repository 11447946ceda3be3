/**
 * Turns the input of `npm run screen` (a whole file, stdin, or one line of JSON Lines) into a validated answers
 * document, through the same reader as the start page and the QR code (lib/import), so the command line and the
 * browser can never disagree about a file. Pure, so the command only reads and prints.
 *
 * Input that starts with a hand-off code's mark (`JAKS2:`, the text of the clinic QR code) is read by the QR
 * code's own reader (lib/handoff), which ends in the same shared reader; every other input is JSON.
 */
import type { AnswersDocument, ParseResult } from '@/lib/answers';
import { readHandoff } from '@/lib/handoff/qrPayload';
import { readAnswersBytes, readAnswersText } from '@/lib/import';
import type { ImportResult } from '@/lib/import';

function asParseResult(result: ImportResult): ParseResult<AnswersDocument> {
  return result.ok ? { ok: true, value: result.document } : result;
}

/** A hand-off code's mark at the start, after a byte-order mark or white space: `JAKS` and a format number. */
const HANDOFF_MARK = /^\uFEFF?\s*JAKS\d+:/;

/** Text already decoded (a line of JSON Lines), with the whole report (answers not used, date notes). */
export function readCliText(text: string): ImportResult {
  return HANDOFF_MARK.test(text.slice(0, 64)) ? readHandoff(text) : readAnswersText(text);
}

/** A file's, a line's or stdin's bytes: UTF-8 with or without a byte-order mark; other encodings refused by name. */
export function readCliBytes(bytes: Uint8Array): ImportResult {
  // The mark is plain ASCII, so the first bytes can be looked at before the shared reader checks the encoding.
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 64));
  if (!HANDOFF_MARK.test(start)) return readAnswersBytes(bytes);
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return readHandoff(decoded.replace(/^\uFEFF/, ''));
}

/** Text already decoded (a line of JSON Lines). */
export function parseAnswersText(text: string): ParseResult<AnswersDocument> {
  return asParseResult(readCliText(text));
}
