/**
 * The machine owns the position and the URL follows it: the browser's Back and Forward move between places like
 * the page's own Back and Continue, nothing typed is lost, a reload stays put, and a URL for a place not reached
 * yet lands on the furthest reachable one (docs/decisions/0005-per-step-urls.md).
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { inVoice, STEPS } from '@/lib/questionnaire';
import type { Question, Step } from '@/lib/questionnaire';
import { TRI_LABELS } from '@/lib/questionnaire/formatAnswer';
import { vignette } from '@/__tests__/support/vignettes';
import { answerQuestion, answerStep, startAs } from './questionnaire.helpers';

test.describe.configure({ timeout: 180_000 });

const lowRisk = vignette('low-risk-adult').input;
const given = lowRisk.answers as Record<string, unknown>;
const stepHeading = (page: Page, index: number) => page.getByRole('heading', { level: 1, name: inVoice(STEPS[index].title, 'patient') });

/** Every answer of the vignette on step `index` is on the screen. */
async function expectStepShows(page: Page, index: number) {
  for (const question of STEPS[index].questions as readonly Question[]) {
    const value = given[question.id];
    if (value === undefined) continue;
    const text = inVoice(question.text, 'patient');
    if (question.type === 'integer' && !question.scale) {
      await expect(page.getByRole('textbox', { name: text, exact: true })).toHaveValue(String(value));
    } else if (question.type === 'text') {
      await expect(page.getByRole('textbox', { name: text, exact: true })).toHaveValue(String(value));
    } else if (question.type === 'multi' && (STEPS[index] as Step).perItemTable?.tick === question.id) {
      // treatmentsCurrent: a "Using it now" box in each treatment's table.
      const table = (STEPS[index] as Step).perItemTable!;
      for (const id of (value as string[]).filter((v) => v !== 'none')) {
        const row = page.getByRole('group', { name: question.options.find((o) => o.id === id)!.label, exact: true });
        await expect(row.getByRole('checkbox', { name: inVoice(table.tickLabel, 'patient'), exact: true })).toBeChecked();
      }
    } else if (question.type === 'map') {
      // treatmentOutcomes: one radio group per row, named by the row's label.
      const group = page.getByRole('group', { name: text, exact: true });
      for (const [key, option] of Object.entries(value as Record<string, string>)) {
        const row = group.getByRole('group', { name: question.keys.find((k) => k.id === key)!.label, exact: true });
        await expect(row.getByRole('radio', { name: question.options.find((o) => o.id === option)!.label, exact: true })).toBeChecked();
      }
    } else {
      const group = page.getByRole('group', { name: text, exact: true });
      const ids = Array.isArray(value) ? value : [String(value)];
      for (const id of ids) {
        const label =
          question.type === 'tri'
            ? TRI_LABELS[id as keyof typeof TRI_LABELS]
            : question.type === 'integer'
              ? new RegExp(`^${id}\\b`)
              : question.options.find((o) => o.id === id)!.label;
        await expect(group.getByRole(question.type === 'multi' ? 'checkbox' : 'radio', { name: label, exact: typeof label === 'string' })).toBeChecked();
      }
    }
  }
}

test('on every step, the browser Back then Forward keeps every answer on the screen, sent or not', async ({ page }) => {
  await startAs(page, 'patient');
  for (let index = 0; index < STEPS.length; index++) {
    await expect(stepHeading(page, index)).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`/questionnaire/${STEPS[index].id}$`));
    for (const question of STEPS[index].questions as readonly Question[]) {
      if (given[question.id] !== undefined) await answerQuestion(page, question, given[question.id], 'patient');
    }
    await page.goBack();
    if (index === 0) {
      await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
      await expect(page.getByRole('radio', { name: 'I am the patient' })).toBeChecked();
    } else {
      await expect(stepHeading(page, index - 1)).toBeVisible();
      await expectStepShows(page, index - 1);
    }
    await page.goForward();
    await expect(stepHeading(page, index)).toBeVisible();
    await expectStepShows(page, index);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeFocused();
  await expect(page).toHaveURL(/\/questionnaire\/review$/);
});

test('Back from step 1 goes to the start page, and nothing typed is lost', async ({ page }) => {
  await startAs(page, 'patient');
  await expect(stepHeading(page, 0)).toBeFocused();
  // The screen moves at once; the browser's history has the step once the URL follows.
  await expect(page).toHaveURL(new RegExp(`/questionnaire/${STEPS[0].id}$`));
  await page.getByRole('textbox', { name: 'How old are you?' }).fill('30');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: /Get ready to talk/ })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('radio', { name: 'I am the patient' })).toBeChecked();
  await page.goForward();
  await expect(stepHeading(page, 0)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'How old are you?' })).toHaveValue('30');
});

/** What the summary says in both parts (the reader's, then the dermatologist's), without the time it was prepared. */
async function summaryText(page: Page): Promise<string> {
  const parts: string[] = [];
  await expect(page.getByRole('heading', { level: 2, name: 'For you' })).toBeVisible();
  parts.push(await page.getByRole('main').innerText());
  await page.getByRole('button', { name: 'For your dermatologist' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'For the clinician' })).toBeVisible();
  parts.push(await page.getByRole('main').innerText());
  return parts
    .join('\n')
    .split('\n')
    .filter((line) => !/prepared|\d{1,2}:\d{2}/i.test(line))
    .join('\n');
}

test('Forward after "Back to your answers" shows the summary again, with the same flags', async ({ page }) => {
  const smoker = vignette('smoker-58-hypertension').input;
  await startAs(page, smoker.respondent);
  for (let index = 0; index < STEPS.length; index++) await answerStep(page, index, smoker.answers, smoker.respondent);
  await page.getByRole('button', { name: 'See summary' }).click();
  await expect(page).toHaveURL(/\/summary$/);
  const before = await summaryText(page);
  expect(before).not.toContain('No answers yet');
  // The smoker's flags are there to compare: the boxed-warning smoking flag, in both voices.
  expect(before).toMatch(/smok/i);
  await page.getByRole('button', { name: 'Back to your answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await expect(page).toHaveURL(/\/questionnaire\/review$/);
  await page.goForward();
  await expect(page).toHaveURL(/\/summary$/);
  expect(await summaryText(page)).toBe(before);
});

test('a link to a step not reached yet lands on the furthest reachable step; with no answers, on "Before you start"', async ({ page }) => {
  // Leaving with answers kept only for the tab asks first (beforeunload): say yes, so each link is really opened.
  page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
  await page.goto('/questionnaire/heart');
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
  await expect(page).toHaveURL(/\/questionnaire$/);
  await page.goto('/summary');
  await expect(page).toHaveURL(/\/questionnaire$/);

  await startAs(page, 'patient');
  await answerStep(page, 0, lowRisk.answers, 'patient');
  await expect(stepHeading(page, 1)).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/questionnaire/${STEPS[1].id}$`));
  await page.goto(`/questionnaire/${STEPS[5].id}`);
  await expect(stepHeading(page, 1)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/questionnaire/${STEPS[1].id}$`));
  await page.goto('/questionnaire/review');
  await expect(page).toHaveURL(new RegExp(`/questionnaire/${STEPS[1].id}$`));
  // A step name that does not exist: the address bar shows where the person really is.
  await page.goto('/questionnaire/no-such-step');
  await expect(stepHeading(page, 1)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/questionnaire/${STEPS[1].id}$`));
});

test('an unknown step name with nothing answered shows "Before you start" at /questionnaire', async ({ page }) => {
  await page.goto('/questionnaire/no-such-step');
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
  await expect(page).toHaveURL(/\/questionnaire$/);
});

test('reload on step 4 returns to step 4 with the answers so far', async ({ page }) => {
  // Leaving with answers kept only for the tab asks first (beforeunload): say yes, so the reload happens.
  page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
  await startAs(page, 'patient');
  for (let index = 0; index < 3; index++) await answerStep(page, index, lowRisk.answers, 'patient');
  await expect(stepHeading(page, 3)).toBeFocused();
  // The screen moves at once; the URL follows after the router's round trip.
  await expect(page).toHaveURL(new RegExp(`/questionnaire/${STEPS[3].id}$`));
  const url = page.url();
  await page.reload();
  await expect(stepHeading(page, 3)).toBeVisible();
  expect(page.url()).toBe(url);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(stepHeading(page, 2)).toBeVisible();
  await expectStepShows(page, 2);
});

test('the page’s own Back is a step back in the browser’s history: Forward then returns with the answers', async ({ page }) => {
  await startAs(page, 'patient');
  for (let index = 0; index < 2; index++) await answerStep(page, index, lowRisk.answers, 'patient');
  await expect(stepHeading(page, 2)).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/questionnaire/${STEPS[2].id}$`));
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(stepHeading(page, 1)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/questionnaire/${STEPS[1].id}$`));
  await page.goForward();
  await expect(stepHeading(page, 2)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/questionnaire/${STEPS[2].id}$`));
  await page.goBack();
  await expect(stepHeading(page, 1)).toBeVisible();
  await expectStepShows(page, 1);
});

test('after Back from the review and a reload, Forward still returns to the review: the places reached are kept', async ({ page }) => {
  page.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()));
  await startAs(page, 'patient');
  for (let index = 0; index < STEPS.length; index++) await answerStep(page, index, lowRisk.answers, 'patient');
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await expect(page).toHaveURL(/\/questionnaire\/review$/);
  const last = STEPS.length - 1;
  await page.goBack();
  await expect(stepHeading(page, last)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/questionnaire/${STEPS[last].id}$`));
  await page.reload();
  await expect(stepHeading(page, last)).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await expect(page).toHaveURL(/\/questionnaire\/review$/);
});
