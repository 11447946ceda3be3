/**
 * Issue 12, items 1 and 5 in the browser at 390 px: "No to all of these" answers each row of its grid No and
 * leaves a changed row changed; a row answered before keeps its answer; the date of birth is typed as day,
 * month and year, gives the age, and an age that disagrees with it is asked again.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { inVoice, stepById } from '@/lib/questionnaire';
import type { Question, Step } from '@/lib/questionnaire';
import { localToday, spokenDate } from '@/lib/flow/birthDate';
import { vignette } from '@/__tests__/support/vignettes';
import { answerStep, bornYearsAgo, fillDateOfBirth, RESPONDENT_CHOICES, startAs } from './questionnaire.helpers';

const lowRisk = vignette('low-risk-adult').input;
test.use({ viewport: { width: 390, height: 844 } });

const row = (page: Page, id: string) => {
  const question = (stepById('infections')!.questions as readonly Question[]).find((q) => q.id === id)!;
  return page.getByRole('group', { name: inVoice(question.text, 'patient'), exact: true });
};

test('"No to all of these" answers each row No, keeps a row answered before, and a changed row stays changed', async ({ page }) => {
  await startAs(page, 'patient');
  for (let i = 0; i < 3; i++) await answerStep(page, i, lowRisk.answers, 'patient');
  await expect(page.getByRole('heading', { level: 1, name: 'Infections and vaccines' })).toBeFocused();
  const infections = (stepById('infections') as Step).groups![0].questions;

  // Answered before the tap: "not sure" stays "not sure".
  await row(page, 'tbExposure').getByRole('radio', { name: 'Not sure', exact: true }).check();
  const grid = page.getByRole('group', { name: 'Infections', exact: true });
  await grid.getByRole('button', { name: 'No to all of these' }).click();
  for (const id of infections) {
    await expect(row(page, id).getByRole('radio', { name: id === 'tbExposure' ? 'Not sure' : 'No', exact: true })).toBeChecked();
  }
  await expect(grid.locator('[aria-live="polite"]')).toHaveText(`Answered No to ${infections.length - 1} questions. You can still change any of them.`);
  // The other grid on the page is untouched.
  await expect(row(page, 'shinglesVaccine').getByRole('radio')).toHaveCount(3);
  for (const radio of await row(page, 'shinglesVaccine').getByRole('radio').all()) await expect(radio).not.toBeChecked();

  // A row changed after the tap stays changed, through another tap and a round trip to the next step and back.
  await row(page, 'hiv').getByRole('radio', { name: 'Yes', exact: true }).check();
  await grid.getByRole('button', { name: 'No to all of these' }).click();
  await expect(row(page, 'hiv').getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Heart, blood clots and smoking' })).toBeFocused();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(row(page, 'hiv').getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(row(page, 'hepatitisC').getByRole('radio', { name: 'No', exact: true })).toBeChecked();
});

test('"No to all" in the pregnancy grid leaves the questions its own No hides unanswered', async ({ page }) => {
  await startAs(page, 'patient');
  await page.getByRole('textbox', { name: 'How old are you?' }).fill('30');
  const grid = page.getByRole('group', { name: 'Pregnancy and hormones', exact: true });
  await expect(grid.getByRole('group', { name: 'Are you pregnant now?' })).toBeVisible();
  await grid.getByRole('button', { name: 'No to all of these' }).click();
  await expect(grid.getByRole('group', { name: 'Could you become pregnant?' }).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(grid.getByRole('group', { name: 'Are you pregnant now?' })).toHaveCount(0);
  await grid.getByRole('group', { name: 'Could you become pregnant?' }).getByRole('radio', { name: 'Yes', exact: true }).check();
  // Shown again, and blank: a No the person never saw is never given.
  for (const radio of await grid.getByRole('group', { name: 'Are you pregnant now?' }).getByRole('radio').all()) await expect(radio).not.toBeChecked();
});

async function toIntro(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeFocused();
  await page.getByRole('radio', { name: RESPONDENT_CHOICES.patient, exact: true }).check();
}

test('date of birth: three boxes in US order; each mistake names its box and keeps what was typed', async ({ page }) => {
  await toIntro(page);
  const date = page.getByRole('group', { name: 'Patient’s date of birth' });
  const boxes = date.getByRole('textbox');
  await expect(boxes).toHaveCount(3);
  expect(await boxes.evaluateAll((inputs) => inputs.map((i) => [i.id, i.getAttribute('inputmode')]))).toEqual([
    ['patient-dob-month', 'numeric'],
    ['patient-dob-day', 'numeric'],
    ['patient-dob-year', 'numeric'],
  ]);
  const start = page.getByRole('button', { name: 'Continue', exact: true });
  const cases: { day: string; month: string; year: string; message: string; wrong: string[] }[] = [
    { day: '27', month: '', year: '1991', message: 'Date of birth must include a month', wrong: ['Month'] },
    { day: '31', month: '4', year: '1991', message: 'April 1991 has 30 days: check the day', wrong: ['Day'] },
    { day: '27', month: '13', year: '1991', message: 'Enter the month as a number from 1 to 12', wrong: ['Month'] },
    { day: '27', month: '3', year: '91', message: 'Enter the year as 4 digits, for example 1991', wrong: ['Year'] },
    { day: '1', month: '1', year: String(Number(localToday().slice(0, 4)) + 1), message: 'Date of birth must be today or in the past', wrong: ['Day', 'Month', 'Year'] },
    { day: '1', month: '1', year: '1890', message: 'Date of birth makes the age over 120: check the year', wrong: ['Year'] },
  ];
  for (const c of cases) {
    await date.getByRole('textbox', { name: 'Day' }).fill(c.day);
    await date.getByRole('textbox', { name: 'Month' }).fill(c.month);
    await date.getByRole('textbox', { name: 'Year' }).fill(c.year);
    await start.click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link', { name: c.message })).toBeVisible();
    await expect(date.getByText(c.message)).toBeVisible();
    for (const part of ['Day', 'Month', 'Year']) {
      const box = date.getByRole('textbox', { name: part });
      if (c.wrong.includes(part)) await expect(box).toHaveAttribute('aria-invalid', 'true');
      else await expect(box).not.toHaveAttribute('aria-invalid');
    }
    // Nothing typed is dropped.
    await expect(date.getByRole('textbox', { name: 'Day' })).toHaveValue(c.day);
    await expect(date.getByRole('textbox', { name: 'Month' })).toHaveValue(c.month);
    await expect(date.getByRole('textbox', { name: 'Year' })).toHaveValue(c.year);
    await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
  }
});

test('the age comes from the date of birth, and an age typed that disagrees is asked again', async ({ page }) => {
  await toIntro(page);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  // No date of birth: the age is asked.
  await page.getByRole('textbox', { name: 'How old are you?' }).fill('52');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your eczema' })).toBeFocused();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeFocused();
  const born = bornYearsAgo(35);
  await fillDateOfBirth(page, born);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  // The typed 52 and the date (35) disagree: Continue asks again and names both.
  await expect(page.getByRole('textbox', { name: 'How old are you?' })).toHaveValue('52');
  await page.getByRole('button', { name: 'Continue' }).click();
  const message = `The date of birth (${spokenDate(born)}) makes you 35, not 52. Change the age, or go back and correct the date of birth.`;
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link', { name: message })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'About you' })).toBeVisible();
  await page.getByRole('button', { name: 'Use 35 (from the date of birth)' }).click();
  await expect(page.getByText('35 years, from the date of birth')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'How old are you?' })).toHaveCount(0);
  await page.getByRole('group', { name: 'Pregnancy and hormones' }).getByRole('button', { name: 'No to all of these' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your eczema' })).toBeFocused();
});

test('with a date of birth and no age yet, the age is worked out and not asked', async ({ page }) => {
  await toIntro(page);
  await fillDateOfBirth(page, bornYearsAgo(40));
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About you' })).toBeFocused();
  await expect(page.getByText('40 years, from the date of birth')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'How old are you?' })).toHaveCount(0);
});
