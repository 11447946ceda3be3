/**
 * Issue 12, item 1: the low-risk adult (public vignette `low-risk-adult`) at home on a 390 px phone reaches the
 * summary in at most 45 taps (every Start and Continue counted), with at most 800 words of question and help text
 * to read, and no questionnaire screen (Before you start and the eight steps) longer than 2,000 px. The start page,
 * the review and the summary are measured and printed for the note, not held to the height goal.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { STEPS } from '@/lib/questionnaire';
import { vignette } from '@/__tests__/support/vignettes';
import { answerStep, startAs } from './questionnaire.helpers';
import { countTaps, measureScreen } from './journeyMeasure';
import type { ScreenMeasure } from './journeyMeasure';

const GOAL = { taps: 45, words: 800, height: 2000 };
const lowRisk = vignette('low-risk-adult').input;

test.use({ viewport: { width: 390, height: 844 } });

/** Drives the low-risk adult from the start page to the summary, counting taps and measuring each screen. */
async function lowRiskJourney(page: Page) {
  const { taps } = await countTaps(page);
  const screens: ScreenMeasure[] = [];
  await page.goto('/');
  // The start page is not question text (and is issue 12 item 3's to shorten): its height is printed only.
  const start = await measureScreen(page);
  await startAs(page, lowRisk.respondent, {
    beforeStart: async () => {
      screens.push(await measureScreen(page));
    },
  });
  for (let i = 0; i < STEPS.length; i++) {
    // Measured once answered, just before Continue: questions that show after an answer are read too.
    await answerStep(page, i, lowRisk.answers, lowRisk.respondent, {
      noToAll: true,
      beforeContinue: async () => {
        screens.push(await measureScreen(page));
      },
    });
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeFocused();
  const review = await measureScreen(page);
  await page.getByRole('button', { name: 'See summary' }).click();
  await expect(page).toHaveURL(/\/summary$/);
  const summary = await measureScreen(page);

  const words = screens.reduce((sum, s) => sum + s.words, 0);
  const longest = screens.reduce((top, s) => (s.height > top.height ? s : top));
  console.log(
    [
      `taps: ${taps()} (goal ≤ ${GOAL.taps})`,
      `words of question and help text: ${words} (goal ≤ ${GOAL.words})`,
      `words of answer choices and their hints (not held to the goal): ${screens.reduce((sum, s) => sum + s.optionWords, 0)}`,
      ...screens.map((s) => `  ${s.heading}: ${s.words} words (+ ${s.optionWords} in choices), ${s.height} px`),
      `  start page: ${start.height} px; review: ${review.height} px; summary: ${summary.height} px`,
      `longest questionnaire screen: ${longest.heading}, ${longest.height} px (goal ≤ ${GOAL.height})`,
    ].join('\n'),
  );
  return { taps: taps(), words, screens };
}

test('the low-risk adult reaches the summary in at most 45 taps and 800 words of question and help text at 390 px', async ({ page }) => {
  test.setTimeout(180_000);
  const { taps, words } = await lowRiskJourney(page);
  expect(taps, 'taps from the start page to the summary').toBeLessThanOrEqual(GOAL.taps);
  expect(words, 'words of question and help text').toBeLessThanOrEqual(GOAL.words);
});

test('no questionnaire screen of the low-risk adult is longer than 2,000 px at 390 px', async ({ page }) => {
  // Not reached yet: Treatments (a list of 20 treatments and a table per treatment ticked) and Infections and
  // vaccines (14 questions) are still longer at 390 px with 44 px targets. Marked as failing so the figures stay
  // visible and this turns red the day it passes (then drop this line).
  test.fail();
  test.setTimeout(180_000);
  const { screens } = await lowRiskJourney(page);
  for (const screen of screens) expect(screen.height, `height of "${screen.heading}"`).toBeLessThanOrEqual(GOAL.height);
});
