/**
 * Treatment history (rules.md rows jak-allergy, current-systemic-treatment, no-prior-systemic, no-prior-topical, prior-jak), from the contract.
 * questions.md: oral steroids are not "systemic"; ruxolitinib cream is a prescription topical, not systemic.
 */
import { all, expectRuleCase, triCases } from '../support/ruleCases';
// jak-allergy per drug, reaction type and drug list: __tests__/rules/jakAllergy.test.ts
import type { RuleCase } from '../support/ruleCases';
import { LOW_RISK_ANSWERS } from '../support/buildAnswers';

const SYSTEMIC = ['cyclosporine', 'methotrexate', 'azathioprine', 'mycophenolate', 'dupilumab', 'tralokinumab', 'lebrikizumab', 'nemolizumab', 'upadacitinib', 'abrocitinib', 'baricitinib', 'otherJak'] as const;
const NOT_SYSTEMIC = ['topicalSteroid', 'topicalCalcineurin', 'topicalPde4', 'topicalOther', 'phototherapy', 'oralSteroid', 'ruxolitinibCream', 'none'] as const;
const PRESCRIPTION_TOPICAL = ['topicalSteroid', 'topicalCalcineurin', 'topicalPde4', 'topicalOther', 'ruxolitinibCream'] as const;
const NOT_TOPICAL = ['phototherapy', 'oralSteroid', 'dupilumab', 'upadacitinib', 'none'] as const;
const JAKS = ['upadacitinib', 'abrocitinib', 'ruxolitinibCream', 'baricitinib', 'otherJak'] as const;

const UPA_ABRO_DISCUSS = { upadacitinib: 'discuss', abrocitinib: 'discuss' } as const;
const TRIED_A_JAK = { treatmentsTried: [...(LOW_RISK_ANSWERS.treatmentsTried ?? []), 'upadacitinib' as const] };

const cases: RuleCase[] = [
  // Which drug and what kind of reaction left blank: every drug is "not named", not a skin-only reaction → warning.
  ...triCases('jak-allergy', 'jakReaction', all('warning'), TRIED_A_JAK),
  { situation: 'jak-allergy is ignored when no JAK inhibitor was tried (the question is hidden)', answers: { jakReaction: 'yes' }, flag: 'jak-allergy', drugs: null },
  { situation: 'jak-allergy fires after ruxolitinib cream, which is a JAK inhibitor too', answers: { treatmentsTried: ['ruxolitinibCream'], jakReaction: 'yes' }, flag: 'jak-allergy', drugs: all('warning') },

  ...SYSTEMIC.map((treatment): RuleCase => ({ situation: `current-systemic-treatment fires on ${treatment} now`, answers: { treatmentsCurrent: [treatment] }, flag: 'current-systemic-treatment', drugs: all('discuss') })),
  ...NOT_SYSTEMIC.map((treatment): RuleCase => ({ situation: `current-systemic-treatment does not fire on ${treatment} now`, answers: { treatmentsCurrent: [treatment] }, flag: 'current-systemic-treatment', drugs: null })),
  { situation: 'current-systemic-treatment does not fire when current treatments are left blank', answers: { treatmentsCurrent: undefined }, flag: 'current-systemic-treatment', drugs: null },

  ...SYSTEMIC.map((treatment): RuleCase => ({ situation: `no-prior-systemic does not fire after ${treatment}`, answers: { treatmentsTried: ['topicalSteroid', treatment] }, flag: 'no-prior-systemic', drugs: null })),
  ...NOT_SYSTEMIC.map((treatment): RuleCase => ({ situation: `no-prior-systemic fires when only ${treatment} was tried`, answers: { treatmentsTried: [treatment] }, flag: 'no-prior-systemic', drugs: UPA_ABRO_DISCUSS })),
  { situation: 'no-prior-systemic does not fire when treatments tried are left blank', answers: { treatmentsTried: undefined }, flag: 'no-prior-systemic', drugs: null },

  ...PRESCRIPTION_TOPICAL.map((treatment): RuleCase => ({ situation: `no-prior-topical does not fire after ${treatment}`, answers: { treatmentsTried: ['dupilumab', treatment] }, flag: 'no-prior-topical', drugs: null })),
  ...NOT_TOPICAL.map((treatment): RuleCase => ({ situation: `no-prior-topical fires when only ${treatment} was tried`, answers: { treatmentsTried: [treatment] }, flag: 'no-prior-topical', drugs: all('discuss') })),
  { situation: 'no-prior-topical does not fire when treatments tried are left blank', answers: { treatmentsTried: undefined }, flag: 'no-prior-topical', drugs: null },

  ...JAKS.map((treatment): RuleCase => ({ situation: `prior-jak fires after ${treatment}`, answers: { treatmentsTried: ['topicalSteroid', treatment] }, flag: 'prior-jak', drugs: all('discuss') })),
  { situation: 'prior-jak does not fire without a JAK inhibitor', answers: {}, flag: 'prior-jak', drugs: null },
  { situation: 'prior-jak does not fire on a JAK used now but not listed as tried', answers: { treatmentsCurrent: ['upadacitinib'] }, flag: 'prior-jak', drugs: null },
];

test.each(cases)('$situation', expectRuleCase);
