/** Fit with the approved indication (rules.md rows mild-disease, severe-disease-cream, cream-area-limit), from the contract. */
import { asUnsure, expectRuleCase } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';

const CREAM_AREA = { ruxolitinibCream: 'warning' } as const;

const cases: RuleCase[] = [
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
