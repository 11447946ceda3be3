import { createActor, getNextSnapshot } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { questionnaireMachine, savedAnswersEvent } from '@/lib/flow/questionnaireMachine';
import { CLINIC_SETTING_KEY } from '@/lib/clinic/clinicSetting';
import { SAVED_ANSWERS_KEY, saveAnswers } from '@/lib/storage/savedAnswers';
import type { QuestionnaireEvent } from '@/lib/flow/questionnaireMachine';
import { STEP_IDS } from '@/lib/flow/stepPredicates';
import type { StepId } from '@/lib/questionnaire';
import { answersOfStep } from '@/__tests__/support/answersOfStep';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

// Pure transitions: no storage is touched.
const machine = questionnaireMachine.provide({ actions: { persistProgress: () => {}, forgetProgress: () => {}, storeClinicSetting: () => {} } });
type Snapshot = SnapshotFrom<typeof machine>;

function run(events: QuestionnaireEvent[]): Snapshot {
  const actor = createActor(machine).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

const START: QuestionnaireEvent[] = [{ type: 'saved.none' }, { type: 'flow.start', respondent: 'patient', saving: false }];
const next = (stepId: StepId, answers = LOW_RISK_ADULT.answers): QuestionnaireEvent => ({ type: 'step.next', answers: answersOfStep(stepId, answers) });
const allSteps = STEP_IDS.map((id) => next(id));
const after = (snapshot: Snapshot, event: QuestionnaireEvent) => getNextSnapshot(machine, snapshot, event);

test('starts by checking for saved answers, then asks who is filling it in', () => {
  expect(run([]).value).toBe('checkingSaved');
  expect(run([{ type: 'saved.none' }]).value).toBe('intro');
});

test('flow.start opens the first step with the respondent recorded', () => {
  const snapshot = run(START);
  expect(snapshot.value).toBe('answering');
  expect(snapshot.context.stepId).toBe('about');
  expect(snapshot.context.document.respondent).toBe('patient');
});

test('clinic staff never get saving on, even when asked', () => {
  const snapshot = run([{ type: 'saved.none' }, { type: 'flow.start', respondent: 'staff', saving: true }]);
  expect(snapshot.context.saving).toBe(false);
  expect(run([{ type: 'saved.none' }, { type: 'flow.start', respondent: 'caregiver', saving: true }]).context.saving).toBe(true);
});

test('step.next with valid answers moves to the next step and keeps them', () => {
  const snapshot = run([...START, next('about')]);
  expect(snapshot.context.stepId).toBe('eczema');
  expect(snapshot.context.document.answers.age).toBe(30);
});

test('step.next past an invalid step is refused: a missing required answer', () => {
  const onAbout = run(START);
  expect(onAbout.can({ type: 'step.next', answers: {} })).toBe(false);
  const still = after(onAbout, { type: 'step.next', answers: {} });
  expect(still.context.stepId).toBe('about');
});

test('step.next past an invalid step is refused: an out-of-range answer', () => {
  const onAbout = run(START);
  const still = after(onAbout, { type: 'step.next', answers: { age: 130 } });
  expect(still.context.stepId).toBe('about');
  expect(still.context.document.answers).toEqual({});
});

test('all eight steps lead to the review', () => {
  const snapshot = run([...START, ...allSteps]);
  expect(snapshot.value).toBe('review');
  expect(snapshot.context.document.answers).toEqual(LOW_RISK_ADULT.answers);
});

test('answers to questions hidden by an earlier answer are pruned', () => {
  const snapshot = run([...START, { type: 'step.next', answers: { age: 8, pregnant: 'yes', pregnancyPossible: 'yes' } }]);
  expect(snapshot.context.document.answers).toEqual({ age: 8 });
});

test('step.back returns to the previous step and keeps the answers given there', () => {
  const onEczema = run([...START, next('about')]);
  const back = after(onEczema, { type: 'step.back', answers: { severity: 'mild' } });
  expect(back.context.stepId).toBe('about');
  expect(back.context.document.answers).toMatchObject({ age: 30, severity: 'mild' });
});

test('step.back keeps only answers that are well formed on their own', () => {
  const onEczema = run([...START, next('about')]);
  const back = after(onEczema, { type: 'step.back', answers: { severity: 'mild', itchWorst24h: 11 } });
  expect(back.context.document.answers).not.toHaveProperty('itchWorst24h');
});

test('step.back from the first step returns to the intro', () => {
  expect(after(run(START), { type: 'step.back', answers: {} }).value).toBe('intro');
});

test('changing an earlier answer keeps the later answers that still apply', () => {
  const atReview = run([...START, ...allSteps]);
  const editing = after(atReview, { type: 'review.edit', step: 'about' });
  const back = after(editing, { type: 'step.next', answers: { age: 31, pregnancyPossible: 'no', breastfeeding: 'no', hormonalContraception: 'no' } });
  expect(back.value).toBe('review');
  expect(back.context.document.answers).toMatchObject({ age: 31, severity: 'moderate', preferences: ['none'] });
});

test('review.edit opens a step and step.next returns to the review', () => {
  const atReview = run([...START, ...allSteps]);
  const editing = after(atReview, { type: 'review.edit', step: 'heart' });
  expect(editing.value).toBe('answering');
  expect(editing.context.stepId).toBe('heart');
  expect(after(editing, next('heart')).value).toBe('review');
});

test('step.back while editing from the review returns to the review', () => {
  const editing = after(run([...START, ...allSteps]), { type: 'review.edit', step: 'heart' });
  expect(after(editing, { type: 'step.back', answers: {} }).value).toBe('review');
});

test('details.edit opens the intro and flow.start returns to the review with the answers kept', () => {
  const intro = after(run([...START, ...allSteps]), { type: 'details.edit' });
  expect(intro.value).toBe('intro');
  const back = after(intro, { type: 'flow.start', respondent: 'caregiver', saving: false, patient: { name: 'Ana' } });
  expect(back.value).toBe('review');
  expect(back.context.document).toMatchObject({ respondent: 'caregiver', patient: { name: 'Ana' }, answers: LOW_RISK_ADULT.answers });
});

test('no summary before the review', () => {
  const onStep = run([...START, next('about')]);
  expect(onStep.can({ type: 'review.done' })).toBe(false);
  expect(after(onStep, { type: 'review.done' }).value).toBe('answering');
  expect(run([{ type: 'saved.none' }]).can({ type: 'review.done' })).toBe(false);
});

test('review.done opens the summary, and summary.back returns to the review', () => {
  const summary = after(run([...START, ...allSteps]), { type: 'review.done' });
  expect(summary.value).toBe('summary');
  expect(after(summary, { type: 'summary.back' }).value).toBe('review');
});

test('review.done is refused while a required answer is missing', () => {
  const partial = run([
    { type: 'saved.invalid', problems: [{ code: 'savedDamaged' }], salvage: { document: { ...LOW_RISK_ADULT, answers: { severity: 'mild' } }, position: 'review' } },
    { type: 'saved.keepValid' },
  ]);
  expect(partial.value).toBe('review');
  expect(partial.can({ type: 'review.done' })).toBe(false);
});

test('review.edit cannot open a step that does not apply', () => {
  const atReview = run([...START, ...allSteps]);
  expect(atReview.can({ type: 'review.edit', step: 'nowhere' as StepId })).toBe(false);
});

test('answers.load opens the review with the loaded answers, pruned', () => {
  const loaded = run([{ type: 'saved.none' }, { type: 'answers.load', document: { ...LOW_RISK_ADULT, answers: { ...LOW_RISK_ADULT.answers, jakReaction: 'yes' } } }]);
  expect(loaded.value).toBe('review');
  expect(loaded.context.document.answers).toEqual(LOW_RISK_ADULT.answers);
});

test('flow.restart clears every answer from memory', () => {
  const restarted = run([...START, ...allSteps, { type: 'flow.restart' }]);
  expect(restarted.value).toBe('intro');
  expect(restarted.context.document.answers).toEqual({});
  expect(restarted.context.saving).toBe(false);
});

test.each([
  ['a step', 'heart', 'answering'],
  ['the review', 'review', 'review'],
  ['the intro', 'intro', 'intro'],
  ['the summary', 'summary', 'summary'],
] as const)('saved answers resume at %s with saving on', (_where, position, state) => {
  const snapshot = run([savedAnswersEvent({ status: 'found', saved: { document: LOW_RISK_ADULT, position }, keptOn: 'device' })]);
  expect(snapshot.value).toBe(state);
  expect(snapshot.context.saving).toBe(true);
  if (state === 'answering') expect(snapshot.context.stepId).toBe(position);
});

test('a step opened from the review, resumed after a reload, still saves and goes back to the review', () => {
  const resumed = run([savedAnswersEvent({ status: 'found', saved: { document: LOW_RISK_ADULT, position: 'heart', returnToReview: true }, keptOn: 'tab' })]);
  expect(resumed.value).toBe('answering');
  expect(resumed.context.returnToReview).toBe(true);
  expect(resumed.context.furthest).toBe('review');
  expect(after(resumed, next('heart')).value).toBe('review');
  // Without the mark, the steps after it follow as on a first pass.
  const plain = run([savedAnswersEvent({ status: 'found', saved: { document: LOW_RISK_ADULT, position: 'heart' }, keptOn: 'tab' })]);
  expect(after(plain, next('heart')).context.stepId).toBe('health');
});

test('after a reload on an earlier step, the places reached before stay open: Forward to the summary still lands there', () => {
  const resumed = run([savedAnswersEvent({ status: 'found', saved: { document: LOW_RISK_ADULT, position: 'heart', furthest: 'summary' }, keptOn: 'tab' })]);
  expect(resumed.value).toBe('answering');
  expect(resumed.context.furthest).toBe('summary');
  expect(after(resumed, { type: 'flow.visit', position: 'summary' }).value).toBe('summary');
  // Without it (a copy from before), the person is as far as the step they were on.
  const older = run([savedAnswersEvent({ status: 'found', saved: { document: LOW_RISK_ADULT, position: 'heart' }, keptOn: 'tab' })]);
  expect(after(older, { type: 'flow.visit', position: 'summary' }).value).toBe('answering');
});

test('going Back keeps the furthest place in the saved progress, so a reload does not lose it', () => {
  // The real machine, storage and all.
  const actor = createActor(questionnaireMachine).start();
  actor.send(savedAnswersEvent({ status: 'found', saved: { document: LOW_RISK_ADULT, position: 'summary' }, keptOn: 'tab' }));
  actor.send({ type: 'flow.visit', position: 'heart' });
  expect(actor.getSnapshot().value).toBe('answering');
  expect(JSON.parse(window.sessionStorage.getItem(SAVED_ANSWERS_KEY)!)).toMatchObject({ position: 'heart', furthest: 'summary' });
  actor.stop();
});

test('unreadable saved answers give a choice: start over, or keep what is valid', () => {
  const problem = savedAnswersEvent({ status: 'invalid', problems: [{ code: 'savedDamaged' }], salvage: { document: LOW_RISK_ADULT, position: 'review' }, keptOn: 'device' });
  const asked = run([problem]);
  expect(asked.value).toBe('savedProblem');
  expect(asked.context.savedProblems).toEqual([{ code: 'savedDamaged' }]);
  expect(after(asked, { type: 'saved.discard' }).context.document.answers).toEqual({});
  expect(after(asked, { type: 'saved.keepValid' }).context.document.answers).toEqual(LOW_RISK_ADULT.answers);
});

test('with nothing to keep, only starting over is possible', () => {
  const asked = run([savedAnswersEvent({ status: 'invalid', problems: [{ code: 'savedDamaged' }], salvage: null, keptOn: 'device' })]);
  expect(asked.can({ type: 'saved.keepValid' })).toBe(false);
  expect(asked.can({ type: 'saved.discard' })).toBe(true);
});

describe('clinic tablet mode', () => {
  const CLINIC = { enabled: true, idleMinutes: 3, usualRespondent: 'patient', lock: null } as const;
  const clinicOn: QuestionnaireEvent = { type: 'clinic.change', setting: CLINIC };

  test('a clinic tablet starts empty, without looking at saved answers', () => {
    const snapshot = run([clinicOn]);
    expect(snapshot.value).toBe('intro');
    expect(snapshot.context.clinic).toEqual(CLINIC);
  });

  test('nothing is ever saved on a clinic tablet, whoever answers and whatever they ask', () => {
    expect(run([clinicOn, { type: 'flow.start', respondent: 'patient', saving: true }]).context.saving).toBe(false);
    const loaded = run([clinicOn, { type: 'answers.load', document: LOW_RISK_ADULT }]);
    expect(loaded.context.saving).toBe(false);
  });

  test('turning clinic mode on or off wipes the session; changing its idle time does not', () => {
    const answering = run([...START, next('about'), next('eczema')]);
    const on = after(answering, clinicOn);
    expect(on.value).toBe('intro');
    expect(on.context.document.answers).toEqual({});
    const started = after(after(on, { type: 'flow.start', respondent: 'staff', saving: false }), next('about'));
    const longer = after(started, { type: 'clinic.change', setting: { ...CLINIC, idleMinutes: 10 } });
    expect(longer.value).toBe('answering');
    expect(longer.context.document.answers.age).toBe(30);
    expect(longer.context.clinic.idleMinutes).toBe(10);
    const off = after(longer, { type: 'clinic.change', setting: { ...CLINIC, enabled: false } });
    expect(off.value).toBe('intro');
    expect(off.context.document.answers).toEqual({});
  });

  test.each([
    ['on', true, 'clinicOn'],
    ['off', false, 'clinicOff'],
  ] as const)('clinic mode turned %s in another tab clears the answers in progress here and says so', (_, enabled, note) => {
    const before = enabled ? run([...START, next('about')]) : run([clinicOn, { type: 'flow.start', respondent: 'staff', saving: false }, next('about')]);
    const changed = after(before, { type: 'clinic.change', setting: { ...CLINIC, enabled }, elsewhere: true });
    expect(changed.value).toBe('intro');
    expect(changed.context.document.answers).toEqual({});
    expect(changed.context.otherTab).toBe(note);
  });

  test('clinic mode changed elsewhere with nothing in progress, or on this page, says nothing of other tabs', () => {
    expect(after(run(START), { type: 'clinic.change', setting: CLINIC, elsewhere: true }).context.otherTab).toBeNull();
    expect(after(run([...START, next('about')]), clinicOn).context.otherTab).toBeNull();
  });

  test('the wipe (flow.restart) clears the session but keeps the tablet in clinic mode', () => {
    const onSummary = run([clinicOn, { type: 'flow.start', respondent: 'patient', saving: false, patient: { name: 'Ann' } }, ...allSteps, { type: 'review.done' }]);
    expect(onSummary.value).toBe('summary');
    const wiped = after(onSummary, { type: 'flow.restart' });
    expect(wiped.value).toBe('intro');
    expect(wiped.context.document).toEqual({ schemaVersion: 2, respondent: 'patient', answers: {} });
    expect(wiped.context.clinic).toEqual(CLINIC);
  });

  test('files unlocked by staff stay unlocked for this session only: a wipe or turning clinic mode off locks them again', () => {
    expect(run([{ type: 'saved.none' }, { type: 'clinic.unlockFiles' }]).context.filesUnlocked).toBe(false);
    const unlocked = run([clinicOn, { type: 'clinic.unlockFiles' }]);
    expect(unlocked.context.filesUnlocked).toBe(true);
    expect(after(unlocked, { type: 'clinic.change', setting: { ...CLINIC, idleMinutes: 10 } }).context.filesUnlocked).toBe(true);
    expect(after(unlocked, { type: 'flow.restart' }).context.filesUnlocked).toBe(false);
    expect(after(unlocked, { type: 'clinic.change', setting: { ...CLINIC, enabled: false } }).context.filesUnlocked).toBe(false);
  });
});

test('with the real storage actions, a clinic tablet removes saved answers and keeps only its setting', () => {
  window.localStorage.clear();
  saveAnswers({ document: LOW_RISK_ADULT, position: 'heart' });
  const actor = createActor(questionnaireMachine).start();
  actor.send({ type: 'clinic.change', setting: { enabled: true, idleMinutes: 3, usualRespondent: 'patient', lock: null } });
  actor.send({ type: 'flow.start', respondent: 'patient', saving: true, patient: { name: 'Ann' } });
  for (const event of allSteps) {
    actor.send(event);
    expect(Object.keys(window.localStorage)).toEqual([CLINIC_SETTING_KEY]);
  }
  expect(actor.getSnapshot().value).toBe('review');
  expect(window.localStorage.getItem(CLINIC_SETTING_KEY)).not.toMatch(/Ann|answers/);
  actor.stop();
});
