import { stashForUpdate, takeUpdateHandoff, UPDATE_HANDOFF_KEY } from '@/lib/offline/updateHandoff';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

afterEach(() => window.sessionStorage.clear());

test('the progress stashed before an update is read once, then gone from the tab', () => {
  expect(stashForUpdate({ saved: { document: LOW_RISK_ADULT, position: 'heart' }, saving: false })).toBe(true);
  expect(takeUpdateHandoff()).toEqual({ saved: { document: LOW_RISK_ADULT, position: 'heart' }, saving: false });
  expect(window.sessionStorage.getItem(UPDATE_HANDOFF_KEY)).toBeNull();
  expect(takeUpdateHandoff()).toBeNull();
});

test.each([
  ['not JSON', '{'],
  ['an unknown place', JSON.stringify({ saved: { document: LOW_RISK_ADULT, position: 'nowhere' }, saving: false })],
  ['no saving flag', JSON.stringify({ saved: { document: LOW_RISK_ADULT, position: 'review' } })],
  ['an extra field', JSON.stringify({ saved: { document: LOW_RISK_ADULT, position: 'review' }, saving: false, more: 1 })],
])('a hand-off that is %s is dropped, not used', (_what, text) => {
  window.sessionStorage.setItem(UPDATE_HANDOFF_KEY, text);
  expect(takeUpdateHandoff()).toBeNull();
  expect(window.sessionStorage.getItem(UPDATE_HANDOFF_KEY)).toBeNull();
});

test('storage that throws on write is reported, so the page does not reload', () => {
  const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new Error('QuotaExceededError');
  });
  expect(stashForUpdate({ saved: { document: LOW_RISK_ADULT, position: 'review' }, saving: false })).toBe(false);
  setItem.mockRestore();
});
