import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the landing page says what the tool is and what it is not, with one Start and one disclosure', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/talk about JAK inhibitors/i);
  await expect(page.getByRole('link', { name: 'Start', exact: true })).toHaveCount(1);
  await expect(page.getByRole('button', { name: /start/i })).toHaveCount(0);
  await expect(page.locator('details')).toHaveCount(1);
  await expect(page.locator('details > summary')).toHaveText('Already answered at home?');
  await expect(page.getByLabel('Load answers from a file')).toBeHidden();
  await page.getByText('Already answered at home?').click();
  await expect(page.getByLabel('Load answers from a file')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Clinic tablet setup' })).toHaveAttribute('href', '/clinic');
  await expect(page.getByText(/does not give a diagnosis or a prescription/i).first()).toBeVisible();
  await expect(page).toHaveTitle('JAK Screener for eczema');
});

test('the landing page has no WCAG 2.2 A/AA violations', async ({ page }) => {
  await page.goto('/');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations).toEqual([]);
});
