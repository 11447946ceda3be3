/** The about/sources page in the browser: every rule listed, a way home, and no axe violations. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { RULES } from '../rules';

test('lists every rule and has no axe violations', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: /How the tool works/ })).toBeVisible();
  const table = page.getByRole('table', { name: /Every rule/ });
  await expect(table.getByRole('rowheader')).toHaveCount(RULES.length);
  await expect(page.getByRole('link', { name: 'Back to the start page' })).toHaveAttribute('href', '/');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations).toEqual([]);
});

test('the summary page without answers lands on the start of the questionnaire', async ({ page }) => {
  await page.goto('/summary');
  await expect(page).toHaveURL(/\/questionnaire$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations).toEqual([]);
});
