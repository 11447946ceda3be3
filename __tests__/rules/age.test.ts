/** Age limits (rules.md rows age-65-plus and age-below-approved), boundary pairs at every threshold. */
import { all, expectRuleCase, oral } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';

const UPA_ABRO_WARNING = { upadacitinib: 'warning', abrocitinib: 'warning' } as const;

const cases: RuleCase[] = [
  { situation: 'age-65-plus fires at 65', answers: { age: 65 }, flag: 'age-65-plus', drugs: oral('warning') },
  { situation: 'age-65-plus does not fire at 64', answers: { age: 64 }, flag: 'age-65-plus', drugs: null },
  { situation: 'age-65-plus fires at 120', answers: { age: 120 }, flag: 'age-65-plus', drugs: oral('warning') },

  { situation: 'age-below-approved: upadacitinib and abrocitinib at 11', answers: { age: 11 }, flag: 'age-below-approved', drugs: UPA_ABRO_WARNING },
  { situation: 'age-below-approved does not fire at 12 (40 kg or more)', answers: { age: 12, under40kg: 'no' }, flag: 'age-below-approved', drugs: null },
  { situation: 'age-below-approved: upadacitinib and abrocitinib only, at 2', answers: { age: 2 }, flag: 'age-below-approved', drugs: UPA_ABRO_WARNING },
  { situation: 'age-below-approved: all four drugs at 1', answers: { age: 1 }, flag: 'age-below-approved', drugs: all('warning') },
  { situation: 'age-below-approved: all four drugs at 0', answers: { age: 0 }, flag: 'age-below-approved', drugs: all('warning') },
  { situation: 'age-below-approved: upadacitinib at 12 and under 40 kg', answers: { age: 12, under40kg: 'yes' }, flag: 'age-below-approved', drugs: { upadacitinib: 'warning' } },
  { situation: 'age-below-approved: upadacitinib at 17 and under 40 kg', answers: { age: 17, under40kg: 'yes' }, flag: 'age-below-approved', drugs: { upadacitinib: 'warning' } },
  { situation: 'age-below-approved does not fire at 18 with an under-40-kg answer (hidden)', answers: { age: 18, under40kg: 'yes' }, flag: 'age-below-approved', drugs: null },
  { situation: 'age-below-approved fires as unsure, capped at check, at 12 with weight unsure', answers: { age: 12, under40kg: 'unsure' }, flag: 'age-below-approved', drugs: { upadacitinib: 'check' }, certainty: 'unsure' },
  { situation: 'age-below-approved does not fire at 17 with weight left blank', answers: { age: 17, under40kg: undefined }, flag: 'age-below-approved', drugs: null },
  { situation: 'age-below-approved at 11 ignores an under-40-kg answer (hidden)', answers: { age: 11, under40kg: 'yes' }, flag: 'age-below-approved', drugs: UPA_ABRO_WARNING },
  { situation: 'age-below-approved does not fire for the adult baseline', answers: {}, flag: 'age-below-approved', drugs: null },
];

test.each(cases)('$situation', expectRuleCase);
