/**
 * The patient side in Spanish (issue 14), at a phone's width (390 px): the Spanish link from the start page
 * through "Before you start", every step, the review and the summary's patient part. On every screen: <html lang="es">, no common English word
 * in the page's text or title, and axe passes. The date of birth is asked and shown day / month / year.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { inVoice } from '@/lib/questionnaire';
import type { Question } from '@/lib/questionnaire';
import { stepsIn } from '@/lib/questionnaire/localized';
import { es } from '@/lib/i18n/messages/es';
import { expectNoViolations } from './expectNoViolations';
import { englishWordsIn } from './support/englishWords';

/** The English words in the page's visible text (hidden helper text for screen readers included) and its title. */
async function englishOn(page: Page): Promise<string[]> {
  return englishWordsIn(`${await page.title()}\n${await page.locator('body').innerText()}`);
}

async function checkScreen(page: Page, name: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(await englishOn(page), `English words on ${name}`).toEqual([]);
  await expectNoViolations(page, name);
  await page.screenshot({ path: test.info().outputPath(`es-390-${name}.png`), fullPage: true });
}

const STEPS_ES = stepsIn('es');
const question = (id: string) => STEPS_ES.flatMap((s) => s.questions as readonly Question[]).find((q) => q.id === id)!;

test.use({ viewport: { width: 390, height: 844 } });

test('a Spanish link walks the start page, "Before you start", every step, the review and the summary in Spanish', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/es');
  await expect(page.getByRole('heading', { level: 1, name: es.start.heading })).toBeVisible();
  // The language choice: each language in its own name and its own lang.
  const languages = page.getByRole('navigation', { name: es.site.language });
  await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
  await expect(languages.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/');
  await expect(languages.getByText('Español')).toHaveAttribute('aria-current', 'true');
  // "English" is the language choice's name for English, in English (WCAG 3.1.2): not in the word list.
  await checkScreen(page, 'start');

  await page.getByRole('link', { name: es.start.start, exact: true }).click();
  await expect(page).toHaveURL(/\/es\/questionnaire$/);
  await expect(page.getByRole('heading', { level: 1, name: es.intro.heading })).toBeFocused();
  // Day, month, year: the boxes in the order Spanish readers write a date.
  const dob = page.getByRole('group', { name: es.intro.dateOfBirth });
  const labels = await dob.locator('label').allInnerTexts();
  expect(labels.map((l) => l.trim())).toEqual([es.controls.day, es.controls.month, es.controls.year]);
  await checkScreen(page, 'intro');
  // A blank "who" is asked for in Spanish.
  await page.getByRole('button', { name: es.flow.continue, exact: true }).click();
  await expect(page.getByRole('alert', { name: es.flow.problemHeading })).toContainText(es.intro.chooseWho);
  await checkScreen(page, 'intro-error');

  await page.getByRole('radio', { name: es.intro.patient, exact: true }).check();
  await dob.getByRole('textbox', { name: es.controls.day }).fill('27');
  await dob.getByRole('textbox', { name: es.controls.month }).fill('3');
  await dob.getByRole('textbox', { name: es.controls.year }).fill('1991');
  await page.getByRole('button', { name: es.flow.continue, exact: true }).click();

  for (const step of STEPS_ES) {
    const title = inVoice(step.title, 'patient');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`/es/questionnaire/${step.id}$`));
    if (step.id === 'about') {
      await expect(page.getByText(/Su edad: \d+ años, según la fecha de nacimiento\./)).toBeVisible();
      await page.getByRole('button', { name: es.controls.noToAll }).click();
    }
    if (step.id === 'eczema') {
      // A required answer left blank: the error summary and the field say so in Spanish.
      await page.getByRole('button', { name: es.flow.continue, exact: true }).click();
      await expect(page.getByRole('alert', { name: es.flow.problemHeading })).toContainText(inVoice(question('severity').blankError!, 'patient'));
      await checkScreen(page, 'eczema-error');
      await page.getByRole('group', { name: inVoice(question('severity').text, 'patient') }).getByRole('radio', { name: /^Moderado/ }).check();
    }
    if (step.id === 'treatments') {
      // A JAK inhibitor tried shows its table and the reaction questions.
      await page.getByRole('checkbox', { name: /^Upadacitinib en pastillas/ }).check();
      await page.getByRole('group', { name: inVoice(question('jakReaction').text, 'patient') }).getByRole('radio', { name: es.controls.unsure, exact: true }).check();
      await expect(page.getByRole('group', { name: inVoice(question('jakReactionType').text, 'patient') })).toBeVisible();
    }
    if (step.id === 'health') await page.getByRole('checkbox', { name: /^Melanoma/ }).check();
    await checkScreen(page, step.id);
    await page.getByRole('button', { name: es.flow.continue, exact: true }).click();
  }

  await expect(page.getByRole('heading', { level: 1, name: es.review.heading })).toBeFocused();
  await expect(page).toHaveURL(/\/es\/questionnaire\/review$/);
  // The date of birth reads day/month/year.
  await expect(page.locator('.review-list').getByText('27/03/1991')).toBeVisible();
  await expect(page.getByText('No sé').first()).toBeVisible();
  await checkScreen(page, 'review');

  // The summary: the patient's part in Spanish; the clinician's part stays English, marked lang="en".
  await page.getByRole('button', { name: es.review.seeSummary }).click();
  await expect(page).toHaveURL(/\/es\/summary$/);
  await expect(page.getByRole('heading', { level: 1, name: es.summary.heading })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: es.summary.patientHeading })).toBeVisible();
  await expect(page.getByText(/^No está claro si tuvo una reacción alérgica a un inhibidor de JAK\./)).toBeVisible();
  await checkScreen(page, 'summary');
  await page.getByRole('button', { name: es.summary.forYourDermatologist }).click();
  await expect(page.locator('[data-print-part="clinician"]')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-print-part="clinician"]')).toBeVisible();
  // The dermatologist's part can be switched to Spanish (issue 14, item 4); the page's lang then covers it.
  await page.getByRole('group', { name: es.clinicianPart.language }).getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Para el médico', exact: true })).toBeVisible();
  await expect(page.getByText('Esta parte está en español.').first()).toBeVisible();
  await expect(page.locator('[data-print-part="clinician"]')).not.toHaveAttribute('lang');

  // Back by the browser keeps the Spanish URL and page.
  await page.goBack();
  await expect(page).toHaveURL(/\/es\/questionnaire\/review$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('the English start page offers Español, in Spanish, and the link keeps the place', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const link = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Español' });
  await expect(link).toHaveAttribute('lang', 'es');
  await link.click();
  await expect(page).toHaveURL(/\/es$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1, name: es.start.heading })).toBeVisible();
});
