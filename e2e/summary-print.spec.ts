/**
 * The printed summary, end to end in Chromium: every public vignette and three built patients (the complex patient
 * of issue 13, 20 flags, 20 flags with both free-text fields at their maximum length) are loaded through the start
 * page's answer-file input, printed to PDF in US Letter and A4, and read page by page with pdftotext:
 * - clinician page 1 is exactly one page (the details start on page 2);
 * - every page carries the running header: the name (or "No name given") and "Page n of N";
 * - the parts come in a fixed order (clinician, details, patient) and the urgent-help notice shares its page with
 *   other patient text; no internal rule id and nothing interactive is printed.
 * One browser page is reused for the whole file to keep it within a few minutes on a busy 2-core machine.
 * Also: on screen a patient lands on "For you" and staff on the clinician part; axe; "Copy as text".
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { BrowserContext, Page } from '@playwright/test';
import { BUILT_PATIENTS, COMPLEX_PATIENT } from '@/__tests__/support/summaryPatients';
import { VIGNETTES, vignette } from '@/__tests__/support/vignettes';
import type { AnswersDocument } from '@/lib/answers';
import { evaluate } from '@/rules';
import { loadAnswerFile } from './questionnaire.helpers';
import { pdfPageTexts, pdfToPngs } from './support/pdf';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let context: BrowserContext;
let page: Page;
test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
});
test.afterAll(async () => {
  await context.close();
});

async function openSummary(input: AnswersDocument) {
  await page.goto('/');
  await loadAnswerFile(page, JSON.stringify(input));
  await expect(page.getByRole('heading', { name: 'Review your answers' })).toBeVisible();
  await page.getByRole('button', { name: 'See summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summary' })).toBeVisible();
}

const PATIENTS = [...VIGNETTES.map((v) => ({ name: `vignette ${v.name}`, input: v.input })), ...BUILT_PATIENTS];
const URGENT = 'When to get help right away';
/** The tab of the dermatologist's part: "For your dermatologist" to a patient or caregiver, "For the clinician" to staff. */
const DERMATOLOGIST_TAB = /^(For your dermatologist|For the clinician)$/;

for (const { name, input } of PATIENTS) {
  test(`${name}: prints clinician page 1 on one page, a running header on every page, in Letter and A4`, async () => {
    test.setTimeout(60_000);
    await openSummary(input);
    const runningName = input.patient?.name?.trim() || 'No name given';
    const hyphenatedIds = evaluate(input).flags.map((f) => f.id).filter((id) => id.includes('-'));
    const counts: string[] = [];
    for (const format of ['Letter', 'A4'] as const) {
      const pdf = await page.pdf({ format });
      const pages = pdfPageTexts(pdf);
      // To look at: the built patients' pages as PNG in the test's output folder.
      if (BUILT_PATIENTS.some((p) => p.input === input)) pdfToPngs(pdf, test.info().outputPath(format));
      const where = (text: string) => pages.findIndex((p) => p.includes(text));
      const details = where('CLINICIAN DETAILS');
      const patient = where('FOR YOU');

      expect(where('FOR THE CLINICIAN'), `${format}: clinician part starts the print`).toBe(0);
      expect(pages[0], `${format}: page 1 ends with the open items`).toContain('Not answered / not sure:');
      expect(details, `${format}: clinician page 1 is exactly one page, details on page 2`).toBe(1);
      expect(patient, `${format}: the patient part comes after the details`).toBeGreaterThan(details);

      pages.forEach((text, i) => {
        expect(text, `${format} page ${i + 1}: running header name`).toContain(runningName);
        expect(text, `${format} page ${i + 1}: page n of N`).toContain(`Page ${i + 1} of ${pages.length}`);
        expect(text, `${format} page ${i + 1}: nothing interactive`).not.toMatch(/Copy as text|Skip to content|Which part to show/);
        for (const id of hyphenatedIds) expect(text, `${format} page ${i + 1}: no rule id`).not.toContain(id);
      });

      const urgent = where(URGENT);
      expect(urgent, `${format}: the urgent-help notice is in the patient part`).toBeGreaterThanOrEqual(patient);
      const rest = pages[urgent].replace(/When to get help right away[\s\S]*$/, '');
      expect(rest, `${format}: the urgent-help notice shares its page with other patient text`).toContain('What to expect');

      counts.push(`${format}: clinician 1, details ${patient - details}, patient ${pages.length - patient}`);
    }
    test.info().annotations.push({ type: 'pages', description: counts.join('; ') });
    console.log(`pages ${name}: ${counts.join('; ')}`);
  });
}

test('a patient lands on "For you" and can switch to the part for their dermatologist', async () => {
  await openSummary(vignette('antiplatelet-after-heart-attack').input);
  await expect(page.getByRole('heading', { level: 2, name: 'For you' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'For the clinician' })).toBeHidden();
  await page.getByRole('button', { name: 'For your dermatologist' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'For the clinician' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'For your dermatologist' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { level: 2, name: 'For you' })).toBeHidden();
});

test('clinic staff land on the clinician part', async () => {
  await openSummary(vignette('staff-entered-72').input);
  await expect(page.getByRole('heading', { level: 2, name: 'For the clinician' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Clinician details' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'For you' })).toBeHidden();
});

test('nothing interactive is printed', async () => {
  await openSummary(vignette('antiplatelet-after-heart-attack').input);
  await page.emulateMedia({ media: 'print' });
  try {
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy as text' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeHidden();
    await expect(page.getByRole('banner').filter({ hasText: 'JAK Screener' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'For the clinician' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'For you' })).toBeVisible();
  } finally {
    // null, not 'screen': an emulated 'screen' would also make every later page.pdf() on this shared page print
    // the screen layout.
    await page.emulateMedia({ media: null });
  }
});

for (const reader of ['For you', 'For your dermatologist'] as const) {
  test(`the summary has no axe violations (${reader})`, async () => {
    test.setTimeout(60_000);
    await openSummary(COMPLEX_PATIENT);
    await page.getByRole('button', { name: reader, exact: true }).click();
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations).toEqual([]);
  });
}

test('"Copy as text" puts the flags on the clipboard', async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const own = await context.newPage();
  try {
    await own.goto('/');
    await loadAnswerFile(own, JSON.stringify(vignette('antiplatelet-after-heart-attack').input));
    await own.getByRole('button', { name: 'See summary' }).click();
    await own.getByRole('button', { name: 'Copy as text' }).click();
    await expect(own.getByRole('status').filter({ hasText: 'Copied the summary as text' })).toBeVisible();
    const copied = await own.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('(rule antiplatelet)');
    expect(copied).toContain('(rule cardiovascular-history)');
    expect(copied).toContain('(rule cardiovascular-risk)');
  } finally {
    await context.close();
  }
});

test('the dermatologist’s part in Spanish (issue 14, item 4): page 1 still fits one page in Letter and A4, in Spanish, saying so', async () => {
  test.setTimeout(90_000);
  try {
    for (const { name, input } of BUILT_PATIENTS) {
      await openSummary(input);
      // The switch shows with the dermatologist's part.
      await page.getByRole('button', { name: DERMATOLOGIST_TAB }).click();
      const group = page.getByRole('group', { name: 'Language of the dermatologist’s part' });
      await group.getByRole('button', { name: 'Español' }).click();
      await expect(page.locator('[data-print-part="clinician"]')).toHaveAttribute('lang', 'es');
      for (const format of ['Letter', 'A4'] as const) {
        // Compared without accents, so a PDF text layer that splits "é" into "e" and a combining accent still matches.
        const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        const pages = pdfPageTexts(await page.pdf({ format })).map(plain);
        const where = (text: string) => pages.findIndex((p) => p.includes(plain(text)));
        const first = `page 1 reads: ${pages[0]?.slice(0, 300)}`;
        expect(where('PARA EL MÉDICO'), `${name}, ${format}: the clinician part starts the print; ${first}`).toBe(0);
        expect(pages[0], `${name}, ${format}: says its language`).toContain(plain('Esta parte está en español.'));
        expect(pages[0], `${name}, ${format}: page 1 ends with the open items`).toContain(plain('Sin respuesta / no sé:'));
        expect(where('DETALLES PARA EL MÉDICO'), `${name}, ${format}: page 1 is one page, details on page 2`).toBe(1);
        expect(pages[where('FOR YOU')], `${name}, ${format}: the patient part stays English`).toContain('This part is in English.');
        expect(pages.join('\n'), `${name}, ${format}: the switch is not printed`).not.toContain('Language of the dermatologist');
      }
    }
  } finally {
    // The choice is kept for the tab: back to English for the tests that share this page.
    await page.getByRole('button', { name: DERMATOLOGIST_TAB }).click();
    await page.getByRole('group', { name: 'Language of the dermatologist’s part' }).getByRole('button', { name: 'English' }).click();
  }
});
