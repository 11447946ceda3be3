/**
 * Clinic tablet mode, a setting of the device (not of a patient): on or off, how long the tablet may sit
 * unused before it clears itself, and who usually holds it. It is the one thing this app keeps in
 * localStorage on a clinic tablet, under its own key, and it never holds an answer or a name
 * (docs/SECURITY.md, "Where the data lives").
 */
import { z } from 'zod/mini';
import { staffLockSchema } from './staffCode';
import { LOCALES } from '@/lib/i18n/locales';
import type { StaffLock } from './staffCode';

import { CLINIC_SETTING_KEY, storageOf } from '@/lib/storage/keptHere';
import { needsStaffCode } from './needsStaffCode';

export { CLINIC_SETTING_KEY };
/** 2 added the staff code's lock; a version-1 setting (no code yet) is still read, as on with `lock: null`. */
const CLINIC_SETTING_VERSION = 2;

/** WCAG 2.2.1 asks for at least 20 s to respond to a time-out warning; 30 s leaves room to find the tablet. */
export const IDLE_WARNING_SECONDS = 30;
/** One minute at least, so the warning never shows before the person has had time to read a question. */
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 60;
export const DEFAULT_IDLE_MINUTES = 3;

/** Who usually holds the tablet: the intro form starts with this choice selected, and the person can change it. */
export const USUAL_RESPONDENTS = ['patient', 'staff'] as const;
export type UsualRespondent = (typeof USUAL_RESPONDENTS)[number];

/** The idle-minutes box's messages, in the page's language (the component passes the catalogue's `staff.form`). */
export interface IdleMinutesWords {
  enterMinutes: string;
  wholeMinutes: string;
  atLeast: string;
  atMost: string;
}

const ENGLISH_IDLE_MINUTES_WORDS: IdleMinutesWords = {
  enterMinutes: 'Enter the number of minutes',
  wholeMinutes: 'Enter a whole number of minutes',
  atLeast: `Use at least ${MIN_IDLE_MINUTES} minute`,
  atMost: `Use at most ${MAX_IDLE_MINUTES} minutes`,
};

/** The idle minutes as typed on /clinic: a whole number from MIN_IDLE_MINUTES to MAX_IDLE_MINUTES. */
export function makeIdleMinutesSchema(words: IdleMinutesWords = ENGLISH_IDLE_MINUTES_WORDS) {
  return z.coerce.number({ error: words.enterMinutes }).check(
    z.int({ error: words.wholeMinutes }),
    z.minimum(MIN_IDLE_MINUTES, { error: words.atLeast }),
    z.maximum(MAX_IDLE_MINUTES, { error: words.atMost }),
  );
}

/** The idle minutes with English messages. */
export const idleMinutesSchema = makeIdleMinutesSchema();

const settingFields = {
  enabled: z.boolean(),
  idleMinutes: z.number().check(z.int(), z.minimum(MIN_IDLE_MINUTES), z.maximum(MAX_IDLE_MINUTES)),
  usualRespondent: z.enum(USUAL_RESPONDENTS),
  /**
   * The language the summary's clinician part starts in on this tablet (issue 14, item 4); English when absent.
   * Optional, so a setting saved before it existed is still read as it was (no version change).
   */
  clinicianLocale: z.optional(z.enum(LOCALES)),
};

/** Version 1, before the staff code: read as clinic mode with no code yet, so staff are asked to set one. */
const storedSettingV1Schema = z.strictObject({ schemaVersion: z.literal(1), ...settingFields });

/** `lock: null` only while a tablet set up before the staff code existed waits for staff to set one. */
const storedSettingSchema = z.strictObject({ schemaVersion: z.literal(CLINIC_SETTING_VERSION), ...settingFields, lock: z.nullable(staffLockSchema) });

export type ClinicSetting = Omit<z.infer<typeof storedSettingSchema>, 'schemaVersion'>;
export type { StaffLock };

export const CLINIC_MODE_OFF: ClinicSetting = { enabled: false, idleMinutes: DEFAULT_IDLE_MINUTES, usualRespondent: 'patient', lock: null };

/**
 * Reads a stored setting: the current version, or version 1 (no staff code) as on with `lock: null`.
 * Anything missing, damaged or from an unknown version means off: never a crash.
 */
export function parseClinicSetting(text: string | null): ClinicSetting {
  if (text === null) return CLINIC_MODE_OFF;
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return CLINIC_MODE_OFF;
  }
  const result = storedSettingSchema.safeParse(stored);
  if (result.success) {
    const { enabled, idleMinutes, usualRespondent, lock, clinicianLocale } = result.data;
    return { enabled, idleMinutes, usualRespondent, lock, ...(clinicianLocale ? { clinicianLocale } : {}) };
  }
  const old = storedSettingV1Schema.safeParse(stored);
  if (old.success) {
    const { enabled, idleMinutes, usualRespondent } = old.data;
    return { enabled, idleMinutes, usualRespondent, lock: null };
  }
  return CLINIC_MODE_OFF;
}

export { needsStaffCode };

const deviceStorage = () => storageOf('localStorage');

export function loadClinicSetting(): ClinicSetting {
  try {
    return parseClinicSetting(deviceStorage()?.getItem(CLINIC_SETTING_KEY) ?? null);
  } catch {
    return CLINIC_MODE_OFF;
  }
}

/** On: the setting is kept for the device (with the code's hash, never the code). Off is the default, so switching off removes the key. */
export function saveClinicSetting(setting: ClinicSetting): void {
  try {
    const storage = deviceStorage();
    if (!setting.enabled) storage?.removeItem(CLINIC_SETTING_KEY);
    else storage?.setItem(CLINIC_SETTING_KEY, JSON.stringify({ schemaVersion: CLINIC_SETTING_VERSION, ...setting }));
  } catch {
    // Storage turned off: clinic mode still works for this page, it is just not remembered.
  }
}
