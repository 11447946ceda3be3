import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the landing page says what the tool is, who it is for and what it is not', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/talk about JAK inhibitors/i);
  await expect(page.getByRole('heading', { name: 'Who it is for' })).toBeVisible();
  await expect(page.getByText(/does not give a diagnosis or a prescription/i).first()).toBeVisible();
  await expect(page).toHaveTitle('JAK Screener for eczema');
});

test('the landing page has no WCAG 2.2 A/AA violations', async ({ page }) => {
  await page.goto('/');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations).toEqual([]);
});
