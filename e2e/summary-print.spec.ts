/**
 * The summary end to end: load each public vignette through the start page's answer-file input, open the summary,
 * print it to PDF in US Letter and A4, and check that the clinician part is one page, the patient part one page,
 * two pages in all, with nothing interactive printed; axe; "Copy as text".
 *
 * NEEDS THE QUESTIONNAIRE (issue 3): the start page's "Load answers from a file" input, the review page headed
 * "Review your answers" and its "See summary" button, and /summary wired to useScreening().document. Written with
 * the summary (issue 4); run once both have landed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { VIGNETTES, vignette } from '@/__tests__/support/vignettes';
import type { AnswersDocument } from '@/lib/answers';
import { loadAnswerFile } from './questionnaire.helpers';
import { pdfPageCount, pdfPageTexts } from './support/pdf';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function openSummary(page: Page, input: AnswersDocument) {
  await page.goto('/');
  await loadAnswerFile(page, JSON.stringify(input));
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'See summary' }).click();
  await expect(page.getByRole('region', { name: 'For the clinician' })).toBeVisible();
}

const clinician = (page: Page) => page.getByRole('region', { name: 'For the clinician' });
const patient = (page: Page) => page.getByRole('region', { name: 'For the patient' });

for (const { name, input, expect: expected } of VIGNETTES) {
  test.describe(`vignette ${name}`, () => {
    for (const format of ['Letter', 'A4'] as const) {
      test(`prints on two pages in ${format}: the clinician part on one, the patient part on the next`, async ({ page }) => {
        await openSummary(page, input);
        const whole = await page.pdf({ format });
        expect(pdfPageCount(whole)).toBe(2);

        // Each part alone is one page: hide the other part and print again. (Handles, because a hidden region
        // leaves the accessibility tree that role locators search.)
        const clinicianPart = await clinician(page).elementHandle();
        const patientPart = await patient(page).elementHandle();
        await patientPart!.evaluate((el) => ((el as HTMLElement).style.display = 'none'));
        expect(pdfPageCount(await page.pdf({ format })), 'clinician part alone').toBe(1);
        await patientPart!.evaluate((el) => ((el as HTMLElement).style.display = ''));
        await clinicianPart!.evaluate((el) => ((el as HTMLElement).style.display = 'none'));
        expect(pdfPageCount(await page.pdf({ format })), 'patient part alone').toBe(1);

        // Where poppler is installed, read where each part's heading lands.
        const pages = pdfPageTexts(whole);
        if (pages) {
          expect(pages[0]).toMatch(/FOR THE CLINICIAN/i);
          expect(pages[0]).not.toMatch(/FOR THE PATIENT/i);
          expect(pages[1]).toMatch(/FOR THE PATIENT/i);
          for (const id of Object.keys(expected.flags)) expect(pages[0]).toContain(`rule ${id}`);
          for (const text of pages) expect(text).not.toMatch(/Copy as text|Skip to content/);
        }
      });
    }
  });
}

test('nothing interactive is printed', async ({ page }) => {
  await openSummary(page, vignette('antiplatelet-after-heart-attack').input);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy as text' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
  await expect(page.getByRole('banner').filter({ hasText: 'JAK Screener' })).toBeHidden();
  await expect(clinician(page)).toBeVisible();
});

test('the summary has no axe violations', async ({ page }) => {
  await openSummary(page, vignette('dialysis-liver-unsure').input);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations).toEqual([]);
});

test('"Copy as text" puts the flags on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSummary(page, vignette('antiplatelet-after-heart-attack').input);
  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByRole('status')).toHaveText(/Copied the summary as text/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('(rule antiplatelet)');
  expect(copied).toContain('(rule cardiovascular-history)');
  expect(copied).toContain('(rule cardiovascular-risk)');
});
