/**
 * axe (WCAG 2.2 A/AA) on the start page, the intro, every step, its error state and the review, and
 * full-page screenshots of each at phone and desktop widths, for reading by eye.
 */
import { expect, test } from '@playwright/test';
import { STEPS } from '@/lib/questionnaire';
import { expectNoViolations } from './expectNoViolations';
import { vignette } from '@/__tests__/support/vignettes';
import { answerStep, startAs } from './questionnaire.helpers';

const lowRisk = vignette('low-risk-adult').input;

for (const width of [390, 1280]) {
  test(`every screen passes axe at ${width}px`, async ({ page }, testInfo) => {
    // About fifteen axe runs and full-page screenshots: 30 s on an idle 2-core runner, over 90 s on a busy one.
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 900 });
    const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${width}-${name}.png`), fullPage: true });

    await page.goto('/');
    await expectNoViolations(page, 'start page');
    await shot('00-start');
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
    await expectNoViolations(page, 'intro with errors');
    await shot('0-intro-errors');
    await startAs(page, 'patient');

    for (const [index, step] of STEPS.entries()) {
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await expectNoViolations(page, step.id);
      await shot(`${index + 1}-${step.id}`);
      if (index < 2) {
        // The first two steps hold the required questions: show their error state too.
        await page.getByRole('button', { name: 'Continue' }).click();
        await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
        await expectNoViolations(page, `${step.id} with errors`);
        await shot(`${index + 1}-${step.id}-errors`);
      }
      await answerStep(page, index, lowRisk.answers, 'patient', { justArrived: index >= 2 });
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Review your answers' })).toBeFocused();
    await expectNoViolations(page, 'review');
    await shot('9-review');
  });
}
