/** What the privacy specs look at: every request the page makes, and every place a browser can store data. */
import { expect } from '@playwright/test';
import type { Page, Request } from '@playwright/test';
import { CLINIC_SETTING_KEY } from '@/lib/clinic/clinicSetting';
import { SAVED_ANSWERS_KEY } from '@/lib/storage/savedAnswers';
import { QUESTIONS } from '@/lib/questionnaire';
import type { AnswersDocument } from '@/lib/answers';
import { vignette } from '@/__tests__/support/vignettes';
import { bornYearsAgo } from './questionnaire.helpers';

/** The questions answered in free text: each carries the marker in the marked journeys. */
export const FREE_TEXT = QUESTIONS.filter((q) => q.type === 'text');

/**
 * The low-risk adult (public vignette) answering as the patient, every free-text answer carrying `marker`, and a
 * date of birth that makes the vignette's age (30) today, so the age is worked out from it, not asked. What the
 * privacy and offline journeys type, then search for in requests, storage and caches.
 */
export function markedLowRiskAdult(marker: string): { document: AnswersDocument; dateOfBirth: string } {
  const base = vignette('low-risk-adult').input;
  const text = Object.fromEntries(FREE_TEXT.map((q) => [q.id, `${marker} ${q.id}`]));
  return { document: { ...base, respondent: 'patient', answers: { ...base.answers, ...text } }, dateOfBirth: bornYearsAgo(30) };
}

export interface RecordedRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Records every request the page makes, from now on (documents, scripts, prefetches, anything). */
export function recordRequests(page: Page): () => Promise<RecordedRequest[]> {
  const seen: Request[] = [];
  page.on('request', (request) => seen.push(request));
  return () => Promise.all(seen.map(async (request) => ({ url: request.url(), headers: await request.allHeaders(), body: request.postData() ?? '' })));
}

/** Requests that go to another origin, or carry one of the secrets in their URL, a header or the body. */
export function leaks(requests: readonly RecordedRequest[], origin: string, secrets: readonly string[]): string[] {
  return requests.flatMap((request) => {
    const problems: string[] = [];
    if (new URL(request.url).origin !== origin) problems.push(`another origin: ${request.url}`);
    const places = { URL: decodeURIComponent(request.url), header: JSON.stringify(request.headers), body: request.body };
    for (const [place, text] of Object.entries(places)) {
      for (const secret of secrets) if (text.toLowerCase().includes(secret.toLowerCase())) problems.push(`${secret} in the ${place} of ${request.url}`);
    }
    return problems;
  });
}

export interface BrowserStorage {
  localStorage: Record<string, string>;
  sessionStorage: string[];
  indexedDB: string[];
  cookies: string;
  cacheStorage: string[];
}

/** Everything this origin has stored, read in the page as a script could. */
export function browserStorage(page: Page): Promise<BrowserStorage> {
  return page.evaluate(async () => ({
    localStorage: Object.fromEntries(Object.entries(window.localStorage)),
    sessionStorage: Object.keys(window.sessionStorage),
    indexedDB: (await window.indexedDB.databases()).map((db) => db.name ?? '(unnamed)'),
    cookies: document.cookie,
    cacheStorage: await window.caches.keys(),
  }));
}

/**
 * The service worker's caches (sw/sw.ts): Serwist's precache and this build's pages and navigation payloads.
 * Their contents are checked for answers by cachedEntriesHolding.
 */
const WORKER_CACHE = /^(serwist-precache-v2-.*|jaks-(pages|rsc)-[0-9a-f]+)$/;

/**
 * Nothing but the clinic setting (or nothing at all), and that setting holds no answer, name or date. At home
 * the answers are kept for this tab (sessionStorage, gone when the tab closes), never in localStorage without
 * the opt-in; a clinic tablet keeps nothing. Cache Storage holds only the service worker's own caches (what is
 * in them: cachedEntriesHolding).
 */
export async function expectNoAnswersStored(page: Page, { clinic }: { clinic: boolean }) {
  const storage = await browserStorage(page);
  expect(storage.cacheStorage.filter((name) => !WORKER_CACHE.test(name))).toEqual([]);
  expect({ ...storage, localStorage: Object.keys(storage.localStorage), cacheStorage: [] }).toEqual({
    localStorage: clinic ? [CLINIC_SETTING_KEY] : [],
    sessionStorage: clinic || storage.sessionStorage.length === 0 ? [] : [SAVED_ANSWERS_KEY],
    indexedDB: [],
    cookies: '',
    cacheStorage: [],
  });
  if (clinic) {
    // The setting (the language of the dermatologist's part is a UI preference, never an answer), and of the staff
    // code only its salted hash (salt, hash, iteration count).
    const setting = JSON.parse(storage.localStorage[CLINIC_SETTING_KEY]);
    expect(Object.keys(setting).sort()).toEqual(['clinicianLocale', 'enabled', 'idleMinutes', 'lock', 'schemaVersion', 'usualRespondent']);
    expect(Object.keys(setting.lock).sort()).toEqual(['algorithm', 'hash', 'iterations', 'salt']);
    expect(JSON.stringify(setting)).not.toContain(STAFF_CODE);
  }
  expect(await page.context().cookies()).toEqual([]);
}

/** The staff code the clinic specs set. */
export const STAFF_CODE = 'front-desk-7';

/**
 * Turns clinic tablet mode on from the setup page (/clinic), setting the staff code, optionally with a shorter
 * idle time, then opens the start page.
 */
export async function turnOnClinicMode(page: Page, { idleMinutes }: { idleMinutes?: number } = {}) {
  await page.goto('/clinic');
  await expect(page.getByText('Clinic tablet mode is off.')).toBeVisible();
  await page.getByLabel('New staff code').fill(STAFF_CODE);
  await page.getByLabel('Type the staff code again').fill(STAFF_CODE);
  if (idleMinutes !== undefined) await page.getByRole('textbox', { name: 'Clear after how many minutes without use?' }).fill(String(idleMinutes));
  await page.getByRole('button', { name: 'Turn on clinic tablet mode' }).click();
  // PBKDF2 with 600,000 iterations: a moment on a busy machine.
  await expect(page.getByText(/^Clinic tablet mode is on\./)).toBeVisible({ timeout: 15_000 });
  await page.goto('/');
}

/**
 * Every Cache Storage entry (the service worker's caches) whose URL, headers or body holds one of the secrets,
 * as "cache name: URL (secret)". Read in the page, as a script of this origin could.
 */
export function cachedEntriesHolding(page: Page, secrets: readonly string[]): Promise<string[]> {
  return page.evaluate(async (lookFor) => {
    const found: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const headers = response ? JSON.stringify([...response.headers]) : '';
        const body = response ? await response.text() : '';
        const text = `${decodeURIComponent(request.url)}\n${headers}\n${body}`.toLowerCase();
        for (const secret of lookFor) if (text.includes(secret.toLowerCase())) found.push(`${name}: ${request.url} (${secret})`);
      }
    }
    return found;
  }, secrets as string[]);
}

/** The Cache Storage entries, cache by cache, as URLs: to check that the worker kept something at all. */
export function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) all[name] = (await (await caches.open(name)).keys()).map((r) => r.url);
    return all;
  });
}
