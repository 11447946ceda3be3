/**
 * @jest-environment node
 */
import jsQR from 'jsqr';
import { pruneHidden } from '@/lib/answers';
import { asImported } from '@/__tests__/support/asImported';
import type { AnswersDocument } from '@/lib/answers';
import { decodeHandoff, encodeHandoff, handoffQrCode, QUIET_ZONE } from '@/lib/handoff';
import { qrPixels } from '@/__tests__/support/qrPixels';
import type { HandoffQrCode } from '@/lib/handoff';
import { fhirDocumentArbitrary } from '../../support/fhirArbitraries';
import { VIGNETTES, vignette } from '../../support/vignettes';
import fc from 'fast-check';
import { inEnglish } from '@/__tests__/support/inEnglish';

const DAMAGED = 'This QR code could not be read completely: part of it is damaged or was read wrong. Try again with a sharper photo, or load the answers from a file.';
const MADE_EARLIER = 'JAKS2:MM42WNUH1V/UI$D5H80Z06K5BNJJLPG3P/OE/JB4%HQ08OE5N-5Y8ED%S4K78X59YU4 D6409W2M2';

const pruned = (doc: AnswersDocument): AnswersDocument => ({ ...doc, answers: pruneHidden(doc.answers) });

function qrCodeOf(text: string): HandoffQrCode {
  const result = handoffQrCode(text);
  if (!result.ok) throw new Error(result.problem);
  return result.code;
}

describe.each(VIGNETTES)('vignette $name', ({ input }) => {
  const text = encodeHandoff(input);

  test('encode → decode returns the same (pruned) document', () => {
    expect(inEnglish(decodeHandoff(text))).toEqual({ ok: true, value: pruned(input) });
  });

  test('the QR code, drawn as pixels and read back by a QR decoder (jsQR), gives the same document', () => {
    const { data, width, height } = qrPixels(qrCodeOf(text));
    const scanned = jsQR(data, width, height);
    expect(scanned?.data).toBe(text);
    expect(decodeHandoff(scanned!.data)).toEqual({ ok: true, value: pruned(input) });
  });
});

test('the longest public vignette fits one small QR code at level M', () => {
  const sizes = VIGNETTES.map(({ name, input }) => ({ name, text: encodeHandoff(input), json: JSON.stringify(input).length }));
  const longest = sizes.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const code = qrCodeOf(longest.text);
  expect(longest.name).toBe('cream-rash-only');
  // Questionnaire v2: 1102 bytes of JSON → 287 characters (with the CRC-32). The frozen format-1 dictionary lacks the v2 ids
  // (treatmentOutcomes, chickenpoxImmune, …), so the code grew from version 6; a dictionary with the v2 ids would shrink it.
  expect(longest.json).toBe(1102);
  expect(longest.text.length).toBe(287);
  expect(code.version).toBe(10);
  expect(code.version).toBeLessThanOrEqual(40);
});

test('the text is QR alphanumeric only, behind the JAKS2: prefix', () => {
  for (const { input } of VIGNETTES) expect(encodeHandoff(input)).toMatch(/^JAKS2:[0-9A-Z $%*+\-./:]+$/);
});

test('the SVG is scalable and square, with the quiet zone', () => {
  const code = qrCodeOf(encodeHandoff(VIGNETTES[0].input));
  const side = code.moduleCount + 2 * QUIET_ZONE;
  expect(code.svg).toMatch(new RegExp(`viewBox="0 0 ${side} ${side}"`));
});

test('a code made by this version still reads: the frozen dictionary has not changed', () => {
  // Made by version 1 of the app from the v1 teen vignette: it reads under v2 (migrated), the v2 questions unanswered.
  const teen = vignette('teen-mild-topicals').input;
  // Made by format 2 from the version-1 teen (before contract v2): read under v2 through the one migration.
  const v1Answers = Object.fromEntries(
    Object.entries(teen.answers).filter(([id]) => !['treatmentOutcomes', 'topicalWeeks', 'chickenpoxImmune', 'fungalAreas'].includes(id)),
  );
  expect(decodeHandoff(MADE_EARLIER)).toEqual({ ok: true, value: pruned({ ...teen, answers: v1Answers }) });
});

test('a format 1 code (no checksum) is refused with what to do', () => {
  const formatOne = 'JAKS1:MM42WNUH1V/UI$D5H80Z06K5BNJJLPG3P/OE/JB4%HQ08OE5N-5Y8ED%S4K78X59YU4 D00';
  expect(inEnglish(decodeHandoff(formatOne))).toEqual({
    ok: false,
    problems: ['This QR code was made by an older version of the JAK Screener. Show the code again on the review page (it is made new each time) and read that one, or load the answers from a file.'],
  });
});

const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

test('every one-character change to the code of every public vignette is refused', () => {
  let changes = 0;
  for (const { input } of VIGNETTES) {
    const text = encodeHandoff(input);
    for (let i = 0; i < text.length; i++) {
      for (const c of BASE45) {
        if (c === text[i]) continue;
        const changed = text.slice(0, i) + c + text.slice(i + 1);
        // A change that only moves the text outside (leading or trailing space) reads the same code: not a change.
        if (changed.trim() === text) continue;
        changes++;
        const result = decodeHandoff(changed);
        if (result.ok) throw new Error(`accepted a changed code at ${i}: ${changed}`);
      }
    }
  }
  expect(changes).toBeGreaterThan(50_000);
}, 120_000);

test('random documents, names and non-Latin text included, come back the same', () => {
  fc.assert(
    // Documents as the app holds them: every "using now" tick's treatment listed (asImported).
    fc.property(fhirDocumentArbitrary.map(asImported), (doc) => {
      expect(decodeHandoff(encodeHandoff(doc))).toEqual({ ok: true, value: pruned(doc) });
    }),
    { numRuns: 200 },
  );
});

test.each([
  ['a web address', 'https://example.com/', 'This QR code does not hold JAK Screener answers.'],
  ['a newer format', 'JAKS3:ABC', 'This QR code was made by a newer version of the JAK Screener (format 3). This version reads format 2.'],
  ['a damaged code', 'JAKS2:MM42WNUH1V', DAMAGED],
  ['text outside base45', 'JAKS2:hello', DAMAGED],
])('%s is refused with a plain message', (_what, text, problem) => {
  expect(inEnglish(decodeHandoff(text))).toEqual({ ok: false, problems: [problem] });
});

test('a code whose document breaks the answers schema is refused by that schema', () => {
  const bad = { ...VIGNETTES[0].input, answers: { ...VIGNETTES[0].input.answers, age: 300 } } as AnswersDocument;
  expect(inEnglish(decodeHandoff(encodeHandoff(bad)))).toEqual({ ok: false, problems: ['answers.age (Age (years)): must be a whole number from 0 to 120'] });
});

test('answers too long for one QR code get a message, not an exception', () => {
  // Text that hardly compresses (both free-text answers at full length, in Chinese) passes version 40.
  const hanzi = (length: number, seed: number) =>
    Array.from({ length }, (_, i) => String.fromCodePoint(0x4e00 + (((i + seed) * 7919) % 20000))).join('');
  const answers = { age: 30, severity: 'mild' as const, questionsForDoctor: hanzi(1000, 0), medicinesOther: hanzi(500, 5000) };
  const result = handoffQrCode(encodeHandoff({ schemaVersion: 2, respondent: 'patient', answers }));
  expect(result).toEqual({ ok: false, problem: 'These answers are too long for one QR code. Download the file for your clinic instead.' });
});
