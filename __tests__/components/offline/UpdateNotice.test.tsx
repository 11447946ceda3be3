/**
 * The service worker registers only after the page's own load: its first install fetches every page and script for
 * offline use, which must not compete with the first paint on a slow phone (issue 15).
 */
import { act } from '@testing-library/react';
import { UpdateNotice } from '@/components/offline/UpdateNotice';
import { renderWithScreening } from '@/__tests__/support/renderWithScreening';

const env = process.env as Record<string, string | undefined>;
const nodeEnv = env.NODE_ENV;
const register = jest.fn(() => Promise.resolve({ waiting: null, installing: null, addEventListener: () => undefined }));
let readyState: DocumentReadyState = 'complete';

beforeEach(() => {
  // The worker exists in production builds only.
  env.NODE_ENV = 'production';
  register.mockClear();
  Object.defineProperty(navigator, 'serviceWorker', { value: { register, controller: null }, configurable: true });
  jest.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
});
afterEach(() => {
  env.NODE_ENV = nodeEnv;
  delete (navigator as { serviceWorker?: unknown }).serviceWorker;
});

test('while the page is still loading, the worker waits for the load event', async () => {
  readyState = 'loading';
  renderWithScreening(<UpdateNotice />, 'en', { machine: 'onDemand' });
  await act(async () => undefined);
  expect(register).not.toHaveBeenCalled();
  await act(async () => {
    window.dispatchEvent(new Event('load'));
  });
  expect(register).toHaveBeenCalledTimes(1);
  expect(register).toHaveBeenCalledWith('/sw.js', { scope: '/', updateViaCache: 'none' });
});

test('on a page already loaded (a client-side move), it registers at once', async () => {
  readyState = 'complete';
  renderWithScreening(<UpdateNotice />, 'en', { machine: 'onDemand' });
  await act(async () => undefined);
  expect(register).toHaveBeenCalledTimes(1);
});

test('a page left before its load registers nothing', async () => {
  readyState = 'loading';
  const { unmount } = renderWithScreening(<UpdateNotice />, 'en', { machine: 'onDemand' });
  unmount();
  window.dispatchEvent(new Event('load'));
  await act(async () => undefined);
  expect(register).not.toHaveBeenCalled();
});
