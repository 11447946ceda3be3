import { CLINIC_MODE_OFF, CLINIC_SETTING_KEY, idleMinutesSchema, loadClinicSetting, parseClinicSetting, saveClinicSetting } from '@/lib/clinic/clinicSetting';

beforeEach(() => window.localStorage.clear());

const ON = { enabled: true, idleMinutes: 5, usualRespondent: 'staff' } as const;

test('a saved setting reads back as it was', () => {
  saveClinicSetting(ON);
  expect(loadClinicSetting()).toEqual(ON);
  expect(Object.keys(window.localStorage)).toEqual([CLINIC_SETTING_KEY]);
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
  ['another version', JSON.stringify({ schemaVersion: 2, enabled: true, idleMinutes: 3, usualRespondent: 'patient' })],
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
