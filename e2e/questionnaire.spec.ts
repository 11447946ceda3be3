import { expect, test } from '@playwright/test';
import { STEPS } from '@/lib/questionnaire';
import { vignette } from '@/__tests__/support/vignettes';
import { answerAllSteps, answerQuestion, answerStep, reviewedAnswers, startAs } from './questionnaire.helpers';
import { questionById } from '@/lib/questionnaire';

const lowRisk = vignette('low-risk-adult').input;
const pregnant = vignette('pregnant-patient').input;

test('a low-risk adult goes from the start page to the review, then to the summary', async ({ page }) => {
  await startAs(page, 'patient');
  await expect(page).toHaveTitle('Step 1 of 8: About you');
  await answerAllSteps(page, lowRisk);
  await expect(page).toHaveTitle('Review your answers');
  const listed = await reviewedAnswers(page);
  expect(listed.get('How old are you?')).toBe('30 years');
  expect(listed.get('Do you smoke tobacco?')).toBe('Never smoked');
  expect(listed.get('What other medicines, vitamins or supplements do you take?')).toBe('Not answered');
  await page.getByRole('button', { name: 'See summary' }).click();
  await expect(page).toHaveURL(/\/summary$/);
  // Reader first: the patient lands on their own part, and one press shows the dermatologist's.
  await expect(page.getByRole('heading', { level: 2, name: 'For you' })).toBeVisible();
  await page.getByRole('button', { name: 'For your dermatologist' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'For the clinician' })).toBeVisible();
});

test('a pregnant patient sees and answers the pregnancy questions', async ({ page }) => {
  await startAs(page, 'patient');
  await expect(page.getByRole('group', { name: 'Are you pregnant now?' })).toHaveCount(0);
  await answerQuestion(page, questionById('age')!, 29, 'patient');
  await expect(page.getByRole('group', { name: 'Are you pregnant now?' })).toBeVisible();
  await answerAllSteps(page, pregnant, { justArrived: false });
  const listed = await reviewedAnswers(page);
  expect(listed.get('Are you pregnant now?')).toBe('Yes');
  expect(listed.get('Could you become pregnant?')).toBe('Yes');
  expect(listed.get('Are you planning a pregnancy in the next 12 months?')).toBe('No');
});

test('an 8-year-old is never asked about pregnancy or the shingles vaccine', async ({ page }) => {
  await startAs(page, 'caregiver');
  await answerQuestion(page, questionById('age')!, 8, 'caregiver');
  await expect(page.getByText(/pregnan/i)).toHaveCount(0);
  await page.getByRole('button', { name: 'Continue' }).click();
  await answerQuestion(page, questionById('severity')!, 'moderate', 'caregiver');
  for (let step = 1; step < STEPS.length; step++) {
    await expect(page.getByText(/pregnan|breastfeed|Shingrix/i)).toHaveCount(0);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await expect(page.getByText(/pregnan|breastfeed|Shingrix/i)).toHaveCount(0);
});

test('a JAK inhibitor ticked shows the reaction question; unticked hides it', async ({ page }) => {
  await startAs(page, 'patient');
  await answerStep(page, 0, lowRisk.answers, 'patient');
  await answerStep(page, 1, lowRisk.answers, 'patient');
  const reaction = page.getByRole('group', { name: 'Did you ever have an allergic reaction to a JAK inhibitor?' });
  await expect(reaction).toHaveCount(0);
  const tried = page.getByRole('group', { name: 'Which of these have you ever used for eczema?' });
  await tried.getByRole('checkbox', { name: 'Upadacitinib pills' }).check();
  await expect(reaction).toBeVisible();
  await tried.getByRole('checkbox', { name: 'Upadacitinib pills' }).uncheck();
  await expect(reaction).toHaveCount(0);
});

test('a missing required answer shows the error summary, and its link focuses the field', async ({ page }) => {
  await startAs(page, 'patient');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle('Error: Step 1 of 8: About you');
  await summary.getByRole('link', { name: 'Enter your age in years' }).click();
  await expect(page.getByRole('textbox', { name: 'How old are you?' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'How old are you?' })).toHaveAttribute('aria-invalid', 'true');
});

test('back keeps answers, and changing an earlier answer keeps the later ones', async ({ page }) => {
  await startAs(page, 'patient');
  await answerStep(page, 0, lowRisk.answers, 'patient');
  await answerQuestion(page, questionById('severity')!, 'severe', 'patient');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'How old are you?' })).toHaveValue('30');
  await expect(page.getByRole('radio', { name: 'No', exact: true }).first()).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('radio', { name: 'Severe', exact: true })).toBeChecked();
});

test('a step opened from the review returns to the review', async ({ page }) => {
  await startAs(page, 'patient');
  await answerAllSteps(page, lowRisk);
  await page.getByRole('button', { name: 'Change answers in Heart, blood clots and smoking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Heart, blood clots and smoking' })).toBeFocused();
  await answerQuestion(page, questionById('smoking')!, 'current', 'patient');
  await page.getByRole('button', { name: 'Save and go back to review' }).click();
  const listed = await reviewedAnswers(page);
  expect(listed.get('Do you smoke tobacco?')).toBe('Smoke now');
  expect(listed.get('How old are you?')).toBe('30 years');
});

test('a reload while changing an answer from the review still goes back to the review', async ({ page }) => {
  await startAs(page, 'patient');
  await answerAllSteps(page, lowRisk);
  await page.getByRole('button', { name: 'Change answers in Heart, blood clots and smoking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Heart, blood clots and smoking' })).toBeFocused();
  // The address follows the machine a moment later: reload the step's own address, as a person would see it.
  await expect(page).toHaveURL(/\/questionnaire\/heart$/);
  // Leaving with answers kept only for the tab asks first (beforeunload): say yes, so the reload happens.
  page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Heart, blood clots and smoking' })).toBeVisible();
  await answerQuestion(page, questionById('smoking')!, 'current', 'patient');
  await page.getByRole('button', { name: 'Save and go back to review' }).click();
  expect((await reviewedAnswers(page)).get('Do you smoke tobacco?')).toBe('Smoke now');
});

test('keyboard only: choose with arrows and space, continue with Enter', async ({ page }) => {
  await page.goto('/questionnaire');
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'I am the patient' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Continue', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'About you' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'How old are you?' })).toBeFocused();
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your eczema' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Moderate' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Treatments' })).toBeFocused();
});
