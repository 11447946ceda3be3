/**
 * Issue 12, item 6: phones and zoom. Every step, the review and the summary at 320 px, 390 px and 200% zoom
 * (a 1280 px screen at 200% lays out 640 CSS px wide): no page scrolls sideways, drug names and severity words
 * are never broken inside a word (computed style: no break-all, no overflow-wrap anywhere/break-word, no
 * hyphens), nothing in the per-drug table or a severity mark runs over its box, and the 0–10 itch scale is one
 * row of 11 targets, in order, each at least 24 px wide. Full-page screenshots go to the test's output folder
 * for reading by eye.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { STEPS } from '@/lib/questionnaire';
import { vignette } from '@/__tests__/support/vignettes';
import { COMPLEX_PATIENT } from '@/__tests__/support/summaryPatients';
import { answerStep, loadAnswerFile, startAs } from './questionnaire.helpers';

// Pregnant patient: the pregnancy rows show and the summary carries a contraindication, the longest severity word.
const patient = vignette('pregnant-patient').input;
const WIDTHS = [
  { name: '320', width: 320 },
  { name: '390', width: 390 },
  { name: '200pct', width: 640 },
];

/** No element of the page is wider than the page: nothing scrolls sideways but a table's own scroll box. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const widths = await page.evaluate(() => {
    const client = document.documentElement.clientWidth;
    // What sticks out, to name it in the failure.
    const clipped = (e: Element) => {
      for (let a = e.parentElement; a; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > client + 1 && !clipped(e)).slice(0, 5);
    const chain: string[] = [];
    for (let e: Element | null = wide[0] ?? null; e && chain.length < 8; e = e.parentElement) chain.push(`${e.tagName.toLowerCase()}.${e.className}[${Math.round(e.getBoundingClientRect().width)} ${getComputedStyle(e).overflowX}]`);
    return { scroll: document.documentElement.scrollWidth, client, wide: `${wide.map((e) => `${e.tagName.toLowerCase()}.${e.className}`).join(', ')}; ${chain.join(' < ')}` };
  });
  expect(widths.scroll, `${where}: page scrolls sideways (${widths.wide})`).toBeLessThanOrEqual(widths.client);
}

/** Elements whose text wraps inside a word, by computed style, and elements whose content runs over their box. */
async function breaksAndOverflows(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((element) => {
      const style = getComputedStyle(element);
      const problems: string[] = [];
      const text = (element.textContent ?? '').trim().slice(0, 40);
      if (style.wordBreak === 'break-all' || style.wordBreak === 'break-word') problems.push(`word-break: ${style.wordBreak} on "${text}"`);
      if (style.overflowWrap === 'anywhere' || style.overflowWrap === 'break-word') problems.push(`overflow-wrap: ${style.overflowWrap} on "${text}"`);
      if (style.hyphens !== 'none') problems.push(`hyphens: ${style.hyphens} on "${text}"`);
      if (element.scrollWidth > element.clientWidth + 1 && style.overflowX === 'visible') problems.push(`"${text}" runs over its box (${element.scrollWidth} > ${element.clientWidth})`);
      return problems;
    }),
  );
}

/** The drug names and severity words of the summary: per-drug table heads and cells, and every severity mark. */
const DRUG_AND_SEVERITY = '[data-drug], [data-severity], table th[scope="col"], [class*="severity"], [class*="drugCol"]';

for (const { name, width } of WIDTHS) {
  test(`every step, the review and the summary at ${name === '200pct' ? '200% zoom' : `${width} px`}: no sideways scroll, no word broken`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 800 });
    const shot = (label: string) => page.screenshot({ path: testInfo.outputPath(`${name}-${label}.png`), fullPage: true });

    await startAs(page, patient.respondent);
    for (const [index, step] of STEPS.entries()) {
      await answerStep(page, index, patient.answers, patient.respondent, {
        beforeContinue: async () => {
          await expectNoSidewaysScroll(page, step.id);
          if (step.id === 'eczema') {
            // The 0–10 scale: one row of 11, in order, each target at least 24 px wide (WCAG 2.5.8).
            const boxes = await page.locator('.scale-point label').evaluateAll((labels) => labels.map((l) => ({ text: l.textContent ?? '', ...l.getBoundingClientRect().toJSON() })));
            expect(boxes).toHaveLength(11);
            expect(new Set(boxes.map((b) => Math.round(b.top))).size, 'the scale is one row').toBe(1);
            expect(boxes.map((b) => b.text.replace(/\D.*$/, ''))).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
            for (const box of boxes) expect(box.width, `scale point ${box.text}`).toBeGreaterThanOrEqual(24);
            for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).toBeGreaterThan(boxes[i - 1].left);
          }
          await shot(`${index + 1}-${step.id}`);
        },
      });
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeFocused();
    await expectNoSidewaysScroll(page, 'review');
    await shot('9-review');
    await page.getByRole('button', { name: 'See summary' }).click();
    await expect(page).toHaveURL(/\/summary$/);
    await page.getByRole('button', { name: 'For your dermatologist' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'For the clinician' })).toBeVisible();
    await expect(page.locator('[data-severity="contraindication"]').first()).toBeVisible();
    await expectNoSidewaysScroll(page, 'summary');
    expect(await page.locator(DRUG_AND_SEVERITY).count()).toBeGreaterThan(10);
    expect(await breaksAndOverflows(page, DRUG_AND_SEVERITY)).toEqual([]);
    await shot('10-summary-clinician');
    await page.getByRole('button', { name: 'For you', exact: true }).click();
    await expectNoSidewaysScroll(page, 'summary, patient part');
    expect(await breaksAndOverflows(page, DRUG_AND_SEVERITY)).toEqual([]);
    await shot('11-summary-patient');
  });
}

for (const { width, fits } of [
  { width: 1280, fits: true },
  { width: 390, fits: false },
]) {
  test(`the complex patient's per-drug table at ${width} px: ${fits ? 'every column in view' : 'scrolls in its box, and a line says so'}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await loadAnswerFile(page, JSON.stringify(COMPLEX_PATIENT));
    await page.getByRole('button', { name: 'See summary' }).click();
    await page.getByRole('button', { name: 'For your dermatologist' }).click();
    const box = page.getByRole('region', { name: 'Flags per drug' });
    const { scroll, client } = await box.evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
    const hint = page.getByText('The table is wider than the screen: scroll it sideways to see every column.');
    if (fits) {
      expect(scroll, 'the table is no wider than its box').toBeLessThanOrEqual(client + 1);
      await expect(hint).toBeHidden();
    } else {
      expect(scroll).toBeGreaterThan(client);
      await expect(hint).toBeVisible();
    }
  });
}
