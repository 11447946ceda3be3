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

for (const path of ['/about', '/es/about']) {
  test(`${path} at 320 px: the page never scrolls sideways; the rule table scrolls in its own named region, by keyboard too`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    const region = page.getByRole('region', { name: 'Every rule' });
    await expect(region.getByRole('table')).toBeVisible();
    const sizes = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(sizes.page, 'page width').toBeLessThanOrEqual(sizes.client);
    const table = await region.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth, left: e.scrollLeft }));
    expect(table.scroll, 'the table is wider than a phone, so its region scrolls').toBeGreaterThan(table.client);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations).toEqual([]);
  });
}
