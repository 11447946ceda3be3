/**
 * Model-based paths: every state and every step is reachable, and on every path the invariants hold
 * (the current step applies, hidden answers are absent). The traversal is bounded (TOOLING.md G8).
 */
import { createActor } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { createTestModel } from '@xstate/graph';
import { questionnaireMachine } from '@/lib/flow/questionnaireMachine';
import type { QuestionnaireEvent } from '@/lib/flow/questionnaireMachine';
import { STEP_IDS, stepApplies } from '@/lib/flow/stepPredicates';
import { pruneHidden } from '@/lib/answers';
import { answersOfStep } from '@/__tests__/support/answersOfStep';
import { LOW_RISK_ADULT, PREGNANT_PATIENT } from '@/__tests__/support/vignettes';

const machine = questionnaireMachine.provide({ actions: { persistProgress: () => {}, forgetProgress: () => {}, storeClinicSetting: () => {} } });
type Snapshot = SnapshotFrom<typeof machine>;

function eventsFor(snapshot: Snapshot): QuestionnaireEvent[] {
  const { stepId } = snapshot.context;
  return [
    { type: 'saved.none' },
    { type: 'flow.start', respondent: 'patient', saving: false },
    { type: 'step.next', answers: answersOfStep(stepId, LOW_RISK_ADULT.answers) },
    { type: 'step.next', answers: answersOfStep(stepId, PREGNANT_PATIENT.answers) },
    { type: 'step.next', answers: {} },
    { type: 'step.back', answers: {} },
    { type: 'review.edit', step: 'about' },
    { type: 'review.edit', step: 'goals' },
    { type: 'details.edit' },
    { type: 'review.done' },
    { type: 'summary.back' },
    { type: 'flow.restart' },
  ];
}

const paths = createTestModel(machine).getShortestPaths({
  events: eventsFor,
  serializeState: (s) => JSON.stringify([s.value, s.context.stepId, s.context.returnToReview, s.context.document.answers.age ?? null]),
  limit: 2000,
  // Keep the paths to places that longer paths pass through: each one is checked on its own.
  allowDuplicatePaths: true,
});

const placeOf = (s: Snapshot) => (s.matches('answering') ? `step ${s.context.stepId}` : String(s.value));
const describePath = (path: (typeof paths)[number]) =>
  `${placeOf(path.state)}${path.state.context.returnToReview ? ' (from review)' : ''} via ${path.steps.map((s) => s.event.type).join(' → ')}`;

test('the traversal reaches every step, the review and the summary', () => {
  const reached = new Set(paths.map((p) => placeOf(p.state)));
  for (const place of [...STEP_IDS.map((id) => `step ${id}`), 'intro', 'review', 'summary']) expect(reached).toContain(place);
});

test.each(paths.map((p) => [describePath(p), p] as const))('%s', (_description, path) => {
  const actor = createActor(machine).start();
  for (const step of path.steps.filter((s) => (s.event.type as string) !== 'xstate.init')) {
    actor.send(step.event);
    const snapshot = actor.getSnapshot();
    expect(pruneHidden(snapshot.context.document.answers)).toEqual(snapshot.context.document.answers);
    if (snapshot.matches('answering')) expect(stepApplies(snapshot.context.stepId, snapshot.context.document.answers)).toBe(true);
  }
  expect(actor.getSnapshot().value).toEqual(path.state.value);
  expect(actor.getSnapshot().context.stepId).toBe(path.state.context.stepId);
});
