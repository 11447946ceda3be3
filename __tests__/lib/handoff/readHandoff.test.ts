/**
 * @jest-environment node
 */
import { deflateSync, strToU8 } from 'fflate';
import CRC32 from 'crc-32';
import type { AnswersDocument } from '@/lib/answers';
import { encodeHandoff, HANDOFF_PREFIX, handoffQrCode } from '@/lib/handoff';
import { base45Encode } from '@/lib/handoff/base45';
import { HANDOFF_DICTIONARY_V1 } from '@/lib/handoff/handoffDictionary';
import { NO_CODE_FOUND, readHandoffPixels, readHandoffText } from '@/lib/handoff/readHandoff';
import { qrPixels } from '@/__tests__/support/qrPixels';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';
import { inEnglish } from '@/__tests__/support/inEnglish';

function pixelsOf(text: string, scale?: number) {
  const result = handoffQrCode(text);
  if (!result.ok) throw new Error(result.problem);
  return qrPixels(result.code, scale);
}

test('the pixels of a hand-off code read back as its answers document', () => {
  expect(readHandoffPixels(pixelsOf(encodeHandoff(LOW_RISK_ADULT)))).toMatchObject({ ok: true, document: LOW_RISK_ADULT });
});

test('a small picture of the code (2 pixels a module) still reads', () => {
  expect(readHandoffPixels(pixelsOf(encodeHandoff(LOW_RISK_ADULT), 2))).toMatchObject({ ok: true, document: LOW_RISK_ADULT });
});

test('a picture without a code says so', () => {
  const blank = { data: new Uint8ClampedArray(100 * 100 * 4).fill(255), width: 100, height: 100 };
  expect(readHandoffPixels(blank)).toEqual({ ok: false, problems: [NO_CODE_FOUND] });
});

test("another QR code (a web address) is refused as not the tool's", () => {
  expect(inEnglish(readHandoffPixels(pixelsOf('HTTPS://EXAMPLE.COM/')))).toEqual({ ok: false, problems: ['This QR code does not hold JAK Screener answers.'] });
});

test('answers to hidden questions are dropped, as for an answer file', () => {
  // Another tool could write a valid code that keeps a hidden answer: no JAK inhibitor tried, yet a reaction to one.
  const withHidden = { ...LOW_RISK_ADULT, answers: { ...LOW_RISK_ADULT.answers, jakReaction: 'yes' } } as AnswersDocument;
  const deflated = deflateSync(strToU8(JSON.stringify(withHidden)), { dictionary: HANDOFF_DICTIONARY_V1 });
  const crc = CRC32.buf(deflated) >>> 0;
  const text = HANDOFF_PREFIX + base45Encode(Uint8Array.from([...deflated, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]));
  const result = readHandoffText(text);
  expect(result).toMatchObject({ ok: true, document: LOW_RISK_ADULT });
  // …and named in the "not used" list, with the reason.
  expect(result.ok && result.report.notUsed.map((n) => n.questionId)).toEqual(['jakReaction']);
});
