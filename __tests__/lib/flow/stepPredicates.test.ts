import type { Step } from '@/lib/questionnaire';
import { keepValidAnswers, stepAfter, stepBefore, stepsThatApply, withStepAnswers } from '@/lib/flow/stepPredicates';
import type { Answers } from '@/lib/answers';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

// A made-up definition whose middle step only applies to adults.
const word = { self: 'x', other: 'x' };
const STEPS_WITH_ADULT_STEP: readonly Step[] = [
  { id: 'about', title: word, questions: [{ id: 'age', type: 'integer', min: 0, max: 120, short: 'Age', text: word }] },
  { id: 'adults', title: word, questions: [{ id: 'shinglesVaccine', type: 'tri', short: 'S', text: word, shownWhen: { op: 'atLeast', question: 'age', value: 18 } }] },
  { id: 'goals', title: word, questions: [{ id: 'moodAffected', type: 'tri', short: 'M', text: word }] },
];

test('a step whose questions are all hidden is skipped', () => {
  expect(stepsThatApply({ age: 8 } as Answers, STEPS_WITH_ADULT_STEP)).toEqual(['about', 'goals']);
  expect(stepAfter('about', { age: 8 } as Answers, STEPS_WITH_ADULT_STEP)).toBe('goals');
  expect(stepBefore('goals', { age: 8 } as Answers, STEPS_WITH_ADULT_STEP)).toBe('about');
});

test('the same step applies once its condition holds', () => {
  expect(stepsThatApply({ age: 30 } as Answers, STEPS_WITH_ADULT_STEP)).toEqual(['about', 'adults', 'goals']);
  expect(stepAfter('about', { age: 30 } as Answers, STEPS_WITH_ADULT_STEP)).toBe('adults');
});

test('all eight steps of the questionnaire apply to every patient', () => {
  expect(stepsThatApply({})).toHaveLength(8);
  expect(stepsThatApply({ age: 8 })).toHaveLength(8);
});

test('there is no step after the last nor before the first', () => {
  expect(stepAfter('goals', {})).toBeUndefined();
  expect(stepBefore('about', {})).toBeUndefined();
});

test('withStepAnswers replaces one step and keeps the others', () => {
  const answers = withStepAnswers(LOW_RISK_ADULT.answers, 'eczema', { severity: 'severe' });
  expect(answers.severity).toBe('severe');
  expect(answers.bodyArea).toBeUndefined();
  expect(answers.smoking).toBe('never');
});

test('keepValidAnswers drops unknown, malformed and hidden answers', () => {
  expect(keepValidAnswers({ age: 8, pregnant: 'yes', severity: 'awful', shoeSize: 42, smoking: 'never' })).toEqual({ age: 8, smoking: 'never' });
  expect(keepValidAnswers('not answers')).toEqual({});
});
