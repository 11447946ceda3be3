/**
 * The whole journey with a marker in every free-text field and the name (SAFETY.md checklist 8, 10, 11):
 * start → every step → review → summary → print, once as a person at home and once on a clinic tablet.
 * Every request is recorded: none may go to another origin or carry the marker or the date of birth. At
 * every screen the title must be free of them, and browser storage must hold no answer.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { answerStep, fillDateOfBirth, RESPONDENT_CHOICES } from './questionnaire.helpers';
import { STEPS } from '@/lib/questionnaire';
import { cachedEntriesHolding, expectNoAnswersStored, FREE_TEXT, leaks, markedLowRiskAdult, recordRequests, turnOnClinicMode } from './privacy.helpers';

const MARKER = 'ZQX-MARKER-7731';
const { document, dateOfBirth: DATE_OF_BIRTH } = markedLowRiskAdult(MARKER);
const AGE = String(document.answers.age);

/** What must never appear in a title or a request. */
const SECRETS = [MARKER, DATE_OF_BIRTH];

async function expectScreenKeepsSecrets(page: Page, clinic: boolean) {
  const title = await page.title();
  for (const secret of SECRETS) expect(title).not.toContain(secret);
  expect(title).not.toMatch(new RegExp(`\\b${AGE}\\b`));
  await expectNoAnswersStored(page, { clinic });
  // The service worker's caches hold the app's own files only.
  expect(await cachedEntriesHolding(page, SECRETS)).toEqual([]);
}

async function journey(page: Page, baseURL: string, { clinic }: { clinic: boolean }) {
  if (clinic) await turnOnClinicMode(page);
  else await page.goto('/');
  const requests = recordRequests(page);
  await expectScreenKeepsSecrets(page, clinic);

  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeFocused();
  await page.getByRole('radio', { name: RESPONDENT_CHOICES.patient, exact: true }).check();
  await page.getByRole('textbox', { name: 'Patient’s name' }).fill(MARKER);
  await fillDateOfBirth(page, DATE_OF_BIRTH);
  await expectScreenKeepsSecrets(page, clinic);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  for (let index = 0; index < STEPS.length; index++) {
    await expectScreenKeepsSecrets(page, clinic);
    await answerStep(page, index, document.answers, document.respondent);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeFocused();
  // Every free-text field and the name really carry the marker.
  await expect(page.getByText(MARKER)).toHaveCount(FREE_TEXT.length + 1);
  await expectScreenKeepsSecrets(page, clinic);

  await page.getByRole('button', { name: 'See summary' }).click();
  await expect(page).toHaveURL(/\/summary$/);
  await expectScreenKeepsSecrets(page, clinic);

  await page.emulateMedia({ media: 'print' });
  await expectScreenKeepsSecrets(page, clinic);
  await page.emulateMedia({ media: 'screen' });
  // page.pdf() lays the page out for print itself, and fires beforeprint and afterprint as printing does.
  const pdf = await page.pdf({ format: 'Letter' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await expectScreenKeepsSecrets(page, clinic);

  const recorded = await requests();
  expect(recorded.length).toBeGreaterThan(0);
  expect(leaks(recorded, new URL(baseURL).origin, SECRETS)).toEqual([]);
}

test('at home: nothing leaves the page, no title and no storage holds an answer', async ({ page, baseURL }) => {
  await journey(page, baseURL!, { clinic: false });
});

test('on a clinic tablet: the same, then "Finish and clear" leaves nothing behind, and Back reaches nothing', async ({ page, baseURL }) => {
  await journey(page, baseURL!, { clinic: true });
  // Printing (page.pdf fires afterprint, as the print dialog does) offers the clear at once.
  const offer = page.getByRole('alertdialog', { name: 'Clear the tablet for the next patient?' });
  await expect(offer).toBeVisible();
  await expect(offer.getByRole('button', { name: 'Not yet' })).toBeFocused();
  await offer.getByRole('button', { name: 'Not yet' }).click();
  await expect(offer).toHaveCount(0);
  await page.getByRole('button', { name: 'Finish and clear for the next patient' }).first().click();
  await page.getByRole('button', { name: 'Yes, clear for the next patient' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: /talk about JAK inhibitors/ })).toBeVisible();
  await expectNoAnswersStored(page, { clinic: true });
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: /talk about JAK inhibitors/ })).toBeVisible();
  await expect(page.getByText(MARKER)).toHaveCount(0);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Patient’s name' })).toHaveValue('');
});

test('the request check catches a marker sent in a URL, a header or a body, and another origin', async ({ page, baseURL }) => {
  await page.goto('/');
  const requests = recordRequests(page);
  await page.evaluate(async (marker) => {
    await fetch(`/?q=${encodeURIComponent(marker)}`);
    await fetch('/', { headers: { 'x-note': marker } });
    await fetch('/', { method: 'PUT', body: `name=${marker}` });
  }, MARKER);
  const found = leaks(await requests(), new URL(baseURL!).origin, SECRETS);
  expect(found.filter((problem) => problem.includes('URL'))).toHaveLength(1);
  expect(found.filter((problem) => problem.includes('header'))).toHaveLength(1);
  expect(found.filter((problem) => problem.includes('body'))).toHaveLength(1);
  expect(leaks([{ url: 'https://collect.example.com/p', headers: {}, body: '' }], new URL(baseURL!).origin, SECRETS)).toHaveLength(1);
});
