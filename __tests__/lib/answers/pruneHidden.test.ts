import fc from 'fast-check';
import { pruneHidden, pruneHiddenForReading, questionsShownFor } from '@/lib/answers';
import type { Answers, PrunedAnswers } from '@/lib/answers';
import { QUESTIONS } from '@/lib/questionnaire';
import { answersArbitrary } from '../../support/arbitraries';
import { buildAnswers } from '../../support/buildAnswers';

const kept = (answers: Answers, id: keyof Answers) => Object.hasOwn(pruneHidden(answers), id);

// Each "shown when" of questions.md, on both sides of its edge. Unanswered: "≠" is true, "has any" is false.
test.each([
  ['under40kg is kept at 12', buildAnswers({ age: 12, under40kg: 'yes' }), 'under40kg', true],
  ['under40kg is kept at 17', buildAnswers({ age: 17, under40kg: 'yes' }), 'under40kg', true],
  ['under40kg is dropped at 11', buildAnswers({ age: 11, under40kg: 'yes' }), 'under40kg', false],
  ['under40kg is dropped at 18', buildAnswers({ age: 18, under40kg: 'yes' }), 'under40kg', false],
  ['pregnancyPossible is kept at 10', buildAnswers({ age: 10, pregnancyPossible: 'yes' }), 'pregnancyPossible', true],
  ['pregnancyPossible is dropped at 9', buildAnswers({ age: 9, pregnancyPossible: 'yes' }), 'pregnancyPossible', false],
  ['breastfeeding is kept at 10', buildAnswers({ age: 10, breastfeeding: 'yes' }), 'breastfeeding', true],
  ['breastfeeding is dropped at 9', buildAnswers({ age: 9, breastfeeding: 'yes' }), 'breastfeeding', false],
  ['hormonalContraception is kept at 10', buildAnswers({ age: 10, hormonalContraception: 'yes' }), 'hormonalContraception', true],
  ['hormonalContraception is dropped at 9', buildAnswers({ age: 9, hormonalContraception: 'yes' }), 'hormonalContraception', false],
  ['pregnant is kept when pregnancy is possible', buildAnswers({ pregnancyPossible: 'yes', pregnant: 'yes' }), 'pregnant', true],
  ['pregnant is kept when pregnancy is unsure', buildAnswers({ pregnancyPossible: 'unsure', pregnant: 'yes' }), 'pregnant', true],
  ['pregnant is kept when pregnancyPossible is unanswered (≠ no)', buildAnswers({ pregnancyPossible: undefined, pregnant: 'yes' }), 'pregnant', true],
  ['pregnant is dropped when pregnancy is not possible', buildAnswers({ pregnancyPossible: 'no', pregnant: 'yes' }), 'pregnant', false],
  ['pregnant is dropped under 10 even with pregnancyPossible unanswered', buildAnswers({ age: 9, pregnancyPossible: undefined, pregnant: 'yes' }), 'pregnant', false],
  ['planningPregnancy is kept when pregnancyPossible is unanswered (≠ no)', buildAnswers({ pregnancyPossible: undefined, planningPregnancy: 'yes' }), 'planningPregnancy', true],
  ['planningPregnancy is dropped when pregnancy is not possible', buildAnswers({ pregnancyPossible: 'no', planningPregnancy: 'yes' }), 'planningPregnancy', false],
  ['planningPregnancy is dropped under 10', buildAnswers({ age: 9, pregnancyPossible: 'yes', planningPregnancy: 'yes' }), 'planningPregnancy', false],
  ['jakReaction is kept when a JAK was tried', buildAnswers({ treatmentsTried: ['otherJak'], jakReaction: 'yes' }), 'jakReaction', true],
  ['jakReaction is kept when ruxolitinib cream was tried', buildAnswers({ treatmentsTried: ['topicalSteroid', 'ruxolitinibCream'], jakReaction: 'yes' }), 'jakReaction', true],
  ['jakReaction is dropped when no JAK was tried', buildAnswers({ treatmentsTried: ['dupilumab'], jakReaction: 'yes' }), 'jakReaction', false],
  ['jakReaction is dropped when treatmentsTried is unanswered (has any is false)', buildAnswers({ treatmentsTried: undefined, jakReaction: 'yes' }), 'jakReaction', false],
  ['jakReaction is dropped when only a current JAK is listed', buildAnswers({ treatmentsTried: ['none'], treatmentsCurrent: ['upadacitinib'], jakReaction: 'yes' }), 'jakReaction', false],
  ['shinglesVaccine is kept at 18', buildAnswers({ age: 18, shinglesVaccine: 'no' }), 'shinglesVaccine', true],
  ['shinglesVaccine is dropped at 17', buildAnswers({ age: 17, shinglesVaccine: 'no' }), 'shinglesVaccine', false],
  ['cancerActive is kept after any cancer', buildAnswers({ cancerHistory: ['nonMelanomaSkin'], cancerActive: 'yes' }), 'cancerActive', true],
  ['cancerActive is dropped with no cancer', buildAnswers({ cancerHistory: ['none'], cancerActive: 'yes' }), 'cancerActive', false],
  ['cancerActive is dropped when cancerHistory is unanswered', buildAnswers({ cancerHistory: undefined, cancerActive: 'yes' }), 'cancerActive', false],
] as const)('%s', (_situation, answers, id, expected) => {
  expect(kept(answers, id)).toBe(expected);
});

test('age-dependent questions are all dropped when age itself is missing', () => {
  const answers = buildAnswers({ age: undefined, pregnancyPossible: 'yes', pregnant: 'yes', breastfeeding: 'yes', shinglesVaccine: 'no', under40kg: 'yes' });
  expect(Object.keys(pruneHidden(answers)).filter((id) => ['pregnancyPossible', 'pregnant', 'breastfeeding', 'shinglesVaccine', 'under40kg'].includes(id))).toEqual([]);
});

test('answers to questions that are always shown are kept unchanged', () => {
  expect(pruneHidden(buildAnswers())).toEqual(buildAnswers());
});

test('does not change the answers it is given', () => {
  const answers = buildAnswers({ pregnant: 'yes' });
  pruneHidden(answers);
  expect(answers.pregnant).toBe('yes');
});

// The rules read answers through pruneHiddenForReading (one pass that also lists the unanswered questions, issue 15):
// it must read exactly what pruneHidden keeps, and list what questionsShownFor would, on any answers at all.
describe('pruneHiddenForReading agrees with pruneHidden and questionsShownFor', () => {
  test.each([
    ['every answer given', buildAnswers()],
    ['a child with pregnancy answers', buildAnswers({ age: 9, pregnancyPossible: 'yes', pregnant: 'yes' })],
    ['no age', buildAnswers({ age: undefined, under40kg: 'yes' })],
  ])('%s', (_situation, answers) => {
    const unanswered: string[] = [];
    const read = pruneHiddenForReading(answers, unanswered) as Readonly<Record<string, unknown>>;
    const pruned = pruneHidden(answers) as Readonly<Record<string, unknown>>;
    expect(Object.fromEntries(Object.entries(read).filter(([, v]) => v !== undefined))).toEqual(pruned);
    expect(unanswered).toEqual(questionsShownFor(pruned as PrunedAnswers).filter((q) => pruned[q.id] === undefined).map((q) => q.id));
  });

  test('on random answers, hidden ones included', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const unanswered: string[] = [];
        const read = pruneHiddenForReading(answers, unanswered) as Readonly<Record<string, unknown>>;
        const pruned = pruneHidden(answers) as Readonly<Record<string, unknown>>;
        expect(Object.keys(read)).toEqual(QUESTIONS.map((q) => q.id));
        expect(Object.fromEntries(Object.entries(read).filter(([, v]) => v !== undefined))).toEqual(pruned);
        expect(unanswered).toEqual(questionsShownFor(pruned as PrunedAnswers).filter((q) => pruned[q.id] === undefined).map((q) => q.id));
      }),
      { numRuns: 500 },
    );
  });
});
