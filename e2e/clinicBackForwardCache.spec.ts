/**
 * A real back/forward-cache restore on a clinic tablet (SAFETY.md checklist 17). Chrome and Edge may keep
 * even `Cache-Control: no-store` pages in the back/forward cache (Edge/Chrome policy
 * AllowBackForwardCacheForCacheControlNoStorePageEnabled, whatwg/html#7189). This Chromium does not by
 * default, and Playwright turns the cache off, so this file turns it on and takes no-store off the pages:
 * the browser then keeps the filled page, and the app must still show the empty start page on return.
 */
import { expect, test } from '@playwright/test';
import config from '../playwright.config';
import { vignette } from '@/__tests__/support/vignettes';
import { answerStep } from './questionnaire.helpers';
import { expectNoAnswersStored, turnOnClinicMode } from './privacy.helpers';

const launchOptions = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

const NAME = 'Bea Cached-Patient';

test('a filled page restored from the back/forward cache shows the empty start page', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/' || url.pathname === '/questionnaire',
    async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['cache-control'];
      await route.fulfill({ response, headers });
    },
  );
  await turnOnClinicMode(page);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByRole('textbox', { name: 'Patient’s name' }).fill(NAME);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await answerStep(page, 0, vignette('low-risk-adult').input.answers, 'patient');
  await page.waitForLoadState('networkidle');

  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(new URL(request.url()).pathname);
  });
  // Leave the way a link would (the page starts the navigation), then come back.
  await page.evaluate(() => window.location.assign('/icon.svg'));
  await page.waitForURL(/\/icon\.svg$/);
  await page.goBack({ waitUntil: 'commit' });

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: /talk about JAK inhibitors/ })).toBeVisible();
  // The questionnaire page came back from the cache (it was not fetched again); the app then loaded the start page.
  expect(documents).toEqual(['/icon.svg', '/']);
  await expect(page.getByText(NAME)).toHaveCount(0);
  await expectNoAnswersStored(page, { clinic: true });
});
