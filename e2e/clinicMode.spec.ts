/**
 * Clinic tablet mode in the browser (SAFETY.md checklist 10, 15, 16, 17): storage holds nothing but the
 * setting at every step, the idle warning can be extended again and again and then wipes, Back after a
 * wipe and a back/forward-cache restore show the empty start page. Time is Playwright's clock, never a sleep.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { STEPS } from '@/lib/questionnaire';
import { vignette } from '@/__tests__/support/vignettes';
import { answerStep } from './questionnaire.helpers';
import { expectNoAnswersStored, STAFF_CODE, turnOnClinicMode } from './privacy.helpers';

const lowRisk = vignette('low-risk-adult').input;
const NAME = 'Ada Tablet-Patient';
const startHeading = (page: Page) => page.getByRole('heading', { level: 1, name: /talk about JAK inhibitors/ });

/** Starts a session on the clinic tablet with a name and the first two steps answered. */
async function startSession(page: Page) {
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('radio', { name: 'I am the patient' })).toBeChecked();
  await page.getByRole('textbox', { name: 'Patient’s name' }).fill(NAME);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await answerStep(page, 0, lowRisk.answers, 'patient');
  await answerStep(page, 1, lowRisk.answers, 'patient');
  await expect(page.getByRole('heading', { level: 1, name: STEPS[2].title.self })).toBeFocused();
}

/** The start page, and nothing of the last session anywhere: not on screen, not in the form, not in storage. */
async function expectEmptyStart(page: Page) {
  await expect(page).toHaveURL(/\/$/);
  await expect(startHeading(page)).toBeVisible();
  await expect(page.getByText(NAME)).toHaveCount(0);
  await expectNoAnswersStored(page, { clinic: true });
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Patient’s name' })).toHaveValue('');
}

test('storage holds only the clinic setting at every step, saving is never offered, and the summary says staff entered the answers', async ({ page }) => {
  await turnOnClinicMode(page);
  await expectNoAnswersStored(page, { clinic: true });
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Keep my answers on this device' })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Patient’s name' }).fill(NAME);
  // Staff typing for the patient: the summary must say so.
  await page.getByRole('radio', { name: 'Clinic staff' }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  for (let index = 0; index < STEPS.length; index++) {
    await expectNoAnswersStored(page, { clinic: true });
    await answerStep(page, index, lowRisk.answers, 'staff');
  }
  await expectNoAnswersStored(page, { clinic: true });
  await page.getByRole('button', { name: 'See summary' }).click();
  // Near the top (under the heading) and at the foot of the summary.
  await expect(page.getByRole('button', { name: 'Finish and clear for the next patient' })).toHaveCount(2);
  await expect(page.getByRole('term').filter({ hasText: 'Completed by' }).first()).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^clinic staff, on the patient’s behalf$/ }).first()).toBeVisible();
  await expectNoAnswersStored(page, { clinic: true });
});

test('the clinic setting stays for the device; a reload mid-session returns to the empty start page', async ({ page }) => {
  await turnOnClinicMode(page, { idleMinutes: 2 });
  await startSession(page);
  await page.reload();
  await expectEmptyStart(page);
  await page.goto('/clinic');
  await expect(page.getByText('Clinic tablet mode is on. Answers are cleared after 2 minutes without use.')).toBeVisible();
  await page.getByLabel('Staff code', { exact: true }).fill(STAFF_CODE);
  await page.getByRole('button', { name: 'Unlock clinic settings' }).click();
  await expect(page.getByRole('textbox', { name: 'Clear after how many minutes without use?' })).toHaveValue('2', { timeout: 15_000 });
});

test('idle: the warning counts down, "I\'m still here" (or Escape) extends it again and again, then everything is wiped', async ({ page }) => {
  await page.clock.install();
  await turnOnClinicMode(page, { idleMinutes: 1 });
  await startSession(page);
  const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
  const stillHere = dialog.getByRole('button', { name: 'I’m still here' });

  for (let round = 0; round < 4; round++) {
    await page.clock.fastForward('00:29');
    await expect(dialog).toHaveCount(0);
    await page.clock.fastForward('00:01');
    await expect(dialog).toBeVisible();
    await expect(stillHere).toBeFocused();
    await expect(dialog).toContainText('Clearing in 30 seconds');
    await page.clock.runFor(5000);
    await expect(dialog).toContainText('Clearing in 25 seconds');
    if (round === 0) {
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations).toEqual([]);
    }
    if (round === 1) await page.keyboard.press('Escape');
    else await stillHere.click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1, name: STEPS[2].title.self })).toBeFocused();
  }

  // Left alone: warned at 30 s, wiped at 60 s, and the start page is loaded in place of this one.
  await page.clock.fastForward('00:30');
  await expect(dialog).toBeVisible();
  await page.clock.runFor(30_000);
  await expectEmptyStart(page);
  await page.goBack();
  await page.goBack();
  await expect(startHeading(page)).toBeVisible();
  await expect(page.getByText(NAME)).toHaveCount(0);
});

test('Back after an idle wipe shows the empty start page, never the last questionnaire', async ({ page }) => {
  await page.clock.install();
  await turnOnClinicMode(page, { idleMinutes: 1 });
  await startSession(page);
  await page.clock.fastForward('01:00');
  await page.clock.runFor(1000);
  await expect(page).toHaveURL(/\/$/);
  await expect(startHeading(page)).toBeVisible();
  // The start page says why it is empty, politely, for a few seconds.
  const notice = page.getByRole('status').filter({ hasText: 'The last answers were cleared for privacy.' });
  await expect(notice).toBeVisible();
  await page.clock.runFor(10_000);
  await expect(notice).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(startHeading(page)).toBeVisible();
  await expectNoAnswersStored(page, { clinic: true });
  await expect(page.getByText(NAME)).toHaveCount(0);
});

test('leaving the page and coming back (a fresh load, as Chromium does for no-store pages) shows the empty start page', async ({ page }) => {
  await turnOnClinicMode(page);
  await startSession(page);
  await page.goto('/icon.svg');
  await page.goBack();
  await expectEmptyStart(page);
});

test('outside clinic mode there is no idle timer: an hour away loses nothing', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByRole('radio', { name: 'I am the patient' }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await answerStep(page, 0, lowRisk.answers, 'patient');
  await page.clock.runFor('01:00:00');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: STEPS[1].title.self })).toBeVisible();
});

for (const width of [390, 1280]) {
  test(`clinic screens pass axe at ${width}px (setup page and its errors, start page, idle warning, summary top, finish), with screenshots`, async ({ page }, testInfo) => {
    // Many axe scans, six answered steps and two 600,000-iteration code checks: well past 30 s on a busy 2-core runner.
    test.setTimeout(120_000);
    const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
    const check = async (name: string, { fullPage = true } = {}) => {
      // After a client-side navigation Next applies the new page's title a moment later: axe must see the page settled.
      await expect(page).toHaveTitle(/\S/);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`${width}-clinic-${name}.png`), fullPage });
    };
    await page.setViewportSize({ width, height: 844 });
    await page.clock.install();
    await page.goto('/clinic');
    await check('setup-off');
    await page.getByRole('textbox', { name: 'Clear after how many minutes without use?' }).fill('0');
    await page.getByRole('button', { name: 'Turn on clinic tablet mode' }).click();
    await expect(page.getByText('Use at least 1 minute')).toBeVisible();
    await expect(page.getByText('Use at least 6 characters')).toBeVisible();
    await check('setup-errors');
    await turnOnClinicMode(page, { idleMinutes: 1 });
    await check('start');
    await page.goto('/clinic');
    await expect(page.getByText(/^Clinic tablet mode is on\./)).toBeVisible();
    await page.getByLabel('Staff code', { exact: true }).fill('not-the-code');
    await page.getByRole('button', { name: 'Unlock clinic settings' }).click();
    await expect(page.getByText('That is not the staff code. Nothing was changed.')).toBeVisible({ timeout: 15_000 });
    await check('setup-wrong-code');
    await page.getByLabel('Staff code', { exact: true }).fill(STAFF_CODE);
    await page.getByRole('button', { name: 'Unlock clinic settings' }).click();
    await expect(page.getByRole('button', { name: 'Turn off clinic tablet mode' })).toBeVisible({ timeout: 15_000 });
    await check('setup-unlocked');
    await page.goto('/');
    await startSession(page);
    await page.clock.fastForward('00:35');
    await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toContainText('Clearing in 25 seconds');
    await check('idle-warning');
    await page.getByRole('button', { name: 'I’m still here' }).click();
    for (let index = 2; index < STEPS.length; index++) await answerStep(page, index, lowRisk.answers, 'patient');
    await page.getByRole('button', { name: 'See summary' }).click();
    const finishButtons = page.getByRole('button', { name: 'Finish and clear for the next patient' });
    await expect(finishButtons).toHaveCount(2);
    // The first one is in the first screenful of the summary, with no scrolling.
    await expect(finishButtons.first()).toBeInViewport();
    await check('summary-top', { fullPage: false });
    await check('summary-finish');
    await finishButtons.first().click();
    await expect(page.getByRole('button', { name: 'Not yet' })).toBeFocused();
    await check('finish-confirm');
  });
}
