/**
 * Disease and treatment fit (rules.md rows current-systemic-treatment, mild-disease … prior-jak), from the contract.
 * questions.md: oral steroids are not "systemic"; ruxolitinib cream is a prescription topical, not systemic.
 */
import { all, asUnsure, expectRuleCase } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';

const SYSTEMIC = ['cyclosporine', 'methotrexate', 'azathioprine', 'mycophenolate', 'dupilumab', 'tralokinumab', 'lebrikizumab', 'nemolizumab', 'upadacitinib', 'abrocitinib', 'baricitinib', 'otherJak'] as const;
const NOT_SYSTEMIC = ['topicalSteroid', 'topicalCalcineurin', 'topicalPde4', 'topicalOther', 'phototherapy', 'oralSteroid', 'ruxolitinibCream', 'none'] as const;
const PRESCRIPTION_TOPICAL = ['topicalSteroid', 'topicalCalcineurin', 'topicalPde4', 'topicalOther', 'ruxolitinibCream'] as const;
const NOT_TOPICAL = ['phototherapy', 'oralSteroid', 'dupilumab', 'upadacitinib', 'none'] as const;
const JAKS = ['upadacitinib', 'abrocitinib', 'ruxolitinibCream', 'baricitinib', 'otherJak'] as const;

const UPA_ABRO_DISCUSS = { upadacitinib: 'discuss', abrocitinib: 'discuss' } as const;
const CREAM_AREA = { ruxolitinibCream: 'warning' } as const;

const cases: RuleCase[] = [
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

  { situation: 'mild-disease fires on mild eczema', answers: { severity: 'mild' }, flag: 'mild-disease', drugs: { upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss' } },
  { situation: 'mild-disease does not fire on moderate eczema', answers: { severity: 'moderate' }, flag: 'mild-disease', drugs: null },
  { situation: 'severe-disease-cream fires on severe eczema', answers: { severity: 'severe' }, flag: 'severe-disease-cream', drugs: { ruxolitinibCream: 'discuss' } },
  { situation: 'severe-disease-cream does not fire on moderate eczema', answers: { severity: 'moderate' }, flag: 'severe-disease-cream', drugs: null },

  { situation: 'cream-area-limit fires over 20% of the skin', answers: { bodyArea: 'over20' }, flag: 'cream-area-limit', drugs: CREAM_AREA },
  { situation: 'cream-area-limit does not fire at 10–20% of the skin', answers: { bodyArea: '10to20' }, flag: 'cream-area-limit', drugs: null },
  { situation: 'cream-area-limit does not fire under 10% of the skin', answers: { bodyArea: 'under10' }, flag: 'cream-area-limit', drugs: null },
  // rules.md "Unsure": a rule firing on an enum value fires as unsure on the enum's `unsure`.
  { situation: 'cream-area-limit fires as unsure, capped at check, when the area is unsure', answers: { bodyArea: 'unsure' }, flag: 'cream-area-limit', drugs: asUnsure(CREAM_AREA), certainty: 'unsure' },
  { situation: 'cream-area-limit does not fire when the area is left blank', answers: { bodyArea: undefined }, flag: 'cream-area-limit', drugs: null },
];

test.each(cases)('$situation', expectRuleCase);
