/**
 * The clinic tablet's staff code: a lock that keeps a patient from turning clinic mode off, changing its
 * settings or saving answers to the tablet's files. Only a salted PBKDF2 hash of the code is kept (Web Crypto,
 * `crypto.subtle`, HMAC-SHA-256), never the code. It is a lock on a setting, not encryption of any data: a
 * person with the browser's developer tools can remove the setting itself (docs/decisions/0012).
 */
import { z } from 'zod/mini';

/**
 * OWASP Password Storage Cheat Sheet (2023): 600,000 iterations for PBKDF2-HMAC-SHA256. Checking a code
 * takes a fraction of a second on a tablet, which is also what slows down guessing.
 */
export const STAFF_CODE_ITERATIONS = 600_000;
/** A random 16-byte salt (NIST SP 800-132 asks for at least 128 bits). */
const SALT_BYTES = 16;
/** 256 bits: the output size of SHA-256. */
const HASH_BITS = 256;
/** Lower and upper bound of a stored iteration count: a tampered setting cannot make a check free or endless. */
const MIN_ITERATIONS = 1_000;
const MAX_ITERATIONS = 10_000_000;

export const MIN_STAFF_CODE_LENGTH = 6;
export const MAX_STAFF_CODE_LENGTH = 64;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** What the clinic setting keeps of the staff code: salt and hash in base64, and the iteration count. */
export const staffLockSchema = z.strictObject({
  algorithm: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().check(z.int(), z.minimum(MIN_ITERATIONS), z.maximum(MAX_ITERATIONS)),
  salt: z.string().check(z.regex(BASE64), z.length(24)),
  hash: z.string().check(z.regex(BASE64), z.length(44)),
});

export type StaffLock = z.infer<typeof staffLockSchema>;

/** A new staff code's messages, in the page's language (the component passes the catalogue's `staff.form`). */
export interface NewStaffCodeWords {
  tooShort: string;
  tooLong: string;
  differ: string;
}

const ENGLISH_NEW_CODE_WORDS: NewStaffCodeWords = {
  tooShort: `Use at least ${MIN_STAFF_CODE_LENGTH} characters`,
  tooLong: `Use at most ${MAX_STAFF_CODE_LENGTH} characters`,
  differ: 'The two codes are not the same',
};

/** A new code as staff type it, twice: the messages name what is wrong. */
export function makeNewStaffCodeSchema(words: NewStaffCodeWords = ENGLISH_NEW_CODE_WORDS) {
  return z
    .object({
      code: z.string().check(z.minLength(MIN_STAFF_CODE_LENGTH, { error: words.tooShort }), z.maxLength(MAX_STAFF_CODE_LENGTH, { error: words.tooLong })),
      repeat: z.string(),
    })
    .check(z.refine((values) => values.code === values.repeat, { error: words.differ, path: ['repeat'] }));
}

/** A new code with English messages. */
export const newStaffCodeSchema = makeNewStaffCodeSchema();

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function derive(code: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const subtle = globalThis.crypto.subtle;
  // NFC: the same code typed on another keyboard (composed or decomposed accents) gives the same bytes.
  const key = await subtle.importKey('raw', new TextEncoder().encode(code.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS));
}

/**
 * The lock to keep for a new staff code: a fresh random salt, PBKDF2-HMAC-SHA-256 over the code.
 * `iterations` is for tests only; the app always uses STAFF_CODE_ITERATIONS. Rejects where Web Crypto is
 * missing (an insecure context): the caller says the code could not be set.
 */
export async function lockWithStaffCode(code: string, iterations: number = STAFF_CODE_ITERATIONS): Promise<StaffLock> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(code, salt, iterations);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/**
 * Whether `code` opens `lock`: the same derivation with the stored salt and iteration count, compared over
 * every byte (no early exit). Never throws: a damaged lock or missing Web Crypto is simply "no".
 */
export async function staffCodeOpens(code: string, lock: StaffLock): Promise<boolean> {
  try {
    const expected = fromBase64(lock.hash);
    const actual = await derive(code, fromBase64(lock.salt), lock.iterations);
    if (actual.length !== expected.length) return false;
    let difference = 0;
    for (let i = 0; i < actual.length; i++) difference |= actual[i] ^ expected[i];
    return difference === 0;
  } catch {
    return false;
  }
}
