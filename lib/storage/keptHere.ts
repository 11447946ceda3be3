/**
 * Whether this browser keeps anything of ours that the questionnaire machine must read: answers (on the device or
 * for this tab) or a clinic tablet setting. Only the keys' presence, with no parsing or validation: the start page
 * asks this before it loads the machine, zod and the answers schema (issue 15, docs/decisions/0015), and the
 * machine reads and validates what is there once loaded. Storage that is off or throws counts as keeping nothing.
 */

/** The answers' key, in localStorage (kept on the device) or sessionStorage (kept for this tab). */
export const SAVED_ANSWERS_KEY = 'jak-screener:saved-answers';
/** The clinic tablet setting's key, in localStorage. */
export const CLINIC_SETTING_KEY = 'jak-screener:clinic-mode';

/** The keys whose change in another tab must wake the machine on a page that has not loaded it. */
export const MACHINE_KEYS: readonly string[] = [SAVED_ANSWERS_KEY, CLINIC_SETTING_KEY];

/**
 * The browser's storage of that kind, or null on the server and where storage is off or throws on access
 * (private browsing, storage turned off): every reader and writer of ours goes through this.
 */
export function storageOf(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window[kind];
  } catch {
    return null;
  }
}

function has(kind: 'localStorage' | 'sessionStorage', key: string): boolean {
  try {
    return storageOf(kind)?.getItem(key) != null;
  } catch {
    return false;
  }
}

/**
 * True when answers are kept here (device or tab) or clinic tablet mode has a setting, i.e. when the machine has
 * something to read before the start page can say what it offers.
 * @returns boolean; false on the server and when storage is unavailable
 */
export function somethingKeptHere(): boolean {
  return has('localStorage', SAVED_ANSWERS_KEY) || has('sessionStorage', SAVED_ANSWERS_KEY) || has('localStorage', CLINIC_SETTING_KEY);
}
