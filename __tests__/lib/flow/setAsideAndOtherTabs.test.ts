/**
 * The machine keeps answers hidden by a correction aside and brings them back (issue 12), and re-checks storage
 * before every write: another tab's "Clear my answers" is never undone and clinic mode turned on elsewhere stops
 * all keeping (docs/decisions/0011). Real storage actions on jsdom's localStorage and sessionStorage.
 */
import { createActor } from 'xstate';
import { questionnaireMachine, savedAnswersEvent } from '@/lib/flow/questionnaireMachine';
import type { QuestionnaireEvent } from '@/lib/flow/questionnaireMachine';
import { CLINIC_SETTING_KEY } from '@/lib/clinic/clinicSetting';
import { keepProgress, loadSavedAnswers, SAVED_ANSWERS_KEY, saveAnswers, watchOtherTabs, clearSavedAnswers } from '@/lib/storage/savedAnswers';
import { stepById } from '@/lib/questionnaire';
import type { Question } from '@/lib/questionnaire';
import { pruneHidden } from '@/lib/answers';
import type { Answers, AnswersDocument } from '@/lib/answers';
import { answersToFormValues, formValuesToAnswers } from '@/lib/flow/stepForm';
import { withSetAside } from '@/lib/answers/setAside';
import { settleTable } from '@/lib/questionnaire/layout';
import { readAnswersText } from '@/lib/import';
import { answersOfStep } from '@/__tests__/support/answersOfStep';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';
import { keepForTab } from '@/__tests__/support/keptForTab';

const AGE_58: AnswersDocument = {
  ...LOW_RISK_ADULT,
  answers: { ...LOW_RISK_ADULT.answers, age: 58, pregnancyPossible: 'yes', pregnant: 'no', planningPregnancy: 'no', breastfeeding: 'no', hormonalContraception: 'yes' },
};
const SIX = ['breastfeeding', 'hormonalContraception', 'planningPregnancy', 'pregnancyPossible', 'pregnant', 'shinglesVaccine'];
const ABOUT = stepById('about')!.questions as readonly Question[];

/** Continue on "About you" with the age changed, the form holding what it was filled with (set-aside answers too). */
function saveAge(actor: ReturnType<typeof start>, age: number): void {
  const { document, setAside } = actor.getSnapshot().context;
  const held = { ...setAside, ...document.answers, age } as Answers;
  const draft = answersToFormValues(ABOUT, held);
  actor.send({ type: 'review.edit', step: 'about' });
  // The form's parse: the answers of the questions it shows (set-aside ones among them once the age shows them).
  actor.send({ type: 'step.next', answers: answersOfStep('about', pruneHidden(held)), draft } as QuestionnaireEvent);
}

function start(document: AnswersDocument = AGE_58) {
  const actor = createActor(questionnaireMachine).start();
  actor.send({ type: 'saved.none' });
  actor.send({ type: 'answers.load', document });
  return actor;
}

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  clearSavedAnswers();
});

test('age 58 → 9 → 58 from the review: six answers set aside (never in the document), then all back', () => {
  const actor = start();
  saveAge(actor, 9);
  let { document, setAside } = actor.getSnapshot().context;
  expect(actor.getSnapshot().value).toBe('review');
  expect(Object.keys(setAside).sort()).toEqual(SIX);
  for (const id of SIX) expect(document.answers).not.toHaveProperty(id);
  // Kept for the tab with the answers, beside them.
  const kept = JSON.parse(window.sessionStorage.getItem(SAVED_ANSWERS_KEY)!);
  expect(Object.keys(kept.setAside).sort()).toEqual(SIX);
  for (const id of SIX) expect(kept.document.answers).not.toHaveProperty(id);

  saveAge(actor, 58);
  ({ document, setAside } = actor.getSnapshot().context);
  expect(setAside).toEqual({});
  expect(document.answers).toEqual(AGE_58.answers);
  actor.stop();
});

test('set-aside answers come back from storage; one that no longer fits is dropped with a note, not a crash', () => {
  keepForTab({ document: { ...AGE_58, answers: pruneHidden({ ...LOW_RISK_ADULT.answers, age: 9 }) }, setAside: { pregnant: 'no', shinglesVaccine: 'maybe' } });
  const actor = createActor(questionnaireMachine).start();
  actor.send(savedAnswersEvent(loadSavedAnswers()));
  const { context } = actor.getSnapshot();
  expect(actor.getSnapshot().value).toBe('review');
  expect(context.setAside).toEqual({ pregnant: 'no' });
  expect(context.setAsideNotes).toEqual([{ code: 'setAsideNoLongerFits', path: 'setAside.shinglesVaccine', question: 'shinglesVaccine' }]);
  actor.stop();
});

describe('the device copy is re-checked before every write', () => {
  const progress = { document: LOW_RISK_ADULT, position: 'heart' as const };

  test('cleared in another tab: nothing is written back', () => {
    expect(keepProgress(progress, 'device')).toBe('saved');
    window.localStorage.removeItem(SAVED_ANSWERS_KEY); // "Clear my answers" in another tab
    expect(keepProgress(progress, 'device')).toBe('clearedElsewhere');
    expect(window.localStorage.getItem(SAVED_ANSWERS_KEY)).toBeNull();
  });

  test('replaced by another tab: not overwritten, and kept for this tab from then on', () => {
    expect(keepProgress(progress, 'device')).toBe('saved');
    const theirs = { ...JSON.parse(window.localStorage.getItem(SAVED_ANSWERS_KEY)!), keptId: 'another-tab' };
    window.localStorage.setItem(SAVED_ANSWERS_KEY, JSON.stringify(theirs));
    expect(keepProgress(progress, 'device')).toBe('replacedElsewhere');
    expect(keepProgress(progress, 'tab')).toBe('saved');
    expect(JSON.parse(window.localStorage.getItem(SAVED_ANSWERS_KEY)!).keptId).toBe('another-tab');
    expect(window.sessionStorage.getItem(SAVED_ANSWERS_KEY)).not.toBeNull();
  });

  test('a tab keeping answers for itself never removes another tab’s device copy', () => {
    saveAnswers(progress);
    window.localStorage.setItem(SAVED_ANSWERS_KEY, JSON.stringify({ ...JSON.parse(window.localStorage.getItem(SAVED_ANSWERS_KEY)!), keptId: 'another-tab' }));
    clearSavedAnswers();
    window.localStorage.setItem(SAVED_ANSWERS_KEY, JSON.stringify({ schemaVersion: 1, savedAt: '2026-12-01T10:00:00.000Z', ...progress, keptId: 'another-tab' }));
    expect(keepProgress(progress, 'tab')).toBe('saved');
    expect(window.localStorage.getItem(SAVED_ANSWERS_KEY)).not.toBeNull();
  });

  test('storage events from another tab are reported: cleared, replaced, clinic setting', () => {
    const changes: string[] = [];
    const stop = watchOtherTabs((change) => changes.push(change));
    const fire = (key: string | null) => window.dispatchEvent(new StorageEvent('storage', { key, storageArea: window.localStorage }));
    fire(SAVED_ANSWERS_KEY); // this tab keeps nothing on the device yet: nothing to report
    keepProgress(progress, 'device');
    window.localStorage.removeItem(SAVED_ANSWERS_KEY);
    fire(SAVED_ANSWERS_KEY);
    fire(CLINIC_SETTING_KEY);
    stop();
    fire(CLINIC_SETTING_KEY);
    expect(changes).toEqual(['clearedElsewhere', 'clinicSetting']);
  });
});

test('the machine: a Continue after another tab cleared the answers resets this tab instead of writing them back', () => {
  const actor = createActor(questionnaireMachine).start();
  actor.send({ type: 'saved.none' });
  actor.send({ type: 'flow.start', respondent: 'patient', saving: true });
  actor.send({ type: 'step.next', answers: answersOfStep('about', LOW_RISK_ADULT.answers) });
  expect(window.localStorage.getItem(SAVED_ANSWERS_KEY)).not.toBeNull();
  window.localStorage.removeItem(SAVED_ANSWERS_KEY);
  actor.send({ type: 'step.next', answers: answersOfStep('eczema', LOW_RISK_ADULT.answers) });
  expect(window.localStorage.getItem(SAVED_ANSWERS_KEY)).toBeNull();
  expect(actor.getSnapshot().value).toBe('intro');
  expect(actor.getSnapshot().context.otherTab).toBe('cleared');
  expect(actor.getSnapshot().context.document.answers).toEqual({});
  actor.stop();
});

test('the machine: clinic mode turned on in another tab stops keeping before the next write', () => {
  const actor = createActor(questionnaireMachine).start();
  actor.send({ type: 'saved.none' });
  actor.send({ type: 'flow.start', respondent: 'patient', saving: false });
  actor.send({ type: 'step.next', answers: answersOfStep('about', LOW_RISK_ADULT.answers) });
  expect(window.sessionStorage.getItem(SAVED_ANSWERS_KEY)).not.toBeNull();
  window.localStorage.setItem(CLINIC_SETTING_KEY, JSON.stringify({ schemaVersion: 1, enabled: true, idleMinutes: 3, usualRespondent: 'patient' }));
  actor.send({ type: 'step.next', answers: answersOfStep('eczema', LOW_RISK_ADULT.answers) });
  expect(window.sessionStorage.getItem(SAVED_ANSWERS_KEY)).toBeNull();
  expect(Object.keys(window.localStorage)).toEqual([CLINIC_SETTING_KEY]);
  expect(actor.getSnapshot().context.clinic.enabled).toBe(true);
  expect(actor.getSnapshot().context.document.answers).toEqual({});
  actor.stop();
});

test('a tick saved as the person answers (draft.keep) is kept before Continue', () => {
  const actor = createActor(questionnaireMachine).start();
  actor.send({ type: 'saved.none' });
  actor.send({ type: 'flow.start', respondent: 'patient', saving: true });
  actor.send({ type: 'draft.keep', draft: answersToFormValues(ABOUT, { age: 40, breastfeeding: 'unsure' } as Answers) });
  const kept = JSON.parse(window.localStorage.getItem(SAVED_ANSWERS_KEY)!);
  expect(kept.position).toBe('about');
  expect(kept.document.answers).toEqual({ age: 40, breastfeeding: 'unsure' });
  actor.stop();
});

describe('a treatment unticked under "ever used" keeps its "using now" tick aside, through every way out of the step', () => {
  const TREATMENTS = stepById('treatments')!;
  const QUESTIONS = TREATMENTS.questions as readonly Question[];
  const ALL_TRIED = ['topicalSteroid', 'topicalCalcineurin', 'dupilumab'];

  /** The treatments step's form as the page fills it (set-aside answers too), with "ever used" changed to `tried`. */
  function formWith(actor: ReturnType<typeof start>, tried: string[]) {
    const { document, setAside } = actor.getSnapshot().context;
    return { ...answersToFormValues(QUESTIONS, withSetAside(document.answers, setAside)), treatmentsTried: tried };
  }

  /** Leaves the treatments step by Continue, Back or a save as the person answers, as StepForm sends each. */
  function leave(actor: ReturnType<typeof start>, tried: string[], way: 'step.next' | 'step.back' | 'draft.keep') {
    actor.send({ type: 'review.edit', step: 'treatments' });
    const draft = formWith(actor, tried);
    const settled = formValuesToAnswers(QUESTIONS, settleTable(TREATMENTS, draft) as never);
    if (way === 'draft.keep') actor.send({ type: 'draft.keep', draft });
    else actor.send({ type: way, answers: way === 'step.next' ? answersOfStep('treatments', pruneHidden(settled)) : settled, draft } as QuestionnaireEvent);
  }

  test.each(['step.next', 'step.back', 'draft.keep'] as const)('%s: untick the cream used now, tick it again, and "using now" is back', (way) => {
    const actor = start(LOW_RISK_ADULT);
    actor.send({ type: 'flow.start', respondent: 'patient', saving: true } as QuestionnaireEvent);
    leave(actor, ['topicalCalcineurin', 'dupilumab'], way);
    let { document, setAside } = actor.getSnapshot().context;
    // Not "used now" while unticked: the rules and the summary never see the tick.
    expect(document.answers.treatmentsCurrent).toEqual(['none']);
    expect(setAside).toMatchObject({ treatmentsCurrent: ['topicalSteroid'], treatmentOutcomes: { topicalSteroid: 'notEnough' } });

    leave(actor, ALL_TRIED, way);
    ({ document, setAside } = actor.getSnapshot().context);
    expect(document.answers.treatmentsCurrent).toEqual(['topicalSteroid']);
    expect(document.answers.treatmentOutcomes).toEqual(LOW_RISK_ADULT.answers.treatmentOutcomes);
    expect(setAside).toEqual({});
    actor.stop();
  });

  test('the set-aside tick survives a reload, and comes back after it', () => {
    const actor = start(LOW_RISK_ADULT);
    actor.send({ type: 'flow.start', respondent: 'patient', saving: true } as QuestionnaireEvent);
    leave(actor, ['topicalCalcineurin', 'dupilumab'], 'step.next');
    actor.stop();
    const reloaded = createActor(questionnaireMachine).start();
    reloaded.send(savedAnswersEvent(loadSavedAnswers()));
    expect(reloaded.getSnapshot().context.setAside).toMatchObject({ treatmentsCurrent: ['topicalSteroid'] });
    expect(reloaded.getSnapshot().context.document.answers.treatmentsCurrent).toEqual(['none']);
    leave(reloaded, ALL_TRIED, 'step.next');
    expect(reloaded.getSnapshot().context.document.answers.treatmentsCurrent).toEqual(['topicalSteroid']);
    reloaded.stop();
  });

  test('a loaded file that ticks "using now" for a treatment its "ever used" lacks is read with the list completed', () => {
    const read = readAnswersText(JSON.stringify({ ...LOW_RISK_ADULT, answers: { ...LOW_RISK_ADULT.answers, treatmentsTried: ['topicalCalcineurin'] } }));
    if (!read.ok) throw new Error('the file should read');
    expect(read.document.answers.treatmentsTried).toEqual(['topicalCalcineurin', 'topicalSteroid']);
    expect(read.document.answers.treatmentsCurrent).toEqual(['topicalSteroid']);
    expect(read.report.listsCompleted).toEqual([{ list: 'treatmentsTried', tick: 'treatmentsCurrent', items: ['topicalSteroid'], replacedNone: false }]);
  });
});
