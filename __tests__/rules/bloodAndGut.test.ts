/** Gut perforation and blood counts (rules.md rows gut-perforation and low-blood-counts), from the contract. */
import { all, triCases, expectRuleCase } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';

const cases: RuleCase[] = [
  ...triCases('gut-perforation', 'gutPerforation', { upadacitinib: 'warning', baricitinib: 'warning', abrocitinib: 'discuss' }),
  // v2: the thresholds are lab values; a blood count decides.
  ...triCases('low-blood-counts', 'lowBloodCounts', all('check')),
];

test.each(cases)('$situation', expectRuleCase);
