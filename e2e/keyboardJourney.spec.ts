/**
 * Keyboard only, start to summary (WCAG 2.1.1): a low-risk adult answers all eight steps with Tab, Space, the
 * arrow keys, typing and Enter — no clicks, no programmatic focus. Each control is reached by tabbing, so a
 * control that cannot be reached, or a focus trap, fails the test. Once in English from `/` and once in Spanish
 * from `/es` (issue 14), every name taken from that language's catalogue and questionnaire wording.
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { inVoice } from '@/lib/questionnaire';
import type { Question } from '@/lib/questionnaire';
import { stepsIn } from '@/lib/questionnaire/localized';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
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

const JOURNEYS: readonly [Locale, string][] = [
  ['en', '/'],
  ['es', '/es'],
];

for (const [locale, startUrl] of JOURNEYS) {
  test(`a low-risk adult completes every step, the review and the summary with the keyboard alone (${locale})`, async ({ page }) => {
    test.setTimeout(180_000);
    const t = messagesFor(locale);
    await page.goto(startUrl);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await tabTo(page, page.getByRole('link', { name: t.start.start, exact: true }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: t.intro.heading })).toBeFocused();
    await tabTo(page, page.getByRole('radio', { name: t.intro.patient }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('button', { name: t.flow.continue, exact: true }));
    await page.keyboard.press('Enter');

    for (const step of stepsIn(locale)) {
      await expect(page.getByRole('heading', { level: 1, name: step.title.self })).toBeFocused();
      for (const question of step.questions) {
        const value = (answers as Record<string, unknown>)[question.id];
        if (value !== undefined && (await page.getByText(inVoice(question.text, 'patient'), { exact: true }).count()) > 0) {
          await answerByKeyboard(page, question, value);
        }
      }
      await tabTo(page, page.getByRole('button', { name: t.flow.continue, exact: true }));
      await page.keyboard.press('Enter');
    }

    await expect(page.getByRole('heading', { level: 1, name: t.review.heading })).toBeFocused();
    // Every answer landed: only the two optional free-text questions are left blank.
    await expect(page.getByText(t.review.notAnswered, { exact: true })).toHaveCount(2);
    await tabTo(page, page.getByRole('button', { name: t.review.seeSummary }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: t.summary.forYou })).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: t.summary.forYourDermatologist }));
    await page.keyboard.press('Enter');
    // The clinician part is in the clinic's language, English by default, on a Spanish page too: its name as well.
    await expect(page.getByRole('region', { name: messagesFor('en').summary.forClinician })).toBeVisible();
    await expect(page.getByText(/no flags/i).first()).toBeVisible();
  });
}
