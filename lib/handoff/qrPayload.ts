/**
 * The answers document as the text of one QR code, for the hand-off to the front desk without any server:
 * `JAKS1:` + base45(deflate-raw(minified JSON, preset dictionary)).
 *
 * Why this shape: a QR code's alphanumeric mode stores 45 characters at 5.5 bits each, so base45 text costs about
 * 3% over the raw bytes; base64url would need byte mode at 8 bits a character (33% over). Raw binary in byte mode
 * would be smallest, but camera APIs (BarcodeDetector) hand back text, and binary does not survive that. The
 * prefix says what the code is and which payload format, so a reader can refuse other codes with a clear message.
 * Answers to hidden questions are dropped first (hidden means absent), as in every export.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { parseAnswersDocument, pruneHidden } from '@/lib/answers';
import type { AnswersDocument, ParseResult } from '@/lib/answers';
import { base45Decode, base45Encode } from './base45';
import { HANDOFF_DICTIONARY_V1 } from './handoffDictionary';

export const HANDOFF_PREFIX = 'JAKS1:';
const PRODUCT_MARK = /^JAKS(\d+):/;

export function encodeHandoff(doc: AnswersDocument): string {
  const json = JSON.stringify({ ...doc, answers: pruneHidden(doc.answers) });
  return HANDOFF_PREFIX + base45Encode(deflateSync(strToU8(json), { level: 9, dictionary: HANDOFF_DICTIONARY_V1 }));
}

const NOT_OURS = 'This QR code does not hold JAK Screener answers.';
const DAMAGED = 'This QR code could not be read completely. Try again, or load the answers from a file.';

/** The answers document in a scanned code, validated by the same schema as every other import. */
export function decodeHandoff(text: string): ParseResult<AnswersDocument> {
  const mark = PRODUCT_MARK.exec(text.trim());
  if (!mark) return { ok: false, problems: [NOT_OURS] };
  if (mark[0] !== HANDOFF_PREFIX) {
    return { ok: false, problems: [`This QR code was made by a newer version of the JAK Screener (format ${mark[1]}). This version reads format 1.`] };
  }
  let json: unknown;
  try {
    const bytes = inflateSync(base45Decode(text.trim().slice(HANDOFF_PREFIX.length)), { dictionary: HANDOFF_DICTIONARY_V1 });
    json = JSON.parse(strFromU8(bytes));
  } catch {
    return { ok: false, problems: [DAMAGED] };
  }
  return parseAnswersDocument(json);
}
