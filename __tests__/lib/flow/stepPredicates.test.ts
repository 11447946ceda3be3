import type { Step } from '@/lib/questionnaire';
import { stepAfter, stepBefore, stepsThatApply, withValidStepAnswers } from '@/lib/flow/stepPredicates';
import { keepValidAnswers, pruneHidden } from '@/lib/answers';
import type { Answers } from '@/lib/answers';

const pruned = (answers: Answers) => pruneHidden(answers);
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

// A made-up definition whose middle step only applies to adults.
const word = { self: 'x', other: 'x' };
const STEPS_WITH_ADULT_STEP: readonly Step[] = [
  { id: 'about', title: word, questions: [{ id: 'age', type: 'integer', min: 0, max: 120, short: 'Age', text: word }] },
  { id: 'adults', title: word, questions: [{ id: 'shinglesVaccine', type: 'tri', short: 'S', text: word, shownWhen: { op: 'atLeast', question: 'age', value: 18 } }] },
  { id: 'goals', title: word, questions: [{ id: 'moodAffected', type: 'tri', short: 'M', text: word }] },
];

test('a step whose questions are all hidden is skipped', () => {
  expect(stepsThatApply(pruned({ age: 8 }), STEPS_WITH_ADULT_STEP)).toEqual(['about', 'goals']);
  expect(stepAfter('about', pruned({ age: 8 }), STEPS_WITH_ADULT_STEP)).toBe('goals');
  expect(stepBefore('goals', pruned({ age: 8 }), STEPS_WITH_ADULT_STEP)).toBe('about');
});

test('the same step applies once its condition holds', () => {
  expect(stepsThatApply(pruned({ age: 30 }), STEPS_WITH_ADULT_STEP)).toEqual(['about', 'adults', 'goals']);
  expect(stepAfter('about', pruned({ age: 30 }), STEPS_WITH_ADULT_STEP)).toBe('adults');
});

test('all eight steps of the questionnaire apply to every patient', () => {
  expect(stepsThatApply(pruned({}))).toHaveLength(8);
  expect(stepsThatApply(pruned({ age: 8 }))).toHaveLength(8);
});

test('there is no step after the last nor before the first', () => {
  expect(stepAfter('goals', pruned({}))).toBeUndefined();
  expect(stepBefore('about', pruned({}))).toBeUndefined();
});

test('withValidStepAnswers replaces one step and keeps the others, dropping malformed answers', () => {
  const answers = withValidStepAnswers(pruned(LOW_RISK_ADULT.answers), 'eczema', { severity: 'severe', itchWorst24h: 'lots' });
  expect(answers.itchWorst24h).toBeUndefined();
  expect(answers.severity).toBe('severe');
  expect(answers.bodyArea).toBeUndefined();
  expect(answers.smoking).toBe('never');
});

test('keepValidAnswers drops unknown, malformed and hidden answers', () => {
  expect(keepValidAnswers({ age: 8, pregnant: 'yes', severity: 'awful', shoeSize: 42, smoking: 'never' })).toEqual({ age: 8, smoking: 'never' });
  expect(keepValidAnswers('not answers')).toEqual({});
});
