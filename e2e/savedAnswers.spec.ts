import { expect, test } from '@playwright/test';
import { vignette } from '@/__tests__/support/vignettes';
import { answerStep, startAs } from './questionnaire.helpers';

const lowRisk = vignette('low-risk-adult').input;

const storageLengths = (page: import('@playwright/test').Page) =>
  page.evaluate(() => ({ local: window.localStorage.length, session: window.sessionStorage.length }));

test('with saving on, a reload resumes where the person was', async ({ page }) => {
  await startAs(page, 'patient', { saving: true });
  await answerStep(page, 0, lowRisk.answers, 'patient');
  await answerStep(page, 1, lowRisk.answers, 'patient');
  await expect(page).toHaveURL(/\/questionnaire\/treatments$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Treatments' })).toBeFocused();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Moderate', exact: true })).toBeChecked();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
});

test('with saving off (the default), answers are kept for this tab only: a reload keeps them, a new tab starts empty', async ({ page, browser }) => {
  // Leaving with answers kept only for the tab asks first (beforeunload): say yes, so the reload happens.
  page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
  await startAs(page, 'patient');
  await answerStep(page, 0, lowRisk.answers, 'patient');
  await expect(page).toHaveURL(/\/questionnaire\/eczema$/);
  expect(await storageLengths(page)).toEqual({ local: 0, session: 1 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your eczema' })).toBeVisible();
  const fresh = await browser.newPage();
  await fresh.goto(page.url());
  await expect(fresh.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
  await fresh.close();
});

test('clinic staff cannot turn saving on', async ({ page }) => {
  await page.goto('/questionnaire');
  await page.getByRole('radio', { name: 'Clinic staff' }).check();
  await expect(page.getByRole('checkbox', { name: 'Keep my answers on this device' })).toHaveCount(0);
});

test('"Clear my answers" leaves localStorage and sessionStorage empty', async ({ page }) => {
  await startAs(page, 'patient', { saving: true });
  await answerStep(page, 0, lowRisk.answers, 'patient');
  expect((await storageLengths(page)).local).toBe(1);
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
  expect(await storageLengths(page)).toEqual({ local: 0, session: 0 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
});

test('damaged saved answers give a clear message and a choice, never a blank page', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() =>
    window.localStorage.setItem(
      'jak-screener:saved-answers',
      JSON.stringify({ schemaVersion: 1, savedAt: '2026-01-01T10:00:00.000Z', position: 'eczema', document: { schemaVersion: 1, respondent: 'patient', answers: { age: 30, severity: 'terrible', smoking: 'never' } } }),
    ),
  );
  await page.reload();
  const alert = page.getByRole('alert').filter({ hasText: 'Some saved answers could not be read' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: 'Keep what can be read' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await expect(page.getByText('30 years')).toBeVisible();
  await expect(page.getByText('Never smoked')).toBeVisible();
});
