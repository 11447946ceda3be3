import { lockWithStaffCode, newStaffCodeSchema, STAFF_CODE_ITERATIONS, staffCodeOpens, staffLockSchema } from '@/lib/clinic/staffCode';

// The app's real count where the test checks it; a small count where only the comparison is tested (Jest is slow enough).
const FAST = 1_000;

test('a new lock keeps a random 16-byte salt, a 32-byte PBKDF2 hash and the iteration count, never the code', async () => {
  const lock = await lockWithStaffCode('tablet-42');
  expect(staffLockSchema.safeParse(lock).success).toBe(true);
  expect(lock.iterations).toBe(STAFF_CODE_ITERATIONS);
  expect(STAFF_CODE_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  expect(atob(lock.salt)).toHaveLength(16);
  expect(atob(lock.hash)).toHaveLength(32);
  expect(JSON.stringify(lock)).not.toContain('tablet-42');
  expect(await staffCodeOpens('tablet-42', lock)).toBe(true);
});

test('the same code twice gives different salts and hashes', async () => {
  const [a, b] = await Promise.all([lockWithStaffCode('tablet-42', FAST), lockWithStaffCode('tablet-42', FAST)]);
  expect(a.salt).not.toBe(b.salt);
  expect(a.hash).not.toBe(b.hash);
});

test.each([
  ['another code', 'tablet-43'],
  ['the code in other case', 'TABLET-42'],
  ['the code with a space', 'tablet-42 '],
  ['nothing', ''],
])('%s does not open the lock', async (_what, typed) => {
  const lock = await lockWithStaffCode('tablet-42', FAST);
  expect(await staffCodeOpens(typed, lock)).toBe(false);
});

test('the same accented code typed composed or decomposed opens the lock', async () => {
  const lock = await lockWithStaffCode('caf\u00e9-2026', FAST);
  expect(await staffCodeOpens('cafe\u0301-2026', lock)).toBe(true);
});

test('a damaged lock is a "no", never a throw', async () => {
  const lock = await lockWithStaffCode('tablet-42', FAST);
  expect(await staffCodeOpens('tablet-42', { ...lock, hash: '!!!' })).toBe(false);
  expect(await staffCodeOpens('tablet-42', { ...lock, hash: btoa('short') })).toBe(false);
});

test.each([
  [{ code: '12345', repeat: '12345' }, 'code', 'Use at least 6 characters'],
  [{ code: 'x'.repeat(65), repeat: 'x'.repeat(65) }, 'code', 'Use at most 64 characters'],
  [{ code: '123456', repeat: '123465' }, 'repeat', 'The two codes are not the same'],
])('a new code %j is refused at %s: %s', (values, path, message) => {
  const result = newStaffCodeSchema.safeParse(values);
  expect(result.success).toBe(false);
  expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([path, message]);
});

test('a new code typed twice the same is accepted', () => {
  expect(newStaffCodeSchema.safeParse({ code: 'tablet-42', repeat: 'tablet-42' }).success).toBe(true);
});
