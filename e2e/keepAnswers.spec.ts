/**
 * Nothing lost by accident (issue 12, docs/decisions/0007 and 0011), on a 390 px phone: answers kept for the tab
 * survive a reload; a new browser context starts empty; leaving with answers kept nowhere else asks first; a tick is
 * kept before Continue; a second tab cannot undo "Clear my answers"; and correcting an earlier answer sets later
 * answers aside instead of deleting them.
 */
import { expect, test } from '@playwright/test';
import type { Dialog, Page } from '@playwright/test';
import { inVoice, optionLabel, questionById, STEPS, stepOfQuestion, TRI_LABELS } from '@/lib/questionnaire';
import type { Question, TriValue } from '@/lib/questionnaire';
import { pruneHidden } from '@/lib/answers';
import type { Answers } from '@/lib/answers';
import { SAVED_ANSWERS_KEY } from '@/lib/storage/savedAnswers';
import { vignette } from '@/__tests__/support/vignettes';
import { answerQuestion, answerStep, RESPONDENT_CHOICES, reviewedAnswers, startAs } from './questionnaire.helpers';

test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ timeout: 180_000 });

const lowRisk = vignette('low-risk-adult').input;
const stepHeading = (page: Page, index: number) => page.getByRole('heading', { level: 1, name: inVoice(STEPS[index].title, 'patient') });
const storageLengths = (page: Page) => page.evaluate(() => ({ local: window.localStorage.length, session: window.sessionStorage.length }));

/** Leaving asks when answers are kept nowhere else: tests that reload or leave on purpose say yes to it. */
function acceptLeaving(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (dialog) => {
    seen.push(dialog.type());
    void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss());
  });
  return seen;
}

/** Reloads and checks a new document was loaded (a reload a dialog cancelled would keep everything on screen). */
async function reloadForReal(page: Page) {
  await page.evaluate(() => ((window as unknown as { beforeReload?: boolean }).beforeReload = true));
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload)).toBeUndefined();
}

/** Puts answers in this tab's storage (as the app keeps them) and opens `position`. */
async function resumeWith(page: Page, answers: Answers, position: string, keptOn: 'tab' | 'device' = 'tab') {
  await page.goto('/about');
  await page.evaluate(
    ({ key, envelope, device }) => (device ? window.localStorage : window.sessionStorage).setItem(key, JSON.stringify(envelope)),
    {
      key: SAVED_ANSWERS_KEY,
      device: keptOn === 'device',
      envelope: { schemaVersion: 1, savedAt: new Date().toISOString(), position, document: { schemaVersion: 2, respondent: 'patient', answers } },
    },
  );
  await page.goto(position === 'review' ? '/questionnaire/review' : `/questionnaire/${position}`);
}

test('without "keep my answers", a reload on step 4 keeps the step, its ticks not yet sent and the answers before it', async ({ page }) => {
  acceptLeaving(page);
  await startAs(page, 'patient');
  for (let index = 0; index < 3; index++) await answerStep(page, index, lowRisk.answers, 'patient');
  await expect(stepHeading(page, 3)).toBeFocused();
  const step4 = STEPS[3].questions as readonly Question[];
  const ticked = step4.filter((q) => q.type === 'tri' && !q.shownWhen).slice(0, 2);
  for (const question of ticked) await answerQuestion(page, question, 'unsure', 'patient');
  expect(await storageLengths(page)).toEqual({ local: 0, session: 1 });
  await reloadForReal(page);
  await expect(stepHeading(page, 3)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/questionnaire/${STEPS[3].id}$`));
  for (const question of ticked) {
    await expect(page.getByRole('group', { name: inVoice(question.text, 'patient'), exact: true }).getByRole('radio', { name: 'Not sure', exact: true })).toBeChecked();
  }
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(stepHeading(page, 2)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Dupilumab shots', exact: true }).first()).toBeChecked();
});

test('closing the browser context and opening a new one starts empty', async ({ browser }) => {
  const first = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await first.newPage();
  await startAs(page, 'patient');
  await answerStep(page, 0, lowRisk.answers, 'patient');
  await expect(stepHeading(page, 1)).toBeVisible();
  const url = page.url();
  await first.close();

  const second = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const fresh = await second.newPage();
  await fresh.goto(url);
  await expect(fresh.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
  expect(await storageLengths(fresh)).toEqual({ local: 0, session: 0 });
  await second.close();
});

test('leaving with answers kept only for the tab asks first (beforeunload); kept on the device or saved to a file, it does not', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });

  const tabOnly = await context.newPage();
  await startAs(tabOnly, 'patient');
  await answerStep(tabOnly, 0, lowRisk.answers, 'patient');
  await expect(stepHeading(tabOnly, 1)).toBeVisible();
  const asked = new Promise<Dialog>((resolve) => tabOnly.once('dialog', resolve));
  await tabOnly.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.accept();

  for (const setUp of [
    async (page: Page) => {
      await startAs(page, 'patient', { saving: true });
      await answerStep(page, 0, lowRisk.answers, 'patient');
      await expect(stepHeading(page, 1)).toBeVisible();
    },
    async (page: Page) => {
      await resumeWith(page, { ...lowRisk.answers }, 'review');
      await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save answers to a file' }).click();
      await download;
    },
  ]) {
    // A context of its own: the device copy of the first case would be resumed by the second.
    const own = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await own.newPage();
    await setUp(page);
    const dialogs = acceptLeaving(page);
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(dialogs).toEqual([]);
    await own.close();
  }
  await context.close();
});

test('with "keep my answers" on, a tick on step 5 is kept before Continue and survives a reload', async ({ page }) => {
  const question = questionById('smoking')!;
  const stepIndex = STEPS.findIndex((s) => s.id === stepOfQuestion('smoking')!.id);
  expect(stepIndex).toBe(4);
  await startAs(page, 'patient', { saving: true });
  for (let index = 0; index < stepIndex; index++) await answerStep(page, index, lowRisk.answers, 'patient');
  await expect(stepHeading(page, stepIndex)).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/questionnaire/${STEPS[stepIndex].id}$`));
  await answerQuestion(page, question, 'former', 'patient');
  await reloadForReal(page);
  await expect(stepHeading(page, stepIndex)).toBeVisible();
  await expect(page.getByRole('group', { name: inVoice(question.text, 'patient'), exact: true }).getByRole('radio', { name: 'Used to smoke', exact: true })).toBeChecked();
  expect((await storageLengths(page)).local).toBe(1);
});

test('a second tab cannot undo "Clear my answers": the first tab clears too and writes nothing back', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const first = await context.newPage();
  await startAs(first, 'patient', { saving: true });
  await answerStep(first, 0, lowRisk.answers, 'patient');
  await expect(stepHeading(first, 1)).toBeFocused();
  await answerQuestion(first, questionById('severity')!, 'moderate', 'patient');

  const second = await context.newPage();
  await second.goto(`/questionnaire/${STEPS[1].id}`);
  await expect(stepHeading(second, 1)).toBeVisible();
  await second.getByRole('button', { name: 'Clear my answers' }).click();
  await second.getByRole('button', { name: 'Yes, clear my answers' }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();

  await expect(first.getByText('Your answers were cleared in another tab or window of this browser.')).toBeVisible();
  await expect(first.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
  expect(await storageLengths(first)).toEqual({ local: 0, session: 0 });
  // Nothing the first tab still does writes the answers back: a reload of either tab starts empty.
  await first.getByRole('radio', { name: 'I am the patient' }).check();
  await second.reload();
  await expect(second.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
  expect(await storageLengths(second)).toEqual({ local: 0, session: 0 });
  await context.close();
});

test('changing age 58 → 9 → 58 on the review sets six answers aside, says so, and brings every one back', async ({ page }, testInfo) => {
  acceptLeaving(page);
  const answers = { ...lowRisk.answers, age: 58, pregnancyPossible: 'yes', pregnant: 'no', planningPregnancy: 'no', breastfeeding: 'no', hormonalContraception: 'yes' } as Answers;
  const given = answers as Record<string, unknown>;
  const hiddenAt9 = Object.keys(given).filter((id) => !(id in pruneHidden({ ...answers, age: 9 } as Answers)));
  expect(hiddenAt9.sort()).toEqual(['breastfeeding', 'hormonalContraception', 'planningPregnancy', 'pregnancyPossible', 'pregnant', 'shinglesVaccine']);
  const ageQuestion = questionById('age')!;
  const aboutTitle = inVoice(stepOfQuestion('age')!.title, 'patient');

  await resumeWith(page, answers, 'review');
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  const textOf = (id: string) => inVoice(questionById(id)!.text, 'patient');
  const before = await reviewedAnswers(page);
  for (const id of hiddenAt9) expect(before.get(textOf(id))).toBe(TRI_LABELS[given[id] as TriValue]);

  await page.getByRole('button', { name: `Change answers in ${aboutTitle}` }).click();
  await page.getByRole('textbox', { name: inVoice(ageQuestion.text, 'patient'), exact: true }).fill('9');
  await page.getByRole('button', { name: 'Save and go back to review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();

  const setAside = page.getByRole('region', { name: 'Set aside because of a later change' });
  await expect(setAside).toContainText('6 answers are set aside');
  await expect(setAside).toContainText('They come back if you change that answer back.');
  await expect(setAside).toContainText(`Because of the answer to “${inVoice(ageQuestion.text, 'patient')}”`);
  for (const id of hiddenAt9) await expect(setAside.getByRole('listitem').filter({ hasText: questionById(id)!.short })).toHaveCount(1);
  const during = await reviewedAnswers(page);
  for (const id of hiddenAt9) expect(during.has(textOf(id))).toBe(false);
  await setAside.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('review-set-aside-390.png'), fullPage: false });

  await page.getByRole('button', { name: `Change answers in ${aboutTitle}` }).click();
  await page.getByRole('textbox', { name: inVoice(ageQuestion.text, 'patient'), exact: true }).fill('58');
  // The set-aside answers are back in their questions as soon as they show.
  await expect(page.getByRole('group', { name: textOf('hormonalContraception'), exact: true }).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Save and go back to review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Set aside because of a later change' })).toHaveCount(0);
  const after = await reviewedAnswers(page);
  for (const id of hiddenAt9) expect(after.get(textOf(id))).toBe(TRI_LABELS[given[id] as TriValue]);
});

test('unticking a treatment used now sets its "using now" aside; after a reload, ticking it again ticks "Using it now" again', async ({ page }) => {
  acceptLeaving(page);
  const tried = questionById('treatmentsTried')!;
  const steroid = optionLabel(tried, 'topicalSteroid');
  const treatmentsTitle = inVoice(stepOfQuestion('treatmentsTried')!.title, 'patient');
  const usingNow = inVoice(questionById('treatmentsCurrent')!.text, 'patient');
  expect(lowRisk.answers.treatmentsCurrent).toEqual(['topicalSteroid']);

  await resumeWith(page, { ...lowRisk.answers }, 'review');
  await page.getByRole('button', { name: `Change answers in ${treatmentsTitle}` }).click();
  await page.getByRole('group', { name: inVoice(tried.text, 'patient') }).getByRole('checkbox', { name: steroid, exact: true }).uncheck();
  await page.getByRole('button', { name: 'Save and go back to review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  // Not "used now" while unticked, and said to be set aside, not lost.
  expect((await reviewedAnswers(page)).get(usingNow)).not.toContain(steroid);
  const setAside = page.getByRole('region', { name: 'Set aside because of a later change' });
  await expect(setAside.getByRole('listitem').filter({ hasText: questionById('treatmentsCurrent')!.short })).toContainText(steroid);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await page.getByRole('button', { name: `Change answers in ${treatmentsTitle}` }).click();
  await page.getByRole('group', { name: inVoice(tried.text, 'patient') }).getByRole('checkbox', { name: steroid, exact: true }).check();
  await expect(page.locator('#treatmentsCurrent-topicalSteroid')).toBeChecked();
  await page.getByRole('button', { name: 'Save and go back to review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  expect((await reviewedAnswers(page)).get(usingNow)).toBe(steroid);
  await expect(page.getByRole('region', { name: 'Set aside because of a later change' })).toHaveCount(0);
});

test('a reload on "Before you start" before its first Continue keeps who is filling in, the name and the date of birth as typed', async ({ page }) => {
  acceptLeaving(page);
  await page.goto('/');
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeFocused();
  await page.getByRole('radio', { name: RESPONDENT_CHOICES.caregiver, exact: true }).check();
  await page.getByRole('textbox', { name: 'Patient’s name' }).fill('Ana María Pérez');
  const dob = page.getByRole('group', { name: 'Patient’s date of birth' });
  await dob.getByRole('textbox', { name: 'Day' }).fill('3');
  await dob.getByRole('textbox', { name: 'Year' }).fill('2015');
  // Kept for this tab as typed (the pause after the last keystroke), nothing on the device without the opt-in.
  await expect.poll(() => storageLengths(page)).toEqual({ local: 0, session: 1 });
  await reloadForReal(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
  await expect(page.getByRole('radio', { name: RESPONDENT_CHOICES.caregiver, exact: true })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Patient’s name' })).toHaveValue('Ana María Pérez');
  await expect(dob.getByRole('textbox', { name: 'Day' })).toHaveValue('3');
  await expect(dob.getByRole('textbox', { name: 'Month' })).toHaveValue('');
  await expect(dob.getByRole('textbox', { name: 'Year' })).toHaveValue('2015');
});
