import { test, expect } from '@playwright/test';
import { sizeReport, BUDGETS } from '../scripts/size.js';

// Issue 15: the JavaScript a phone downloads on first load stays close to the bare framework (bench/baseline,
// built by `node scripts/size.js` in `npm test`). Reads the production build's own bundle statistics.
type Budget = { name: string; route: string; ratio: number; limit: number; ok: boolean };

test.describe('first-load JavaScript budget against the bare framework', () => {
  const report: { baseline: number; budgets: Budget[] } = sizeReport();

  test('the baseline is a real measurement of the bare framework', () => {
    // Next 16 + React 19 alone are about 130 kB gzip; a missing or broken baseline build would not be.
    expect(report.baseline).toBeGreaterThan(80_000);
    expect(report.baseline).toBeLessThan(200_000);
  });

  for (const name of ['landing', 'questionnaire step 1']) {
    test(`${name} is within its budget`, () => {
      // Step 1 is known over budget (1.67x on 2026-12-06): it needs the machine, the questionnaire definition with
      // its zod schemas and the forms (issue 15). Playwright reports an unexpected pass once it is within budget:
      // then delete this line so the budget guards every build. The landing page is within its budget since the
      // machine loads only when the start page needs it (docs/decisions/0015).
      test.fail(name !== 'landing', 'step 1 is known over budget while it loads the machine, zod and the forms up front');
      const budget = report.budgets.find((b) => b.name === name)!;
      const limit = name === 'landing' ? BUDGETS.landing : BUDGETS.step1;
      expect(budget.limit).toBe(limit);
      expect(budget.ratio, `${budget.route}: ${budget.ratio.toFixed(2)}× the bare framework route`).toBeLessThanOrEqual(limit);
    });
  }
});
