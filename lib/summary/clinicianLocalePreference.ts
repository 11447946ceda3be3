/**
 * Which language the summary's clinician part is shown in (issue 14, item 4): a UI preference, never part of the
 * answers document, the FHIR export or the hand-off code. On a clinic tablet it comes from the clinic setting
 * (English unless staff chose otherwise) and nothing is stored; elsewhere the choice made on the summary is kept for
 * this tab only (sessionStorage, like the tab's answers: docs/decisions/0007), so a reload keeps it.
 */
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';
import { DEFAULT_LOCALE, localeOr } from '@/lib/i18n/locales';
import type { Locale } from '@/lib/i18n/locales';
import { storageOf } from '@/lib/storage/keptHere';

export const CLINICIAN_LOCALE_KEY = 'jak-screener:clinician-locale';

const tabStorage = () => storageOf('sessionStorage');

/** The clinician part's language to start with: the clinic tablet's setting, else this tab's last choice, else English. */
export function initialClinicianLocale(clinic: ClinicSetting): Locale {
  if (clinic.enabled) return clinic.clinicianLocale ?? DEFAULT_LOCALE;
  try {
    const kept = tabStorage()?.getItem(CLINICIAN_LOCALE_KEY);
    return localeOr(kept);
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Keeps the choice for this tab; on a clinic tablet nothing is kept (the next patient starts from the setting). */
export function keepClinicianLocale(locale: Locale, clinic: ClinicSetting): void {
  if (clinic.enabled) return;
  try {
    tabStorage()?.setItem(CLINICIAN_LOCALE_KEY, locale);
  } catch {
    // Storage turned off: the choice holds for this page only.
  }
}
