/**
 * flow.visit: the browser opened the URL of a place (Back, Forward, a link, a reload). The machine lands there when
 * it is reachable, otherwise on the furthest reachable place, and what the screen being left holds is kept
 * (docs/decisions/0005-per-step-urls.md). Pure transitions: no storage is touched.
 */
import { createActor } from 'xstate';
import { positionOf, questionnaireMachine } from '@/lib/flow/questionnaireMachine';
import type { QuestionnaireEvent } from '@/lib/flow/questionnaireMachine';
import { STEP_IDS } from '@/lib/flow/stepPredicates';
import type { Position } from '@/lib/flow/positions';
import type { StepId } from '@/lib/questionnaire';
import { answersOfStep } from '@/__tests__/support/answersOfStep';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

const machine = questionnaireMachine.provide({ actions: { persistProgress: () => {}, forgetProgress: () => {}, storeClinicSetting: () => {} } });

function run(events: QuestionnaireEvent[]) {
  const actor = createActor(machine).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

const START: QuestionnaireEvent[] = [{ type: 'saved.none' }, { type: 'flow.start', respondent: 'patient', saving: false }];
const next = (stepId: StepId): QuestionnaireEvent => ({ type: 'step.next', answers: answersOfStep(stepId, LOW_RISK_ADULT.answers) });
const visit = (position: Position, draft?: object): QuestionnaireEvent => ({ type: 'flow.visit', position, ...(draft ? { draft } : {}) });
const THIRD_STEP = STEP_IDS[2];

test.each<[string, QuestionnaireEvent[], Position, Position]>([
  ['with nothing answered, a step lands on "Before you start"', [{ type: 'saved.none' }], 'heart', 'intro'],
  ['with nothing answered, the summary lands on "Before you start"', [{ type: 'saved.none' }], 'summary', 'intro'],
  ['a step past the furthest reached lands on the furthest', [...START, next('about'), next('eczema')], 'heart', THIRD_STEP],
  ['the review before it was reached lands on the furthest step', [...START, next('about')], 'review', STEP_IDS[1]],
  ['an earlier step opens', [...START, next('about'), next('eczema')], 'about', 'about'],
  ['"Before you start" opens from a step', [...START, next('about')], 'intro', 'intro'],
  ['a later step already reached opens (Forward after Back)', [...START, next('about'), next('eczema'), visit('about')], THIRD_STEP, THIRD_STEP],
  // Summary reached, then the age cleared on step 1 and left by URL: the summary needs complete answers.
  ['the summary lands on the review once answers are incomplete', [...START, ...STEP_IDS.map(next), { type: 'review.done' }, { type: 'summary.back' }, visit('about'), visit('review', {})], 'summary', 'review'],
  ['the summary opens again after "Back to your answers" (Forward)', [...START, ...STEP_IDS.map(next), { type: 'review.done' }, { type: 'summary.back' }], 'summary', 'summary'],
])('%s', (_title, before, target, landing) => {
  const snapshot = run([...before, visit(target)]);
  expect(positionOf(snapshot)).toBe(landing);
});

test('leaving a step by URL keeps its well-formed answers and its draft; a malformed answer is kept only in the draft', () => {
  const onEczema = run([...START, next('about')]);
  expect(positionOf(onEczema)).toBe('eczema');
  const draft = { severity: 'moderate', itchWorst24h: 'eleven' };
  const back = run([...START, next('about'), visit('about', draft)]);
  expect(positionOf(back)).toBe('about');
  expect(back.context.document.answers.severity).toBe('moderate');
  expect(back.context.document.answers).not.toHaveProperty('itchWorst24h');
  expect(back.context.drafts.eczema).toEqual(draft);
});

test('a draft holds the form’s text: a number typed on step 1 is kept as the number when the step is left by URL', () => {
  const onEczema = run([...START, next('about'), visit('about')]);
  expect(positionOf(onEczema)).toBe('about');
  const draft = { age: '30', under40kg: null, pregnancyPossible: 'no', pregnant: null, planningPregnancy: null, breastfeeding: 'no', hormonalContraception: 'no' };
  const forward = run([...START, next('about'), visit('about'), visit('eczema', draft)]);
  expect(positionOf(forward)).toBe('eczema');
  expect(forward.context.document.answers.age).toBe(30);
  expect(forward.context.document.answers.pregnancyPossible).toBe('no');
});

test('a visit to where the person already is changes nothing', () => {
  const here = run([...START, next('about')]);
  const again = run([...START, next('about'), visit('eczema')]);
  expect(positionOf(again)).toBe(positionOf(here));
  expect(again.context.document).toEqual(here.context.document);
});
