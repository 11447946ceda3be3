/**
 * The clinic tablet locked and leak-free (issue 12, item 4): the staff code is required to turn clinic mode off,
 * no file is downloaded on any screen of a clinic journey unless staff unlock it, the browser is not asked to
 * remember the name; and label links open in a new tab so Back never loses the summary.
 */
import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import { STEPS } from '@/lib/questionnaire';
import { vignette } from '@/__tests__/support/vignettes';
import { CLINIC_SETTING_KEY } from '@/lib/clinic/clinicSetting';
import { answerStep, loadAnswerFile } from './questionnaire.helpers';
import { expectNoAnswersStored, STAFF_CODE, turnOnClinicMode } from './privacy.helpers';

const lowRisk = vignette('low-risk-adult').input;
const DOWNLOAD_BUTTONS = /Save answers to a file|Download for your clinic/;
// Two PBKDF2 checks of 600,000 iterations each, a whole journey, on a busy 2-core runner.
test.setTimeout(90_000);

async function unlockSetup(page: Page, code: string) {
  await page.getByLabel('Staff code', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Unlock clinic settings' }).click();
}

test('the staff code is required to turn clinic mode off: a wrong code is refused, the right one allows it', async ({ page }) => {
  await turnOnClinicMode(page);
  await page.goto('/clinic');
  await expect(page.getByText(/^Clinic tablet mode is on\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn off clinic tablet mode' })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);

  await unlockSetup(page, 'front-desk-8');
  await expect(page.getByText('That is not the staff code. Nothing was changed.')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByLabel('Staff code', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('button', { name: 'Turn off clinic tablet mode' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(/^Clinic tablet mode is on\./)).toBeVisible();

  await unlockSetup(page, STAFF_CODE);
  await page.getByRole('button', { name: 'Turn off clinic tablet mode' }).click({ timeout: 15_000 });
  await expect(page.getByText('Clinic tablet mode is off.')).toBeVisible();
  expect(await page.evaluate((key) => window.localStorage.getItem(key), CLINIC_SETTING_KEY)).toBeNull();
});

test('no download is offered or happens on any screen of a clinic journey; staff can unlock it with the code', async ({ page }) => {
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  const noDownloadOffered = () => expect(page.getByRole('button', { name: DOWNLOAD_BUTTONS })).toHaveCount(0);

  await turnOnClinicMode(page);
  await noDownloadOffered();
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await noDownloadOffered();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  for (let index = 0; index < STEPS.length; index++) {
    await answerStep(page, index, lowRisk.answers, 'patient');
    await noDownloadOffered();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeFocused();
  await expect(page.getByText('On this clinic tablet, answers are not saved as files.')).toBeVisible();
  await page.getByRole('button', { name: 'Show a code for the clinic' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  await page.getByRole('button', { name: 'See summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summary' })).toBeVisible();
  await noDownloadOffered();
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await page.getByRole('button', { name: 'Not yet' }).click();
  expect(downloads).toEqual([]);
  await expectNoAnswersStored(page, { clinic: true });

  // The listener does catch a download: staff unlock saving with the code, and one file is saved.
  await page.getByRole('button', { name: 'Back to your answers' }).click();
  await page.getByText('Clinic staff: save to a file').click();
  await page.getByLabel('Staff code', { exact: true }).fill('front-desk-8');
  await page.getByRole('button', { name: 'Unlock saving to a file' }).click();
  await expect(page.getByText('That is not the staff code. Nothing was changed.')).toBeVisible({ timeout: 15_000 });
  await noDownloadOffered();
  await page.getByLabel('Staff code', { exact: true }).fill(STAFF_CODE);
  await page.getByRole('button', { name: 'Unlock saving to a file' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save answers to a file' }).click({ timeout: 15_000 });
  await downloading;
  expect(downloads).toHaveLength(1);
});

test('on a clinic tablet the name and date of birth fields carry autocomplete="off"; at home they keep their hints', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Patient’s name' })).toHaveAttribute('autocomplete', 'name');
  await turnOnClinicMode(page);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  const name = page.getByRole('textbox', { name: 'Patient’s name' });
  await expect(name).toHaveAttribute('autocomplete', 'off');
  const born = page.getByRole('group', { name: 'Patient’s date of birth' });
  for (const part of ['Day', 'Month', 'Year']) await expect(born.getByRole('textbox', { name: part })).toHaveAttribute('autocomplete', 'off');
  await expect(page.locator('form', { has: name })).toHaveAttribute('autocomplete', 'off');
});

test('label links on the summary and the about page open in a new tab and say so', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Already answered at home?').click();
  await loadAnswerFile(page, JSON.stringify(vignette('smoker-58-hypertension').input));
  await page.getByRole('button', { name: 'See summary' }).click();
  await page.getByRole('button', { name: 'For your dermatologist' }).click();
  const labelLinks = page.locator('[data-print-part="clinician-details"] a[href^="https://"]');
  expect(await labelLinks.count()).toBeGreaterThan(0);
  for (const link of await labelLinks.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAccessibleName(/\(opens in a new tab\)$/);
  }
  await page.goto('/about');
  const aboutLinks = page.locator('main a[href^="https://"]');
  expect(await aboutLinks.count()).toBeGreaterThan(0);
  for (const link of await aboutLinks.all()) await expect(link).toHaveAttribute('target', '_blank');
});
