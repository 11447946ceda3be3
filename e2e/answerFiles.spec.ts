import { expect, test } from '@playwright/test';
import { inVoice, questionById } from '@/lib/questionnaire';
import { formatAnswer, isNotSure } from '@/lib/questionnaire/formatAnswer';
import { pruneHidden, shownQuestions } from '@/lib/answers';
import { VIGNETTES, vignette } from '@/__tests__/support/vignettes';
import { loadAnswerFile, reviewedAnswers } from './questionnaire.helpers';

for (const { file, input } of VIGNETTES) {
  test(`loading ${file} reaches the review showing exactly its answers`, async ({ page }) => {
    await page.goto('/');
    await loadAnswerFile(page, JSON.stringify(input));
    await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeFocused();
    const answers = pruneHidden(input.answers) as Record<string, unknown>;
    const expected = new Map(
      shownQuestions(input.answers).map((q) => {
        const value = answers[q.id];
        const text = value === undefined ? 'Not answered' : isNotSure(value) ? 'Not sure' : formatAnswer(q, value);
        return [inVoice(q.text, input.respondent), text];
      }),
    );
    const listed = await reviewedAnswers(page);
    for (const detail of ['Filled in by', 'Patient’s name', 'Patient’s date of birth']) listed.delete(detail);
    expect(listed).toEqual(expected);
  });
}

test('the answers saved to a file load back the same', async ({ page }) => {
  const { input } = vignette('tb-contact-hep-b-unsure');
  await page.goto('/');
  await loadAnswerFile(page, JSON.stringify(input));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save answers to a file' }).click();
  const saved = JSON.parse(await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  expect(saved).toEqual({ ...input, answers: pruneHidden(input.answers) });
});

test('a malformed file shows an error and changes nothing', async ({ page }) => {
  await page.goto('/');
  await loadAnswerFile(page, '{"schemaVersion": 1, "respondent": ');
  await expect(page.getByRole('alert', { name: 'This file could not be loaded' })).toContainText('not readable JSON');
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Before you start' })).toBeVisible();
});

test('a file with a bad answer names the question and changes nothing', async ({ page }) => {
  const { input } = vignette('low-risk-adult');
  await page.goto('/');
  await loadAnswerFile(page, JSON.stringify({ ...input, answers: { ...input.answers, age: 130 } }));
  await expect(page.getByRole('alert', { name: 'This file could not be loaded' })).toContainText(`answers.age (${questionById('age')!.short}): must be a whole number from 0 to 120`);
  expect(await page.evaluate(() => window.localStorage.length)).toBe(0);
});
