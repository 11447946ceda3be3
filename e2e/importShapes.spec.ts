/**
 * Issue 10 on the start page, in the browser: four shapes of the shared reader's table, each with its exact
 * outcome (answers read and what was not used, or the refusal's path and words).
 */
import { expect, test, type Page } from '@playwright/test';
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { answersToQuestionnaireResponse, YES_NO_UNSURE_SYSTEM } from '@/lib/fhir';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

const yes = { valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 'yes' } };
const response = () => structuredClone(answersToQuestionnaireResponse(LOW_RISK_ADULT, { authored: '2026-11-23T09:30:00Z' })) as QuestionnaireResponse;
const group = (r: QuestionnaireResponse, step: string) => r.item!.find((g) => g.linkId === `step-${step}`)!;

async function load(page: Page, bytes: Buffer) {
  await page.goto('/');
  await page.getByText('Already answered at home?', { exact: true }).click();
  await page.getByLabel('Load answers from a file').setInputFiles({ name: 'answers.json', mimeType: 'application/json', buffer: bytes });
}

test('a question nested under another question is read: HIV shows "Yes" on the review', async ({ page }) => {
  const r = response();
  const infections = group(r, 'infections');
  infections.item = infections.item!.filter((i) => i.linkId !== 'hiv');
  infections.item.find((i) => i.linkId === 'tbHistory')!.item = [{ linkId: 'hiv', answer: [yes] }];
  await load(page, Buffer.from(JSON.stringify(r)));
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: /HIV/ }).locator('xpath=following-sibling::dd')).toHaveText('Yes');
});

test('a hidden answer and no author: the review lists the answer as not used, and who answered as not stated', async ({ page }) => {
  const r = response();
  delete r.author;
  delete r.source;
  group(r, 'about').item!.push({ linkId: 'pregnant', answer: [yes] });
  await load(page, Buffer.from(`\ufeff${JSON.stringify(r)}`));
  const notes = page.getByRole('region', { name: 'Check what was loaded from the file' });
  await expect(notes).toContainText('Who answered: not stated.');
  await expect(notes.getByRole('listitem')).toHaveText(['The answer "Pregnant now: Yes" was not used, because the answer to "Could become pregnant" is "No".']);
});

test('a name written twice is refused with its path, and nothing changes', async ({ page }) => {
  const text = JSON.stringify(response());
  const at = text.indexOf('"code":"no"', text.indexOf('"linkId":"hiv"'));
  await load(page, Buffer.from(`${text.slice(0, at)}"code":"yes",${text.slice(at)}`));
  const alert = page.getByRole('alert', { name: 'This file could not be loaded' });
  await expect(alert).toContainText(/item\[\d+\]\.item\[\d+\]\.answer\[0\]\.valueCoding\.code: is written twice in the same place/);
  await expect(alert).toContainText('Nothing was changed.');
  await expect(page).toHaveURL(/\/$/);
});

test('a UTF-16 file is refused naming the encoding; 10,000 nested groups are refused with a message', async ({ page }) => {
  await load(page, Buffer.from(`\ufeff${JSON.stringify(response())}`, 'utf16le'));
  const alert = page.getByRole('alert', { name: 'This file could not be loaded' });
  await expect(alert).toContainText('This file is saved as UTF-16 (little-endian) text, which this tool does not read.');
  const deep = `{"resourceType":"QuestionnaireResponse","status":"completed","item":${'[{"linkId":"step-about","item":'.repeat(10_000)}[]${'}]'.repeat(10_000)}}`;
  await page.getByLabel('Load answers from a file').setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
  await expect(alert).toContainText('This file has parts nested more than 64 levels deep (line 1)');
});

test('the notes on what was loaded survive a reload, and read in Spanish on the Spanish review', async ({ page }) => {
  // A reload with answers kept only for the tab asks first (beforeunload): accept, as a person would.
  page.on('dialog', (dialog) => void dialog.accept());
  const r = response();
  group(r, 'about').item!.push({ linkId: 'pregnant', answer: [yes] });
  await load(page, Buffer.from(JSON.stringify(r)));
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  const notes = page.getByRole('region', { name: 'Check what was loaded from the file' });
  await expect(notes.getByRole('listitem')).toHaveText(['The answer "Pregnant now: Yes" was not used, because the answer to "Could become pregnant" is "No".']);
  // A real reload (a flag on the old page is gone): the notes come back from where the answers are kept.
  await page.evaluate(() => ((window as unknown as { beforeReload?: boolean }).beforeReload = true));
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload)).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeVisible();
  await expect(notes.getByRole('listitem')).toHaveCount(1);
  await page.goto('/es/questionnaire/review');
  const notas = page.getByRole('region', { name: 'Revise lo que se cargó del archivo' });
  await expect(notas.getByRole('listitem')).toHaveText([/^La respuesta ".*: Sí" no se usó porque la respuesta a ".*" es "No"\.$/]);
});
