/**
 * "¿Ya contestó en casa?" on a Spanish page (issue 14): a refused answers file is explained in Spanish, with every
 * problem named (non-negotiable 1). No common English word outside `<code>`: the places in the file
 * (`answers.age`, `item[3] (linkId …)`) are written as in the file, so they are left out of the check.
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { es } from '@/lib/i18n/messages/es';
import { answersToQuestionnaireResponse } from '@/lib/fhir';
import { vignette } from '@/__tests__/support/vignettes';
import { expectNoViolations } from './expectNoViolations';
import { englishWordsIn } from './support/englishWords';
import { loadAnswerFile } from './questionnaire.helpers';

/** The English words in an element's visible text, leaving out what is inside `<code>`. */
async function englishIn(element: Locator): Promise<string[]> {
  let text = await element.innerText();
  for (const code of await element.locator('code').allInnerTexts()) text = text.replace(code, ' ');
  return englishWordsIn(text);
}

async function loadOnSpanishStart(page: Page, text: string) {
  await page.goto('/es');
  await loadAnswerFile(page, text, 'es');
}

const { input } = vignette('low-risk-adult');

test('an impossible age in an answers file is refused in Spanish, naming the answer', async ({ page }) => {
  await loadOnSpanishStart(page, JSON.stringify({ ...input, answers: { ...input.answers, age: 300 } }));
  const alert = page.getByRole('alert', { name: es.load.fileProblems });
  await expect(alert).toContainText('debe ser un número entero del 0 al 120');
  await expect(alert.locator('code')).toHaveText('answers.age');
  await expect(alert).toContainText(es.load.nothingChanged);
  expect(await englishIn(alert), 'English words in the problem list').toEqual([]);
  expect(await englishIn(page.locator('body')), 'English words on the page').toEqual([]);
  await expect(page).toHaveURL(/\/es$/);
  await expectNoViolations(page, 'es-import-refused');
});

test('a FHIR file with a wrong answer type is refused in Spanish, naming its path and linkId', async ({ page }) => {
  const response = answersToQuestionnaireResponse(input, { authored: '2026-11-22T10:00:00Z' });
  const about = response.item!.find((step) => step.linkId === 'step-about')!;
  about.item!.find((item) => item.linkId === 'age')!.answer = [{ valueString: 'treinta' }];
  await loadOnSpanishStart(page, JSON.stringify(response));
  const alert = page.getByRole('alert', { name: es.load.fileProblems });
  await expect(alert.locator('code')).toHaveText(/\(linkId age\)$/);
  await expect(alert).toContainText('debe darse como valueInteger, no valueString');
  expect(await englishIn(alert), 'English words in the problem list').toEqual([]);
});
