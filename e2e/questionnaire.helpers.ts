/** Drives the questionnaire like a person: by role and label, from the questionnaire definition. */
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { inVoice, STEPS } from '@/lib/questionnaire';
import type { Question, Respondent } from '@/lib/questionnaire';
import { TRI_LABELS } from '@/lib/questionnaire/formatAnswer';
import type { Answers, AnswersDocument } from '@/lib/answers';

export const RESPONDENT_CHOICES: Record<Respondent, string> = {
  patient: 'I am the patient',
  caregiver: 'A parent or caregiver',
  staff: 'Clinic staff',
};

export async function startAs(page: Page, respondent: Respondent, { saving = false } = {}) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeFocused();
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

/** Answers one question as a person would: tick, choose or type. */
export async function answerQuestion(page: Page, question: Question, value: unknown, respondent: Respondent) {
  const text = inVoice(question.text, respondent);
  if (question.type === 'integer' && !question.scale) {
    await page.getByRole('textbox', { name: text, exact: true }).fill(String(value));
  } else if (question.type === 'text') {
    await page.getByRole('textbox', { name: text, exact: true }).fill(String(value));
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

/** Answers the current step from a whole answer set (questions it does not show are left alone), then continues. */
export async function answerStep(page: Page, stepIndex: number, answers: Answers, respondent: Respondent, { justArrived = true } = {}) {
  const step = STEPS[stepIndex];
  const heading = page.getByRole('heading', { level: 1, name: inVoice(step.title, respondent) });
  // On arrival the step heading has focus; after answering on this step it no longer does.
  await (justArrived ? expect(heading).toBeFocused() : expect(heading).toBeVisible());
  const given = answers as Record<string, unknown>;
  for (const question of step.questions as readonly Question[]) {
    if (given[question.id] !== undefined) await answerQuestion(page, question, given[question.id], respondent);
  }
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

export async function loadAnswerFile(page: Page, text: string) {
  // On the start page the file field sits in the "Already answered at home?" disclosure: open it, so its messages show.
  const disclosure = page.locator('details', { hasText: 'Already answered at home?' });
  if ((await disclosure.count()) > 0 && (await disclosure.getAttribute('open')) === null) await disclosure.locator('summary').click();
  await page.getByLabel('Load answers from a file').setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}
