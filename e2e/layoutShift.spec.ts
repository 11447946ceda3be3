/**
 * Nothing the person can read moves while a page loads (issue 15: CLS 0). The server cannot know where a person is
 * in the questionnaire (their answers are only in the browser, docs/decisions/0002), so the questionnaire's pages
 * arrive with a one-line placeholder and the screen comes in once the scripts have read storage. Measured as
 * Lighthouse does: the sum of the page's layout-shift entries (Layout Instability API), on a phone-sized screen and a
 * tall desktop one, over a slow network so that the server's HTML paints before the scripts run, as on a cheap phone.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { vignette } from '@/__tests__/support/vignettes';
import type { AnswersDocument } from '@/lib/answers';
import { inVoice, STEPS } from '@/lib/questionnaire';
import { SAVED_ANSWERS_KEY } from '@/lib/storage/savedAnswers';

/** Lighthouse rates 0.1 "good"; issue 15 asks for 0, and a real shift on these pages is 0.02 or more. */
const MAX_CLS = 0.01;

const SCREENS = [
  { name: 'phone', viewport: { width: 412, height: 823 } },
  // Taller than every screen the flow shows: a footer kept below the fold during the wait would rise into view.
  { name: 'tall desktop', viewport: { width: 1280, height: 1800 } },
];

/** Roughly Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down. */
async function slowNetwork(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
}

/** Adds up layout shifts from the start of every document the page opens (not those right after an input). */
async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const win = window as unknown as { layoutShift: number };
    win.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) win.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The page's layout shift so far, once the network is quiet and two more frames have been drawn. */
async function layoutShiftOf(page: Page): Promise<number> {
  await page.waitForLoadState('networkidle');
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => setTimeout(() => resolve((window as unknown as { layoutShift: number }).layoutShift))),
        ),
      ),
  );
}

/** Keeps answers for this tab, as the app does, from a page that does not read them (about). */
async function keepForTab(page: Page, position: string, document: AnswersDocument) {
  await page.goto('/about');
  await page.evaluate(
    ({ key, envelope }) => window.sessionStorage.setItem(key, JSON.stringify(envelope)),
    { key: SAVED_ANSWERS_KEY, envelope: { schemaVersion: 1, savedAt: new Date().toISOString(), position, document } },
  );
}

const lowRisk = vignette('low-risk-adult').input;

const PAGES = [
  { name: 'the start page', url: '/', heading: /talk about JAK inhibitors/i },
  { name: 'the questionnaire’s first page', url: '/questionnaire', heading: 'Before you start' },
  { name: 'step 1', url: `/questionnaire/${STEPS[0].id}`, heading: inVoice(STEPS[0].title, lowRisk.respondent), kept: STEPS[0].id },
  { name: 'the summary of a loaded vignette', url: '/summary', heading: 'Summary', kept: 'summary' },
];

for (const screen of SCREENS) {
  test.describe(`on a ${screen.name} screen`, () => {
    test.use({ viewport: screen.viewport });

    for (const { name, url, heading, kept } of PAGES) {
      test(`${name} (${url}) loads without a layout shift`, async ({ page }) => {
        if (kept) await keepForTab(page, kept, lowRisk);
        await recordLayoutShifts(page);
        await slowNetwork(page);
        await page.goto(url);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        expect(await layoutShiftOf(page), `cumulative layout shift on ${url}`).toBeLessThanOrEqual(MAX_CLS);
      });
    }
  });
}
