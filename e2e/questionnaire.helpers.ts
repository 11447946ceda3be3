/** Drives the questionnaire like a person: by role and label, from the questionnaire definition. */
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { inVoice, STEPS } from '@/lib/questionnaire';
import type { Question, Respondent, Step } from '@/lib/questionnaire';
import { TRI_LABELS } from '@/lib/questionnaire/formatAnswer';
import type { Answers, AnswersDocument } from '@/lib/answers';
import { localToday } from '@/lib/flow/birthDate';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

export const RESPONDENT_CHOICES: Record<Respondent, string> = {
  patient: 'I am the patient',
  caregiver: 'A parent or caregiver',
  staff: 'Clinic staff',
};

/** From the start page to step 1. `beforeStart` runs on "Before you start" once it has focus (to measure it). */
export async function startAs(page: Page, respondent: Respondent, { saving = false, beforeStart }: { saving?: boolean; beforeStart?: () => Promise<void> } = {}) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeFocused();
  await beforeStart?.();
  await page.getByRole('radio', { name: RESPONDENT_CHOICES[respondent], exact: true }).check();
  if (saving) await page.getByRole('checkbox', { name: 'Keep my answers on this device' }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

function optionName(question: Question, value: string): string {
  if (question.type === 'tri') return TRI_LABELS[value as keyof typeof TRI_LABELS];
  if (question.type === 'choice' || question.type === 'multi') return question.options.find((o) => o.id === value)!.label;
  if (question.type === 'integer' && question.scale) {
    if (Number(value) === question.min) return `${value} (${question.scale.minLabel})`;
    if (Number(value) === question.max) return `${value} (${question.scale.maxLabel})`;
  }
  return value;
}

/** The per-item table that asks this question as its tick box, if any. */
function tableOf(questionId: string) {
  return (STEPS as readonly Step[]).find((step) => step.perItemTable?.tick === questionId)?.perItemTable;
}

/** Answers one question as a person would: tick, choose or type. */
export async function answerQuestion(page: Page, question: Question, value: unknown, respondent: Respondent) {
  const text = inVoice(question.text, respondent);
  if ((question.type === 'integer' && !question.scale) || question.type === 'text') {
    // A person taps the box before typing: the tap is counted by the short-journey spec.
    const box = page.getByRole('textbox', { name: text, exact: true });
    await box.click();
    await box.fill(String(value));
  } else if (question.type === 'multi' && tableOf(question.id)) {
    // Asked in the per-treatment tables (Step.perItemTable): one "Using it now" box in each treatment's table.
    const table = tableOf(question.id)!;
    for (const id of (value as string[]).filter((v) => v !== 'none')) {
      const row = page.getByRole('group', { name: question.options.find((o) => o.id === id)!.label, exact: true });
      await row.getByRole('checkbox', { name: inVoice(table.tickLabel, respondent), exact: true }).check();
    }
  } else if (question.type === 'multi') {
    const group = page.getByRole('group', { name: text, exact: true });
    for (const id of value as string[]) await group.getByRole('checkbox', { name: optionName(question, id), exact: true }).check();
  } else if (question.type === 'map') {
    // One radio group per row (treatmentOutcomes): each row is a fieldset named by the row's label.
    const group = page.getByRole('group', { name: text, exact: true });
    for (const [key, option] of Object.entries(value as Record<string, string>)) {
      const row = group.getByRole('group', { name: question.keys.find((k) => k.id === key)!.label, exact: true });
      await row.getByRole('radio', { name: question.options.find((o) => o.id === option)!.label, exact: true }).check();
    }
  } else {
    const group = page.getByRole('group', { name: text, exact: true });
    await group.getByRole('radio', { name: optionName(question, String(value)), exact: true }).check();
  }
}

/**
 * Presses a group's "No to all of these" when every row shown has an answer in `given` and at least two of them
 * are no: the rows answered otherwise are then changed one by one, as a person would.
 */
async function pressNoToAllWhenItHelps(page: Page, ids: readonly string[], given: Record<string, unknown>, respondent: Respondent) {
  const shown: string[] = [];
  for (const id of ids) {
    const question = (STEPS as readonly Step[]).flatMap((s) => s.questions).find((q) => q.id === id)!;
    if (await page.getByRole('group', { name: inVoice(question.text, respondent), exact: true }).isVisible()) shown.push(id);
  }
  if (shown.some((id) => given[id] === undefined) || shown.filter((id) => given[id] === 'no').length < 2) return;
  await page.getByRole('button', { name: 'No to all of these' }).nth(await groupIndex(page, ids[0])).click();
}

/** Which "No to all of these" button on the page belongs to the group starting with this question. */
async function groupIndex(page: Page, firstId: string): Promise<number> {
  return page.locator('.tri-group').evaluateAll((groups, id) => groups.findIndex((g) => g.querySelector(`input[name="${id}"]`) !== null), firstId);
}

/** Answers the current step from a whole answer set (questions it does not show are left alone), then continues. */
export async function answerStep(
  page: Page,
  stepIndex: number,
  answers: Answers,
  respondent: Respondent,
  {
    justArrived = true,
    beforeContinue,
    noToAll = false,
  }: {
    justArrived?: boolean;
    beforeContinue?: () => Promise<void>;
    /** Use a group's "No to all of these" when it saves taps, as a person in a hurry would (the short-journey spec). */
    noToAll?: boolean;
  } = {},
) {
  const step = STEPS[stepIndex];
  const heading = page.getByRole('heading', { level: 1, name: inVoice(step.title, respondent) });
  // On arrival the step heading has focus; after answering on this step it no longer does.
  await (justArrived ? expect(heading).toBeFocused() : expect(heading).toBeVisible());
  const given = answers as Record<string, unknown>;
  const pressed = new Set<string>();
  for (const question of step.questions as readonly Question[]) {
    const group = noToAll ? (step as Step).groups?.find((g) => g.questions.includes(question.id)) : undefined;
    if (group && !pressed.has(group.questions[0])) {
      pressed.add(group.questions[0]);
      await pressNoToAllWhenItHelps(page, group.questions, given, respondent);
    }
    if (given[question.id] === undefined) continue;
    if (question.type === 'integer' && question.fromBirthDate && !(await page.getByRole('textbox', { name: inVoice(question.text, respondent), exact: true }).isVisible())) {
      // Worked out from the date of birth: the step says it instead of asking.
      await expect(page.getByText(`${given[question.id]} years, from the date of birth`)).toBeVisible();
      continue;
    }
    // A row "No to all" already answered no needs no second tap.
    if (group && question.type === 'tri' && given[question.id] === 'no') {
      const row = page.getByRole('group', { name: inVoice(question.text, respondent), exact: true });
      if (await row.getByRole('radio', { name: 'No', exact: true }).isChecked()) continue;
    }
    await answerQuestion(page, question, given[question.id], respondent);
  }
  await beforeContinue?.();
  await page.getByRole('button', { name: 'Continue' }).click();
}

export async function answerAllSteps(page: Page, document: AnswersDocument, { fromStep = 0, justArrived = true } = {}) {
  for (let i = fromStep; i < STEPS.length; i++) await answerStep(page, i, document.answers, document.respondent, { justArrived: justArrived || i > fromStep });
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeFocused();
}

/** The answers listed on the review, question text to answer text. */
export async function reviewedAnswers(page: Page): Promise<Map<string, string>> {
  const rows = page.locator('.review-list > div');
  const listed = new Map<string, string>();
  for (const row of await rows.all()) listed.set((await row.locator('dt').innerText()).trim(), (await row.locator('dd').innerText()).trim());
  return listed;
}

/** Types a date of birth (YYYY-MM-DD) into the day, month and year boxes of "Before you start". */
export async function fillDateOfBirth(page: Page, iso: string) {
  const [year, month, day] = iso.split('-');
  const group = page.getByRole('group', { name: 'Patient’s date of birth' });
  await group.getByRole('textbox', { name: 'Day' }).fill(String(Number(day)));
  await group.getByRole('textbox', { name: 'Month' }).fill(String(Number(month)));
  await group.getByRole('textbox', { name: 'Year' }).fill(year);
}

/** Loads an answers file through the page's own file field, named in the page's language (`locale`). */
export async function loadAnswerFile(page: Page, text: string, locale: Locale = 'en') {
  const t = messagesFor(locale);
  // On the start page the file field sits in the "Already answered at home?" disclosure: open it, so its messages show.
  const disclosure = page.locator('details', { hasText: t.start.atHome });
  if ((await disclosure.count()) > 0 && (await disclosure.getAttribute('open')) === null) await disclosure.locator('summary').click();
  await page.getByLabel(t.load.fileLabel).setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** A date of birth `years` years and a day before today (YYYY-MM-DD, local time): the person turned `years` yesterday. */
export function bornYearsAgo(years: number): string {
  const [y, m, d] = localToday().split('-').map(Number);
  return localToday(new Date(y - years, m - 1, d - 1));
}
