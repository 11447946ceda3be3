import { CLINIC_MODE_OFF, CLINIC_SETTING_KEY, idleMinutesSchema, loadClinicSetting, needsStaffCode, parseClinicSetting, saveClinicSetting } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';

beforeEach(() => window.localStorage.clear());

const LOCK = { algorithm: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'AAECAwQFBgcICQoLDA0ODw==', hash: 'q'.repeat(43) + '=' } as const;
const ON: ClinicSetting = { enabled: true, idleMinutes: 5, usualRespondent: 'staff', lock: LOCK };
const V1 = { schemaVersion: 1, enabled: true, idleMinutes: 3, usualRespondent: 'patient' };

test('a saved setting reads back as it was', () => {
  saveClinicSetting(ON);
  expect(loadClinicSetting()).toEqual(ON);
  expect(Object.keys(window.localStorage)).toEqual([CLINIC_SETTING_KEY]);
});

test('the stored setting holds the lock (salt, hash, iterations) and nothing else', () => {
  saveClinicSetting(ON);
  const stored = JSON.parse(window.localStorage.getItem(CLINIC_SETTING_KEY)!);
  expect(Object.keys(stored).sort()).toEqual(['enabled', 'idleMinutes', 'lock', 'schemaVersion', 'usualRespondent']);
  expect(Object.keys(stored.lock).sort()).toEqual(['algorithm', 'hash', 'iterations', 'salt']);
});

test('a version-1 setting (before the staff code) is read as clinic mode on with no code yet, never as off', () => {
  const setting = parseClinicSetting(JSON.stringify(V1));
  expect(setting).toEqual({ enabled: true, idleMinutes: 3, usualRespondent: 'patient', lock: null });
  expect(needsStaffCode(setting)).toBe(true);
  expect(needsStaffCode(ON)).toBe(false);
  expect(needsStaffCode(CLINIC_MODE_OFF)).toBe(false);
});

test('switching off removes the key: off is the default', () => {
  saveClinicSetting(ON);
  saveClinicSetting({ ...ON, enabled: false });
  expect(window.localStorage).toHaveLength(0);
  expect(loadClinicSetting()).toEqual(CLINIC_MODE_OFF);
});

test.each([
  ['nothing stored', null],
  ['not JSON', '{"enabled": tru'],
  ['not an object', '"on"'],
  ['an unknown version', JSON.stringify({ ...V1, schemaVersion: 3 })],
  ['version 2 without its lock', JSON.stringify({ ...V1, schemaVersion: 2 })],
  ['version 1 with a lock', JSON.stringify({ ...V1, lock: LOCK })],
  ['a lock holding the code instead of a hash', JSON.stringify({ ...V1, schemaVersion: 2, lock: { ...LOCK, code: '123456' } })],
  ['a lock with a short salt', JSON.stringify({ ...V1, schemaVersion: 2, lock: { ...LOCK, salt: 'AAEC' } })],
  ['a lock with a free iteration count', JSON.stringify({ ...V1, schemaVersion: 2, lock: { ...LOCK, iterations: 1 } })],
  ['an idle time below the minimum', JSON.stringify({ schemaVersion: 1, enabled: true, idleMinutes: 0, usualRespondent: 'patient' })],
  ['an idle time that is not a whole number', JSON.stringify({ schemaVersion: 1, enabled: true, idleMinutes: 2.5, usualRespondent: 'patient' })],
  ['an unknown respondent', JSON.stringify({ schemaVersion: 1, enabled: true, idleMinutes: 3, usualRespondent: 'caregiver' })],
  ['an extra key that could hold an answer', JSON.stringify({ schemaVersion: 1, enabled: true, idleMinutes: 3, usualRespondent: 'patient', name: 'Ann' })],
  ['a __proto__ key', '{"schemaVersion":1,"enabled":true,"idleMinutes":3,"usualRespondent":"patient","__proto__":{"enabled":true}}'],
])('%s: clinic mode is off, nothing throws', (_situation, text) => {
  expect(parseClinicSetting(text)).toEqual(CLINIC_MODE_OFF);
});

test('a corrupt stored setting falls back to off when loaded', () => {
  window.localStorage.setItem(CLINIC_SETTING_KEY, '{{{');
  expect(loadClinicSetting()).toEqual(CLINIC_MODE_OFF);
});

test('storage that throws leaves clinic mode off and saving quietly does nothing', () => {
  jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new Error('SecurityError');
  });
  jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new Error('QuotaExceededError');
  });
  expect(loadClinicSetting()).toEqual(CLINIC_MODE_OFF);
  expect(() => saveClinicSetting(ON)).not.toThrow();
});

test.each([
  ['3', 3],
  [' 10 ', 10],
  ['1', 1],
  ['60', 60],
])('idle minutes "%s" is accepted as %d', (typed, minutes) => {
  expect(idleMinutesSchema.parse(typed)).toBe(minutes);
});

test.each([
  ['0', 'Use at least 1 minute'],
  ['61', 'Use at most 60 minutes'],
  ['2.5', 'Enter a whole number of minutes'],
  ['soon', 'Enter the number of minutes'],
])('idle minutes "%s" is refused: %s', (typed, message) => {
  const result = idleMinutesSchema.safeParse(typed);
  expect(result.success).toBe(false);
  expect(result.error?.issues[0].message).toBe(message);
});

test('the clinician part\'s language is an optional part of the setting: kept when set, absent when not (no version change)', () => {
  saveClinicSetting({ ...ON, clinicianLocale: 'es' });
  expect(loadClinicSetting()).toEqual({ ...ON, clinicianLocale: 'es' });
  expect(JSON.parse(window.localStorage.getItem(CLINIC_SETTING_KEY)!).schemaVersion).toBe(2);
  saveClinicSetting(ON);
  expect(loadClinicSetting()).toEqual(ON);
  expect(loadClinicSetting()).not.toHaveProperty('clinicianLocale');
  const unknown = JSON.stringify({ schemaVersion: 2, ...ON, clinicianLocale: 'fr' });
  expect(parseClinicSetting(unknown)).toEqual(CLINIC_MODE_OFF);
});
