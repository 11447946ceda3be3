/** The start page for a patient: one heading, one sentence, one Start, and the answers from home behind one disclosure. */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import HomePage from '@/app/(screening)/page';
import { CLEARED_NOTICE_MS } from '@/components/clinic/ClearedNotice';
import { en } from '@/lib/i18n/messages/en';
import { CLINIC_SETTING_KEY, saveClinicSetting } from '@/lib/clinic/clinicSetting';
import { renderWithScreening } from '@/__tests__/support/renderWithScreening';

const CLEARED_MESSAGE = en.clinic.cleared;

const ON = { enabled: true, idleMinutes: 3, usualRespondent: 'patient', lock: null } as const;

test('exactly one Start, one h1, and one disclosure holding the file and the code; no clinic setup', async () => {
  const user = userEvent.setup();
  const { container } = renderWithScreening(<HomePage />);
  await screen.findByRole('link', { name: 'Start' });
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  expect(screen.getAllByRole('link', { name: /^Start$/ })).toHaveLength(1);
  expect(screen.queryAllByRole('button', { name: /start/i })).toHaveLength(0);
  expect(screen.getByText(/about 5 minutes/)).toBeInTheDocument();
  const disclosures = container.querySelectorAll('details');
  expect(disclosures).toHaveLength(1);
  const [disclosure] = disclosures;
  expect(disclosure).not.toHaveAttribute('open');
  expect(screen.getByText('Already answered at home?').tagName).toBe('SUMMARY');
  expect(disclosure).toContainElement(screen.getByLabelText('Load answers from a file'));
  expect(disclosure).toContainElement(screen.getByLabelText('Read a code from a photo'));
  expect(screen.queryByRole('checkbox', { name: /clinic tablet/i })).not.toBeInTheDocument();
  expect(screen.queryByLabelText(/staff code/i)).not.toBeInTheDocument();
  await user.click(screen.getByText('Already answered at home?'));
  expect(disclosure).toHaveAttribute('open');
  expect(await axe(container)).toHaveNoViolations();
});

describe('after an idle wipe on a clinic tablet', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    window.history.replaceState(null, '', '/');
  });

  test('the start page says the last answers were cleared, in a polite live region, for a few seconds; the flag leaves the address', async () => {
    saveClinicSetting(ON);
    window.history.replaceState(null, '', '/?cleared=idle');
    renderWithScreening(<HomePage />);
    // The clinic setting is read from its own chunk (a promise), then the text goes in on the next tick.
    const notice = await screen.findByText(CLEARED_MESSAGE);
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(window.location.search).toBe('');
    await act(async () => {
      jest.advanceTimersByTime(CLEARED_NOTICE_MS);
    });
    expect(screen.queryByText(CLEARED_MESSAGE)).not.toBeInTheDocument();
  });

  test('no notice without the flag, nor on a device that is not a clinic tablet', async () => {
    saveClinicSetting(ON);
    const first = renderWithScreening(<HomePage />);
    expect(screen.queryByText(CLEARED_MESSAGE)).not.toBeInTheDocument();
    first.unmount();
    window.localStorage.removeItem(CLINIC_SETTING_KEY);
    window.history.replaceState(null, '', '/?cleared=idle');
    renderWithScreening(<HomePage />);
    await act(async () => {
      jest.advanceTimersByTime(100);
    });
    expect(screen.queryByText(CLEARED_MESSAGE)).not.toBeInTheDocument();
  });

  test('a tablet set up before staff codes asks staff, on the start page, to set one', async () => {
    saveClinicSetting(ON);
    renderWithScreening(<HomePage />);
    expect(await screen.findByRole('link', { name: 'Set a staff code' })).toHaveAttribute('href', '/clinic');
  });
});
