/**
 * The printed summary with the patient part in Spanish (issue 14): every public vignette is loaded on the Spanish
 * start page (`/es`) and printed to PDF in US Letter and A4. The clinician part stays in the clinic's language
 * (English by default): clinician page 1 is exactly one page, the details start on page 2. The patient part is in
 * Spanish on every one of its pages, running header included (only the page number in the margin, which Chromium
 * prints the same on every page, is set aside), and keeps the urgent-help notice on a page shared with other patient text, as in English (summary-print.spec.ts).
 */
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { VIGNETTES } from '@/__tests__/support/vignettes';
import type { AnswersDocument } from '@/lib/answers';
import { es } from '@/lib/i18n/messages/es';
import { URGENT_HELP_NOTICE_ES } from '@/lib/summary/patientWordsEs';
import { englishWordsIn } from './support/englishWords';
import { pdfPageTexts } from './support/pdf';
import { loadAnswerFile } from './questionnaire.helpers';

let context: BrowserContext;
let page: Page;
test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
});
test.afterAll(async () => {
  await context.close();
});

/** Loads the answers file through the Spanish start page's own file field, then opens the summary. */
async function openSpanishSummary(input: AnswersDocument) {
  await page.goto('/es');
  await loadAnswerFile(page, JSON.stringify(input), 'es');
  await expect(page.getByRole('heading', { level: 1, name: es.review.heading })).toBeVisible();
  await page.getByRole('button', { name: es.review.seeSummary }).click();
  await expect(page).toHaveURL(/\/es\/summary$/);
  await expect(page.getByRole('heading', { level: 1, name: es.summary.heading })).toBeVisible();
}

const upper = (text: string) => text.toLocaleUpperCase('es');
/** A printed page without the page number of the @page margin box and without the patient's name (any language). */
const withoutMargin = (text: string, name: string) => text.replace(/\b(Page|Página) \d+ (of|de) \d+\b/g, ' ').replaceAll(name, ' ');

for (const { name, input } of VIGNETTES) {
  test(`vignette ${name}: clinician page 1 on one page, the patient part in Spanish, in Letter and A4`, async () => {
    test.setTimeout(60_000);
    await openSpanishSummary(input);
    const runningName = input.patient?.name?.trim() ?? '';
    for (const format of ['Letter', 'A4'] as const) {
      const pages = pdfPageTexts(await page.pdf({ format }));
      const where = (text: string) => pages.findIndex((p) => p.includes(text));
      const details = where('CLINICIAN DETAILS');
      const patient = where(upper(es.summary.patientHeading));

      expect(where('FOR THE CLINICIAN'), `${format}: the clinician part starts the print`).toBe(0);
      expect(details, `${format}: clinician page 1 is exactly one page, details on page 2`).toBe(1);
      expect(patient, `${format}: the Spanish patient part comes after the details`).toBeGreaterThan(details);

      pages.forEach((text, i) => {
        if (i >= patient) expect(text, `${format} page ${i + 1}: the Spanish part numbers its pages in Spanish`).toContain(`Página ${i + 1} de ${pages.length}`);
        else expect(text, `${format} page ${i + 1}: the English part numbers its pages in English`).toContain(`Page ${i + 1} of ${pages.length}`);
      });
      const patientPages = pages.slice(patient).map((p) => withoutMargin(p, runningName || '\u0000'));
      expect(englishWordsIn(patientPages.join('\n')), `${format}: English words on the Spanish patient part's pages`).toEqual([]);
      expect(patientPages.join('\n')).toContain(es.summary.whatToExpect);

      const urgent = where(URGENT_HELP_NOTICE_ES.heading);
      expect(urgent, `${format}: the urgent-help notice is in the patient part`).toBeGreaterThanOrEqual(patient);
      const before = pages[urgent].slice(0, pages[urgent].indexOf(URGENT_HELP_NOTICE_ES.heading));
      expect(before, `${format}: the urgent-help notice shares its page with other patient text`).toMatch(
        new RegExp(`${es.summary.whatToExpect}|${upper(es.summary.patientHeading)}`),
      );
    }
  });
}
