/**
 * Keyboard only, start to summary (WCAG 2.1.1): a low-risk adult answers all eight steps with Tab, Space, the
 * arrow keys, typing and Enter — no clicks, no programmatic focus. Each control is reached by tabbing, so a
 * control that cannot be reached, or a focus trap, fails the test.
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { inVoice, STEPS } from '@/lib/questionnaire';
import type { Question } from '@/lib/questionnaire';
import { TRI_VALUES } from '@/lib/questionnaire/types';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

const { answers } = LOW_RISK_ADULT;
const MAX_TABS = 80;

async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** In a radio group, Space picks the first option and each arrow press moves to and picks the next one. */
async function pickInRadioGroup(page: Page, group: Locator, index: number) {
  await tabTo(page, group.getByRole('radio').first());
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

async function answerByKeyboard(page: Page, question: Question, value: unknown) {
  const name = inVoice(question.text, 'patient');
  switch (question.type) {
    case 'tri':
      return pickInRadioGroup(page, page.getByRole('group', { name }), TRI_VALUES.indexOf(value as never));
    case 'choice':
      return pickInRadioGroup(page, page.getByRole('group', { name }), question.options.findIndex((o) => o.id === value));
    case 'multi': {
      const group = page.getByRole('group', { name });
      for (const id of value as string[]) {
        const label = question.options.find((o) => o.id === id)!.label;
        await tabTo(page, group.getByRole('checkbox', { name: label, exact: true }));
        await page.keyboard.press('Space');
      }
      return;
    }
    case 'integer':
      if (question.scale) return pickInRadioGroup(page, page.getByRole('group', { name }), Number(value) - question.min);
      await tabTo(page, page.getByRole('textbox', { name }));
      return page.keyboard.type(String(value));
    case 'text':
      await tabTo(page, page.getByRole('textbox', { name }));
      return page.keyboard.type(String(value));
    case 'map': {
      // One radio group per row (treatmentOutcomes), each a fieldset named by its row.
      const group = page.getByRole('group', { name });
      for (const [key, option] of Object.entries(value as Record<string, string>)) {
        const row = group.getByRole('group', { name: question.keys.find((k) => k.id === key)!.label, exact: true });
        await pickInRadioGroup(page, row, question.options.findIndex((o) => o.id === option));
      }
      return;
    }
  }
}

test('a low-risk adult completes every step, the review and the summary with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, page.getByRole('link', { name: 'Start', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeFocused();
  await tabTo(page, page.getByRole('radio', { name: 'I am the patient' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Continue', exact: true }));
  await page.keyboard.press('Enter');

  for (const step of STEPS) {
    await expect(page.getByRole('heading', { level: 1, name: step.title.self })).toBeFocused();
    for (const question of step.questions) {
      const value = (answers as Record<string, unknown>)[question.id];
      if (value !== undefined && (await page.getByText(inVoice(question.text, 'patient'), { exact: true }).count()) > 0) {
        await answerByKeyboard(page, question, value);
      }
    }
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
  }

  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeFocused();
  // Every answer landed: only the two optional free-text questions are left blank.
  await expect(page.getByText('Not answered', { exact: true })).toHaveCount(2);
  await tabTo(page, page.getByRole('button', { name: 'See summary' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'For you' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'For your dermatologist' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'For the clinician' })).toBeVisible();
  await expect(page.getByText(/no flags|nothing to flag|no items/i).first()).toBeVisible();
});
