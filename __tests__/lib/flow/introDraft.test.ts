/**
 * "Before you start" as typed survives a reload before its first Continue (nothing typed is lost), kept where the
 * answers are kept: for the tab, or on the device after the opt-in; never on a clinic tablet, never for clinic
 * staff. Real storage on jsdom's localStorage and sessionStorage.
 */
import { createActor } from 'xstate';
import { questionnaireMachine, savedAnswersEvent } from '@/lib/flow/questionnaireMachine';
import { clearSavedAnswers, loadSavedAnswers, SAVED_ANSWERS_KEY } from '@/lib/storage/savedAnswers';
import { CLINIC_SETTING_KEY } from '@/lib/clinic/clinicSetting';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';
import { keepForTab } from '@/__tests__/support/keptForTab';

const TYPED = { respondent: 'caregiver', name: 'Ana María Pérez', dobDay: '3', dobMonth: '', dobYear: '2015', saving: false } as const;
const tabCopy = () => JSON.parse(window.sessionStorage.getItem(SAVED_ANSWERS_KEY) ?? 'null');

function fresh() {
  const actor = createActor(questionnaireMachine).start();
  actor.send(savedAnswersEvent(loadSavedAnswers()));
  return actor;
}

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
  clearSavedAnswers();
});

test('typed on the intro and reloaded before Continue: every box comes back as typed, a partial date too', () => {
  const actor = fresh();
  actor.send({ type: 'intro.keep', draft: TYPED });
  expect(tabCopy()).toMatchObject({ position: 'intro', introDraft: TYPED });
  expect(window.localStorage.getItem(SAVED_ANSWERS_KEY)).toBeNull();
  actor.stop();

  const reloaded = fresh();
  expect(reloaded.getSnapshot().value).toBe('intro');
  expect(reloaded.getSnapshot().context.drafts.intro).toEqual(TYPED);
  reloaded.stop();
});

test('after Continue the draft is gone from storage: the document holds what it became', () => {
  const actor = fresh();
  actor.send({ type: 'intro.keep', draft: TYPED });
  actor.send({ type: 'flow.start', respondent: 'caregiver', patient: { name: TYPED.name }, saving: false });
  expect(tabCopy()).not.toHaveProperty('introDraft');
  expect(tabCopy().document.patient).toEqual({ name: TYPED.name });
  actor.stop();
});

test.each([
  { name: 'nothing typed', draft: { ...TYPED, respondent: null, name: ' ', dobDay: '', dobYear: '' }, clinic: false },
  { name: 'clinic staff filling in', draft: { ...TYPED, respondent: 'staff' }, clinic: false },
  { name: 'a clinic tablet', draft: TYPED, clinic: true },
  { name: 'a draft that is not the intro form', draft: { ...TYPED, extra: 'x' }, clinic: false },
])('$name: nothing is kept', ({ draft, clinic }) => {
  if (clinic) window.localStorage.setItem(CLINIC_SETTING_KEY, JSON.stringify({ schemaVersion: 1, enabled: true, idleMinutes: 3, usualRespondent: 'patient' }));
  const actor = fresh();
  actor.send({ type: 'intro.keep', draft });
  expect(window.sessionStorage.getItem(SAVED_ANSWERS_KEY)).toBeNull();
  expect(window.localStorage.getItem(SAVED_ANSWERS_KEY)).toBeNull();
  actor.stop();
});

test('choosing "clinic staff" on the intro before Continue does not clear the answers already kept', () => {
  const actor = fresh();
  actor.send({ type: 'flow.start', respondent: 'patient', saving: true });
  actor.send({ type: 'answers.load', document: LOW_RISK_ADULT });
  actor.send({ type: 'details.edit' });
  const before = window.localStorage.getItem(SAVED_ANSWERS_KEY);
  expect(before).not.toBeNull();
  actor.send({ type: 'intro.keep', draft: { ...TYPED, respondent: 'staff' } });
  expect(window.localStorage.getItem(SAVED_ANSWERS_KEY)).toBe(before);
  actor.stop();
});

test('a stored draft that is not well formed is named by its path, never a crash', () => {
  keepForTab({ position: 'intro', document: { schemaVersion: 2, respondent: 'patient', answers: {} }, introDraft: { ...TYPED, name: 7 } });
  const loaded = loadSavedAnswers();
  expect(loaded.status).toBe('invalid');
  if (loaded.status === 'invalid') expect(loaded.problems.map((p) => p.path)).toEqual(['introDraft.name']);
});
