/**
 * The answers document as the text of one QR code, for the hand-off to the front desk without any server:
 * `JAKS2:` + base45(deflate-raw(minified JSON, preset dictionary) + CRC-32 of those deflated bytes, 4 bytes big-endian).
 *
 * Why this shape: a QR code's alphanumeric mode stores 45 characters at 5.5 bits each, so base45 text costs about
 * 3% over the raw bytes; base64url would need byte mode at 8 bits a character (33% over). Raw binary in byte mode
 * would be smallest, but camera APIs (BarcodeDetector) hand back text, and binary does not survive that. The
 * prefix says what the code is and which payload format, so a reader can refuse other codes with a clear message.
 * Answers to hidden questions are dropped first (hidden means absent), as in every export.
 *
 * Why the checksum (format 2): without it, about 1 in 470 one-character changes to a code decoded to other valid
 * answers (an itch score 6 read as 1). One base45 character changes at most the 16 bits of its group, and CRC-32
 * detects every error burst of up to 32 bits, so every one-character change is refused. Format 1 codes (no
 * checksum) are refused too: the code is made on the spot on the review page, so showing it again makes a new one.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import CRC32 from 'crc-32';
import type { AnswersDocument, ParseResult } from '@/lib/answers';
import { pruneHidden } from '@/lib/answers';
import { readAnswersText } from '@/lib/import';
import type { ImportResult } from '@/lib/import';
import { base45Decode, base45Encode } from './base45';
import { HANDOFF_DICTIONARY_V1 } from './handoffDictionary';
import { problemOf } from '@/lib/i18n/problem';
import type { Problem } from '@/lib/i18n/problem';

export const HANDOFF_PREFIX = 'JAKS2:';
const PRODUCT_MARK = /^JAKS(\d+):/;
const CHECKSUM_BYTES = 4;

function checksum(bytes: Uint8Array): Uint8Array {
  const crc = CRC32.buf(bytes) >>> 0;
  return Uint8Array.of(crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff);
}

export function encodeHandoff(doc: AnswersDocument): string {
  const json = JSON.stringify({ ...doc, answers: pruneHidden(doc.answers) });
  const deflated = deflateSync(strToU8(json), { level: 9, dictionary: HANDOFF_DICTIONARY_V1 });
  const payload = new Uint8Array(deflated.length + CHECKSUM_BYTES);
  payload.set(deflated);
  payload.set(checksum(deflated), deflated.length);
  return HANDOFF_PREFIX + base45Encode(payload);
}

const NOT_OURS = problemOf('codeNotOurs');
const DAMAGED = problemOf('codeDamaged');
const OLDER = problemOf('codeOlder');

/** The JSON text inside a code, or why there is none. */
function payloadText(text: string): { ok: true; json: string } | { ok: false; problems: Problem[] } {
  const trimmed = text.trim();
  const mark = PRODUCT_MARK.exec(trimmed);
  if (!mark) return { ok: false, problems: [NOT_OURS] };
  if (Number(mark[1]) < 2) return { ok: false, problems: [OLDER] };
  if (mark[0] !== HANDOFF_PREFIX) {
    return { ok: false, problems: [problemOf('codeNewer', { format: mark[1] })] };
  }
  try {
    const bytes = base45Decode(trimmed.slice(HANDOFF_PREFIX.length));
    if (bytes.length <= CHECKSUM_BYTES) return { ok: false, problems: [DAMAGED] };
    const deflated = bytes.subarray(0, bytes.length - CHECKSUM_BYTES);
    const expected = checksum(deflated);
    if (expected.some((b, i) => b !== bytes[deflated.length + i])) return { ok: false, problems: [DAMAGED] };
    return { ok: true, json: strFromU8(inflateSync(deflated, { dictionary: HANDOFF_DICTIONARY_V1 })) };
  } catch {
    return { ok: false, problems: [DAMAGED] };
  }
}

/** A scanned code through the shared reader (lib/import), like every other import. */
export function readHandoff(text: string): ImportResult {
  const payload = payloadText(text);
  return payload.ok ? readAnswersText(payload.json) : payload;
}

/** The answers document in a scanned code, answers to hidden questions dropped; or why it cannot be read. */
export function decodeHandoff(text: string): ParseResult<AnswersDocument> {
  const result = readHandoff(text);
  return result.ok ? { ok: true, value: result.document } : result;
}
