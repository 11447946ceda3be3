/**
 * @jest-environment node
 */
import jsQR from 'jsqr';
import { QUESTIONS } from '@/lib/questionnaire';
import type { AnswersDocument } from '@/lib/answers';
import { encodeHandoff, handoffQrCode, decodeHandoff } from '@/lib/handoff';
import { MODULE_PX, PHONE_READABLE_VERSION } from '@/components/handoff/ShowHandoffCode';
import { qrPixels } from '@/__tests__/support/qrPixels';
import { vignette } from '../../support/vignettes';

/** Text that deflate cannot shrink (a fixed pseudo-random sequence), so the code is as long as it can get. */
function incompressible(length: number, seed: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-';
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

function longestDocument(): AnswersDocument {
  const base = vignette('low-risk-adult').input;
  const answers: Record<string, unknown> = { ...base.answers };
  QUESTIONS.forEach((question, index) => {
    if (question.type === 'text' && question.maxLength) answers[question.id] = incompressible(question.maxLength, index + 1);
  });
  return { ...base, answers } as AnswersDocument;
}

test('the longest answer set either makes a code that a screenshot of the screen reads back, or the app says it is too long', () => {
  const document = longestDocument();
  const text = encodeHandoff(document);
  const result = handoffQrCode(text);
  if (!result.ok) {
    expect(result.problem).toMatch(/too long for one QR code.*Download the file for your clinic/);
    return;
  }
  // Version 28 here (1,500 characters of free text that does not compress): 153 modules, still read back.
  // A screenshot of the app's own screen: the code is drawn MODULE_PX CSS pixels a module.
  const { data, width, height } = qrPixels(result.code, MODULE_PX);
  const scanned = jsQR(data, width, height);
  expect(scanned?.data).toBe(text);
  expect(decodeHandoff(scanned!.data)).toMatchObject({ ok: true });
  // Past what a phone camera reads, the screen says so (ShowHandoffCode's "dense" notice).
  expect(result.code.version).toBeGreaterThan(PHONE_READABLE_VERSION);
}, 60_000);
