/**
 * Offline and installable (issue 15), in Chromium against the production build:
 * - after one visit to the start page, with the network cut (context.setOffline), the low-risk adult goes through
 *   every step to the review and the summary, prints it (page.pdf), downloads the FHIR file and shows the QR
 *   code; a marker typed into every free-text field and the name is then searched for in every Cache Storage entry;
 * - the worker and the manifest are served as an installable app needs;
 * - a new version served to an open page (the build's sw.js changed on disk, as a deploy would) shows
 *   "A new version is ready", and "Update now" keeps the answers in progress (the tab keeps them across the reload).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { STEPS } from '@/lib/questionnaire';
import { answerAllSteps, answerStep, fillDateOfBirth, RESPONDENT_CHOICES, reviewedAnswers } from './questionnaire.helpers';
import { cachedEntriesHolding, cachedUrls, FREE_TEXT, markedLowRiskAdult } from './privacy.helpers';

const MARKER = 'ZQX-OFFLINE-5521';
const { document, dateOfBirth: DATE_OF_BIRTH } = markedLowRiskAdult(MARKER);

/** Opens the start page and waits until the service worker controls it, with this build's pages warmed. */
async function firstVisit(page: Page) {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

async function startJourney(page: Page) {
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeFocused();
  await page.getByRole('radio', { name: RESPONDENT_CHOICES.patient, exact: true }).check();
  await page.getByRole('textbox', { name: 'Patient’s name' }).fill(MARKER);
  await fillDateOfBirth(page, DATE_OF_BIRTH);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

test('after one visit, the whole journey works with the network off, and no cache holds an answer', async ({ page, context }) => {
  test.setTimeout(120_000);
  await firstVisit(page);
  const kept = await cachedUrls(page);
  expect(Object.keys(kept).some((name) => name.startsWith('serwist-precache'))).toBe(true);

  await context.setOffline(true);
  // The network really is off: a request the worker does not answer fails.
  expect(await page.evaluate(() => fetch('/no-such-page-offline-check', { cache: 'no-store' }).then(() => 'reached', () => 'failed'))).toBe('failed');
  // The icon as the pages link it (Next adds a cache-busting query) comes from the precache, not a failed request.
  const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(icon).toMatch(/^\/icon\.svg\?/);
  expect(await page.evaluate((href) => fetch(href).then((r) => r.status, () => 'failed'), icon!)).toBe(200);

  await startJourney(page);
  for (let index = 0; index < STEPS.length; index++) await answerStep(page, index, document.answers, document.respondent);
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeFocused();
  await expect(page.getByText(MARKER)).toHaveCount(FREE_TEXT.length + 1);

  await page.getByRole('button', { name: 'Show a code for the clinic' }).click();
  await expect(page.getByRole('img', { name: 'QR code with your answers, for the clinic to scan' })).toBeVisible();

  await page.getByRole('button', { name: 'See summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summary' })).toBeVisible();
  await expect(page).toHaveURL(/\/summary$/);

  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download for your clinic (FHIR)' }).click();
  const download = await downloading;
  const fhir = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
  expect(fhir.resourceType).toBe('QuestionnaireResponse');
  expect(JSON.stringify(fhir)).toContain(MARKER);

  // Every entry of every cache: URL, headers and body.
  expect(await cachedEntriesHolding(page, [MARKER, DATE_OF_BIRTH])).toEqual([]);
  await context.setOffline(false);
});

test('the worker and the manifest are served for an installable app, under the same headers as every page', async ({ request }) => {
  const worker = await request.get('/sw.js');
  expect(worker.status()).toBe(200);
  expect(worker.headers()['content-type']).toMatch(/^text\/javascript/);
  expect(worker.headers()['cache-control']).toBe('no-store');
  expect(worker.headers()['content-security-policy']).toContain("worker-src 'self'");
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  const body = await manifest.json();
  expect(body).toMatchObject({ start_url: '/', display: 'standalone' });
  for (const icon of body.icons as { src: string; sizes: string }[]) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
  }
  expect((body.icons as { sizes: string }[]).map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  // Asked for by tools and bookmarks that do not read the pages' SVG icon link: an icon, not a 404.
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
});

test('a new version served to an open page shows the notice, and updating keeps the answers', async ({ page }) => {
  test.setTimeout(120_000);
  const workerFile = path.join(process.cwd(), '.next', 'sw.js');
  const original = fs.readFileSync(workerFile, 'utf8');
  // The build's revision, which the worker's cache names and its own routes' precache entries carry.
  const revision = original.match(/url:"\/questionnaire\.json",revision:"([0-9a-f]+)"/)?.[1];
  expect(revision, 'the built worker names its revision').toBeTruthy();
  const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  try {
    await firstVisit(page);
    await startJourney(page);
    await answerAllSteps(page, document, { justArrived: true });
    const before = await reviewedAnswers(page);
    expect([...before.values()].join(' ')).toContain(MARKER);
    await expect(notice).toHaveCount(0);

    // A second build, as a deploy serves it: the same worker under another revision (its caches get new names).
    fs.writeFileSync(workerFile, original.split(revision!).join('feedfacecafe0001'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(notice.getByRole('button', { name: 'Update now' })).toBeVisible();

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Update now' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
    expect(await reviewedAnswers(page)).toEqual(before);
    await expect(notice).toHaveCount(0);
    // The answers came back from this tab's own keeping (decision 0007), and the new version's caches replaced the old ones.
    expect(await page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('jaks-')).sort())).toEqual([
      'jaks-pages-feedfacecafe0001',
      'jaks-rsc-feedfacecafe0001',
    ]);
  } finally {
    fs.writeFileSync(workerFile, original);
  }
});
