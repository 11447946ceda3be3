/**
 * jak-allergy v2 (rules.md): each drug named in jakReactionDrugs: oral contraindication, cream warning; each drug not
 * named: discuss when jakReactionType = skinWhereApplied and the list is answered without "unsure", otherwise warning.
 * Every jakReactionType, with and without a known drug list; "not sure" about the reaction caps at check.
 */
import { expectRuleCase } from '../support/ruleCases';
import type { RuleCase } from '../support/ruleCases';
import type { AnswerOverrides } from '../support/buildAnswers';

const TRIED = { treatmentsTried: ['topicalSteroid', 'ruxolitinibCream', 'upadacitinib'] } as const satisfies AnswerOverrides;
const reaction = (extra: AnswerOverrides): AnswerOverrides => ({ ...TRIED, jakReaction: 'yes', ...extra });

const cases: RuleCase[] = [
  // skinWhereApplied
  { situation: 'skin-only reaction to the cream, list known: cream warning, the oral drugs discuss', answers: reaction({ jakReactionDrugs: ['ruxolitinibCream'], jakReactionType: 'skinWhereApplied' }), flag: 'jak-allergy', drugs: { ruxolitinibCream: 'warning', upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss' } },
  { situation: 'skin-only reaction, list says "I don’t know which": every drug warning', answers: reaction({ jakReactionDrugs: ['unsure'], jakReactionType: 'skinWhereApplied' }), flag: 'jak-allergy', drugs: { ruxolitinibCream: 'warning', upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning' } },
  { situation: 'skin-only reaction, cream named and "I don’t know which" too: cream warning, the rest warning', answers: reaction({ jakReactionDrugs: ['ruxolitinibCream', 'unsure'], jakReactionType: 'skinWhereApplied' }), flag: 'jak-allergy', drugs: { ruxolitinibCream: 'warning', upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning' } },
  { situation: 'skin-only reaction, list left blank: every drug warning', answers: reaction({ jakReactionType: 'skinWhereApplied' }), flag: 'jak-allergy', drugs: { ruxolitinibCream: 'warning', upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning' } },
  { situation: 'skin-only reaction to another JAK inhibitor, list known: the four drugs discuss', answers: reaction({ jakReactionDrugs: ['otherJak'], jakReactionType: 'skinWhereApplied' }), flag: 'jak-allergy', drugs: { ruxolitinibCream: 'discuss', upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss' } },
  // wholeBody
  { situation: 'whole-body reaction to upadacitinib, list known: upadacitinib contraindication, the rest warning', answers: reaction({ jakReactionDrugs: ['upadacitinib'], jakReactionType: 'wholeBody' }), flag: 'jak-allergy', drugs: { upadacitinib: 'contraindication', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' } },
  { situation: 'whole-body reaction, drug not known: every drug warning', answers: reaction({ jakReactionDrugs: ['unsure'], jakReactionType: 'wholeBody' }), flag: 'jak-allergy', drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' } },
  { situation: 'whole-body reaction to abrocitinib and baricitinib: both contraindication, the rest warning', answers: reaction({ jakReactionDrugs: ['abrocitinib', 'baricitinib'], jakReactionType: 'wholeBody' }), flag: 'jak-allergy', drugs: { upadacitinib: 'warning', abrocitinib: 'contraindication', baricitinib: 'contraindication', ruxolitinibCream: 'warning' } },
  // unsure type
  { situation: 'reaction type "not sure", list known: named drug by its severity, the rest warning', answers: reaction({ jakReactionDrugs: ['ruxolitinibCream'], jakReactionType: 'unsure' }), flag: 'jak-allergy', drugs: { ruxolitinibCream: 'warning', upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning' } },
  { situation: 'reaction type "not sure", drug not known: every drug warning', answers: reaction({ jakReactionDrugs: ['unsure'], jakReactionType: 'unsure' }), flag: 'jak-allergy', drugs: { upadacitinib: 'warning', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' } },
  // type left blank
  { situation: 'reaction type left blank, list known: named drug contraindication, the rest warning', answers: reaction({ jakReactionDrugs: ['upadacitinib'] }), flag: 'jak-allergy', drugs: { upadacitinib: 'contraindication', abrocitinib: 'warning', baricitinib: 'warning', ruxolitinibCream: 'warning' } },
  // not sure about the reaction itself: same per-drug severities, capped at check
  { situation: 'jakReaction "not sure", skin-only to the cream: cream check, oral discuss, as unsure', answers: { ...TRIED, jakReaction: 'unsure', jakReactionDrugs: ['ruxolitinibCream'], jakReactionType: 'skinWhereApplied' }, flag: 'jak-allergy', drugs: { ruxolitinibCream: 'check', upadacitinib: 'discuss', abrocitinib: 'discuss', baricitinib: 'discuss' }, certainty: 'unsure' },
  { situation: 'jakReaction "not sure", whole-body to upadacitinib: all capped at check, as unsure', answers: { ...TRIED, jakReaction: 'unsure', jakReactionDrugs: ['upadacitinib'], jakReactionType: 'wholeBody' }, flag: 'jak-allergy', drugs: { upadacitinib: 'check', abrocitinib: 'check', baricitinib: 'check', ruxolitinibCream: 'check' }, certainty: 'unsure' },
  // does not fire
  { situation: 'no reaction: no flag, whatever the hidden follow-ups say', answers: { ...TRIED, jakReaction: 'no', jakReactionDrugs: ['upadacitinib'], jakReactionType: 'wholeBody' }, flag: 'jak-allergy', drugs: null },
  { situation: 'no JAK inhibitor tried: the reaction questions are hidden', answers: { treatmentsTried: ['topicalSteroid'], jakReaction: 'yes', jakReactionDrugs: ['upadacitinib'] }, flag: 'jak-allergy', drugs: null },
];

test.each(cases)('$situation', expectRuleCase);
