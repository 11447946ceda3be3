import { clearSavedAnswers, loadSavedAnswers, SAVED_ANSWERS_KEY, saveAnswers, savingFailed, subscribeSavingFailed } from '@/lib/storage/savedAnswers';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';
import { inEnglish } from '@/__tests__/support/inEnglish';

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});

const store = (value: unknown) => window.localStorage.setItem(SAVED_ANSWERS_KEY, typeof value === 'string' ? value : JSON.stringify(value));

test('nothing saved: nothing to resume', () => {
  expect(loadSavedAnswers()).toEqual({ status: 'none' });
});

test('saved answers come back with where the person was', () => {
  saveAnswers({ document: LOW_RISK_ADULT, position: 'heart' }, new Date('2026-03-01T09:00:00Z'));
  const envelope = JSON.parse(window.localStorage.getItem(SAVED_ANSWERS_KEY)!);
  expect(envelope).toMatchObject({ schemaVersion: 1, savedAt: '2026-03-01T09:00:00.000Z', position: 'heart' });
  expect(loadSavedAnswers()).toEqual({ status: 'found', saved: { document: LOW_RISK_ADULT, position: 'heart' }, keptOn: 'device' });
});

test('a step opened from the review keeps that mark; at the review or the summary the mark is dropped', () => {
  saveAnswers({ document: LOW_RISK_ADULT, position: 'heart', returnToReview: true });
  expect(loadSavedAnswers()).toEqual({ status: 'found', saved: { document: LOW_RISK_ADULT, position: 'heart', returnToReview: true }, keptOn: 'device' });
  saveAnswers({ document: LOW_RISK_ADULT, position: 'review', returnToReview: true });
  expect(loadSavedAnswers()).toEqual({ status: 'found', saved: { document: LOW_RISK_ADULT, position: 'review' }, keptOn: 'device' });
});

test('the furthest place reached comes back with the answers; one that is not a place is named by its path', () => {
  saveAnswers({ document: LOW_RISK_ADULT, position: 'heart', furthest: 'summary' });
  expect(loadSavedAnswers()).toEqual({ status: 'found', saved: { document: LOW_RISK_ADULT, position: 'heart', furthest: 'summary' }, keptOn: 'device' });
  const envelope = JSON.parse(window.localStorage.getItem(SAVED_ANSWERS_KEY)!);
  store({ ...envelope, furthest: 'the moon' });
  const result = inEnglish(loadSavedAnswers());
  expect(result.status).toBe('invalid');
  expect(result.problems?.join('\n')).toContain('furthest');
});

test('a mark that is not `true` is named by its path', () => {
  saveAnswers({ document: LOW_RISK_ADULT, position: 'heart' });
  const envelope = JSON.parse(window.localStorage.getItem(SAVED_ANSWERS_KEY)!);
  store({ ...envelope, returnToReview: 'yes' });
  const result = inEnglish(loadSavedAnswers());
  expect(result.status).toBe('invalid');
  expect(result.problems?.join('\n')).toContain('returnToReview');
});

test('damaged JSON: a clear problem and nothing to keep', () => {
  store('{"schemaVersion":1,');
  expect(inEnglish(loadSavedAnswers())).toEqual({ status: 'invalid', problems: ['The saved answers are damaged and cannot be read.'], salvage: null, keptOn: 'device' });
});

test('an unknown version: a clear problem, and the answers that are still valid can be kept', () => {
  store({ schemaVersion: 2, savedAt: '2026-03-01T09:00:00Z', position: 'heart', document: { ...LOW_RISK_ADULT, answers: { age: 30, smoking: 'sometimes' } } });
  const result = loadSavedAnswers();
  expect(result.status).toBe('invalid');
  if (result.status !== 'invalid') return;
  expect(inEnglish(result).problems![0]).toMatch(/another version of this tool \(version 2\)/);
  expect(result.salvage).toEqual({ document: { schemaVersion: 2, respondent: 'patient', answers: { age: 30 } }, position: 'review' });
});

test('a bad answer is named, and the other answers can be kept', () => {
  store({ schemaVersion: 1, savedAt: '2026-03-01T09:00:00Z', position: 'eczema', document: { ...LOW_RISK_ADULT, answers: { ...LOW_RISK_ADULT.answers, severity: 'awful' } } });
  const result = loadSavedAnswers();
  if (result.status !== 'invalid') throw new Error('expected invalid');
  expect(inEnglish(result).problems).toEqual(['document.answers.severity: must be one of "mild", "moderate", "severe"']);
  const withoutSeverity = Object.fromEntries(Object.entries(LOW_RISK_ADULT.answers).filter(([id]) => id !== 'severity'));
  expect(result.salvage?.document.answers).toEqual(withoutSeverity);
});

test('clearing removes the saved answers from localStorage and sessionStorage', () => {
  saveAnswers({ document: LOW_RISK_ADULT, position: 'review' });
  window.sessionStorage.setItem(SAVED_ANSWERS_KEY, 'x');
  clearSavedAnswers();
  expect(window.localStorage).toHaveLength(0);
  expect(window.sessionStorage).toHaveLength(0);
});

describe('storage that throws (Safari private mode, a full quota)', () => {
  afterEach(() => jest.restoreAllMocks());

  test('saving reports the failure at once, and a later save that works clears it', () => {
    const listener = jest.fn();
    const unsubscribe = subscribeSavingFailed(listener);
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(saveAnswers({ document: LOW_RISK_ADULT, position: 'heart' })).toBe(false);
    expect(savingFailed()).toBe(true);
    expect(listener).toHaveBeenCalled();

    jest.restoreAllMocks();
    expect(saveAnswers({ document: LOW_RISK_ADULT, position: 'heart' })).toBe(true);
    expect(savingFailed()).toBe(false);
    unsubscribe();
  });

  test('clearing never throws when storage refuses every call', () => {
    jest.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => clearSavedAnswers()).not.toThrow();
  });
});

test('answers kept for this tab only go to sessionStorage, and come back from there', () => {
  saveAnswers({ document: LOW_RISK_ADULT, position: 'heart' }, new Date('2026-03-01T09:00:00Z'), 'tab');
  expect(window.localStorage.getItem(SAVED_ANSWERS_KEY)).toBeNull();
  expect(loadSavedAnswers()).toEqual({ status: 'found', saved: { document: LOW_RISK_ADULT, position: 'heart' }, keptOn: 'tab' });
  saveAnswers({ document: LOW_RISK_ADULT, position: 'heart' });
  expect(window.sessionStorage.getItem(SAVED_ANSWERS_KEY)).toBeNull();
});
