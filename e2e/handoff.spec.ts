/**
 * The hand-off to the clinic, as people would do it (issue 6): the FHIR file downloaded on one device and loaded
 * on another; the QR code shown on one screen, photographed, and read on another. A fresh browser context
 * stands for the other device: nothing is shared but the file or the picture.
 */
import { expect, test } from '@playwright/test';
import type { Browser, Download, Page } from '@playwright/test';
import { pruneHidden } from '@/lib/answers';
import { parseQuestionnaireResponse } from '@/lib/fhir';
import { expectNoViolations } from './expectNoViolations';
import { vignette } from '@/__tests__/support/vignettes';
import { loadAnswerFile, reviewedAnswers } from './questionnaire.helpers';

const { input } = vignette('antiplatelet-after-heart-attack');
const NAMED = { ...input, patient: { name: 'Ada Lovelace', dateOfBirth: '1970-03-04' } };
const REVIEW = { level: 1, name: 'Review your answers' } as const;

async function reviewOf(page: Page, document: object) {
  await page.goto('/');
  await loadAnswerFile(page, JSON.stringify(document));
  await expect(page.getByRole('heading', REVIEW)).toBeFocused();
}

async function downloadedText(download: Download): Promise<string> {
  const chunks = await (await download.createReadStream()).toArray();
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The summary's two parts as text, from the review. The time it was prepared is left out: the two devices
 * open it at different moments.
 */
async function summaryOf(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'See summary' }).click();
  // Both printed parts, whichever one the screen shows first.
  await expect(page.getByRole('heading', { level: 1, name: 'Summary' })).toBeVisible();
  const parts = [page.locator('[data-print-part="clinician"]'), page.locator('[data-print-part="patient"]')];
  return Promise.all(parts.map(async (part) => (await part.innerText()).replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g, '(time)')));
}

/** A start page on another device: a new context shares no storage and no memory with the first. */
async function otherDevice(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  return page;
}

test('the FHIR file from the review loads on another device and shows the same answers and summary', async ({ page, browser }) => {
  await reviewOf(page, NAMED);
  const before = await reviewedAnswers(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download for your clinic (FHIR)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('eczema-answers-fhir.json');
  const text = await downloadedText(download);
  expect(JSON.parse(text).resourceType).toBe('QuestionnaireResponse');
  expect(parseQuestionnaireResponse(JSON.parse(text))).toEqual({ ok: true, value: { ...NAMED, answers: pruneHidden(NAMED.answers) } });

  const clinic = await otherDevice(browser);
  await clinic.getByLabel('Load answers from a file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/fhir+json', buffer: Buffer.from(text) });
  await expect(clinic.getByRole('heading', REVIEW)).toBeFocused();
  expect(await reviewedAnswers(clinic)).toEqual(before);
  const summary = await summaryOf(clinic);
  expect(summary[0]).toContain('Ada Lovelace');
  expect(summary).toEqual(await summaryOf(page));
  await clinic.context().close();
});

test('a screenshot of the QR code, uploaded as a photo on another device, shows the same answers and summary', async ({ page, browser }, testInfo) => {
  await reviewOf(page, NAMED);
  const before = await reviewedAnswers(page);
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show a code for the clinic' }).click();
  const code = page.getByRole('img', { name: 'QR code with your answers, for the clinic to scan' });
  await expect(code).toBeVisible();
  const photo = testInfo.outputPath('qr-code.png');
  await code.screenshot({ path: photo });

  const clinic = await otherDevice(browser);
  await clinic.getByLabel('Read a code from a photo').setInputFiles(photo);
  await expect(clinic.getByRole('heading', REVIEW)).toBeFocused();
  expect(await reviewedAnswers(clinic)).toEqual(before);
  expect(await summaryOf(clinic)).toEqual(await summaryOf(page));
  await clinic.context().close();
});

test('a photo without a code shows an alert on the start page and changes nothing', async ({ page }, testInfo) => {
  await page.goto('/');
  const photo = testInfo.outputPath('no-code.png');
  await page.getByRole('heading', { level: 1 }).screenshot({ path: photo });
  await page.getByText('Already answered at home?', { exact: true }).click();
  await page.getByLabel('Read a code from a photo').setInputFiles(photo);
  await expect(page.getByRole('alert', { name: 'This code could not be read' })).toContainText('No QR code was found in this picture.');
  await expect(page).toHaveURL(/\/$/);
});

for (const width of [390, 1280]) {
  test(`the load options and the code pass axe at ${width}px`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expectNoViolations(page, 'start page');
    await page.getByText('Already answered at home?', { exact: true }).click();
    await expectNoViolations(page, 'start page, answers from home open');
    await page.screenshot({ path: testInfo.outputPath(`${width}-start-load-options.png`) });
    await reviewOf(page, NAMED);
    await page.getByRole('button', { name: 'Show a code for the clinic' }).click();
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    await expectNoViolations(page, 'review with the code shown');
    await page.getByRole('heading', { level: 2, name: 'Hand your answers to the clinic' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath(`${width}-review-code.png`) });
  });
}

test('the summary offers the same FHIR download, which holds the same answers', async ({ page }) => {
  await reviewOf(page, NAMED);
  await page.getByRole('button', { name: 'See summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summary' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download for your clinic (FHIR)' }).click();
  const text = await downloadedText(await downloading);
  expect(parseQuestionnaireResponse(JSON.parse(text))).toEqual({ ok: true, value: { ...NAMED, answers: pruneHidden(NAMED.answers) } });
});
