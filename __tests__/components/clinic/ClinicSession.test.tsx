/** The clinic tablet between patients: the idle warning, "Finish and clear", printing and page lifecycle. */
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { ClinicSession } from '@/components/clinic/ClinicSession';
import { LoadAnswerFile } from '@/components/flow/LoadAnswerFile';
import { QuestionnaireFlow } from '@/components/flow/QuestionnaireFlow';
import { saveClinicSetting } from '@/lib/clinic/clinicSetting';
import { startAs } from '@/__tests__/support/flowDriver';
import { renderWithScreening } from '@/__tests__/support/renderWithScreening';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

const ONE_MINUTE_CLINIC = { enabled: true, idleMinutes: 1, usualRespondent: 'patient', lock: null } as const;

beforeEach(() => {
  window.localStorage.clear();
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

function renderTablet({ clinic = true, fakeTimers = true } = {}) {
  if (clinic) saveClinicSetting(ONE_MINUTE_CLINIC);
  if (!fakeTimers) jest.useRealTimers();
  const returnToStart = jest.fn();
  const user = userEvent.setup(fakeTimers ? { advanceTimers: jest.advanceTimersByTime } : {});
  const view = renderWithScreening(
    <>
      <LoadAnswerFile />
      <QuestionnaireFlow />
      <ClinicSession returnToStart={returnToStart} />
    </>,
  );
  return { ...view, user, returnToStart };
}

// Time passing and the browser's page events are not user actions: act() lets React render what they cause.
const wait = (ms: number) =>
  act(async () => {
    jest.advanceTimersByTime(ms);
  });
const idleDialog = () => screen.queryByRole('alertdialog', { name: 'Are you still there?' });

test('idle: a warning 30 s ahead takes focus, counts down, and "I\'m still here" closes it and gives focus back, every time', async () => {
  const { user, returnToStart } = renderTablet();
  await startAs(user);
  const heading = screen.getByRole('heading', { level: 1, name: /About/ });
  expect(heading).toHaveFocus();

  for (let round = 0; round < 10; round++) {
    await wait(29_999);
    expect(idleDialog()).not.toBeInTheDocument();
    await wait(1);
    const dialog = screen.getByRole('alertdialog', { name: 'Are you still there?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(/clears everything.*Clearing in 30 seconds/);
    const stillHere = screen.getByRole('button', { name: 'I’m still here' });
    expect(stillHere).toHaveFocus();
    await wait(5000);
    expect(dialog).toHaveTextContent('Clearing in 25 seconds');
    await user.click(stillHere);
    expect(idleDialog()).not.toBeInTheDocument();
    expect(heading).toHaveFocus();
  }
  expect(returnToStart).not.toHaveBeenCalled();
});

test('idle: touching the page before the warning starts the wait again', async () => {
  const { user } = renderTablet();
  await startAs(user);
  await wait(25_000);
  await user.type(screen.getByRole('textbox', { name: /How old/ }), '4');
  await wait(25_000);
  expect(idleDialog()).not.toBeInTheDocument();
  await wait(10_000);
  expect(screen.getByRole('alertdialog', { name: 'Are you still there?' })).toBeInTheDocument();
});

test('idle: when the time runs out, the answers are wiped and the start page is loaded in place', async () => {
  const { user, returnToStart } = renderTablet();
  await startAs(user);
  await user.type(screen.getByRole('textbox', { name: /How old/ }), '45');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { level: 1, name: /eczema/i });
  await wait(60_000);
  expect(returnToStart).toHaveBeenCalledTimes(1);
  // The start page then says why it is empty (ClearedNotice).
  expect(returnToStart).toHaveBeenCalledWith('idle');
  expect(await screen.findByRole('heading', { level: 1, name: 'Before you start' })).toBeInTheDocument();
  expect(idleDialog()).not.toBeInTheDocument();
});

test('the idle timer never runs outside clinic mode: a phone user loses nothing', async () => {
  const { user, returnToStart } = renderTablet({ clinic: false });
  await startAs(user);
  await wait(60 * 60_000);
  expect(idleDialog()).not.toBeInTheDocument();
  expect(returnToStart).not.toHaveBeenCalled();
  expect(screen.getByRole('heading', { level: 1, name: /About/ })).toBeInTheDocument();
});

async function openSummary(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(screen.getByLabelText('Load answers from a file'), new File([JSON.stringify(LOW_RISK_ADULT)], 'answers.json', { type: 'application/json' }));
  await user.click(await screen.findByRole('button', { name: 'See summary' }));
  // Two ways to the same dialog: near the top of the summary and at its foot; the foot one is the last.
  return (await screen.findAllByRole('button', { name: 'Finish and clear for the next patient' })).at(-1)!;
}

test('"Finish and clear" is reachable from the top of the summary, right after its heading', async () => {
  const { user, returnToStart } = renderTablet({ fakeTimers: false });
  await openSummary(user);
  const [top, foot] = screen.getAllByRole('button', { name: 'Finish and clear for the next patient' });
  const summaryHeading = screen.getByRole('heading', { level: 1, name: 'Summary' });
  expect(top.compareDocumentPosition(summaryHeading) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
  expect(summaryHeading.nextElementSibling).toContainElement(top);
  expect(foot.compareDocumentPosition(summaryHeading) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
  await user.click(top);
  await user.click(screen.getByRole('button', { name: 'Yes, clear for the next patient' }));
  expect(returnToStart).toHaveBeenCalledWith('finished');
});

test('"Finish and clear" on the summary asks first; "Not yet" keeps everything and gives focus back', async () => {
  // axe runs on real timers; no idle time passes in this test.
  const { user, returnToStart, container } = renderTablet({ fakeTimers: false });
  const finish = await openSummary(user);
  await user.click(finish);
  const dialog = screen.getByRole('alertdialog', { name: 'Clear the tablet for the next patient?' });
  expect(screen.getByRole('button', { name: 'Not yet' })).toHaveFocus();
  expect(await axe(container)).toHaveNoViolations();
  await user.click(screen.getByRole('button', { name: 'Not yet' }));
  expect(dialog).not.toBeInTheDocument();
  expect(finish).toHaveFocus();
  expect(returnToStart).not.toHaveBeenCalled();

  await user.click(finish);
  await user.click(screen.getByRole('button', { name: 'Yes, clear for the next patient' }));
  expect(returnToStart).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('button', { name: 'Finish and clear for the next patient' })).not.toBeInTheDocument();
  expect(await screen.findByRole('heading', { level: 1, name: 'Before you start' })).toBeInTheDocument();
});

test('after printing, the tablet offers to clear for the next patient', async () => {
  const { user } = renderTablet();
  await openSummary(user);
  fireEvent(window, new Event('afterprint'));
  expect(await screen.findByRole('alertdialog', { name: 'Clear the tablet for the next patient?' })).toBeInTheDocument();
});

test('"Finish and clear" is only on a clinic tablet', async () => {
  const { user } = renderTablet({ clinic: false });
  await user.upload(screen.getByLabelText('Load answers from a file'), new File([JSON.stringify(LOW_RISK_ADULT)], 'answers.json', { type: 'application/json' }));
  await user.click(await screen.findByRole('button', { name: 'See summary' }));
  fireEvent(window, new Event('afterprint'));
  expect(screen.queryByRole('button', { name: 'Finish and clear for the next patient' })).not.toBeInTheDocument();
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
});

test('leaving the page wipes it; a copy restored from the back/forward cache loads the start page', async () => {
  const { user, returnToStart } = renderTablet();
  await startAs(user);
  fireEvent(window, new Event('pagehide'));
  expect(await screen.findByRole('heading', { level: 1, name: 'Before you start' })).toBeInTheDocument();
  fireEvent(window, new PageTransitionEvent('pageshow', { persisted: false }));
  expect(returnToStart).not.toHaveBeenCalled();
  fireEvent(window, new PageTransitionEvent('pageshow', { persisted: true }));
  expect(returnToStart).toHaveBeenCalledTimes(1);
});

test('on a clinic tablet, a page loaded anywhere but the start page (or the setup page) goes to the start page', () => {
  window.history.pushState({}, '', '/questionnaire');
  try {
    const { returnToStart, unmount } = renderTablet();
    expect(returnToStart).toHaveBeenCalledTimes(1);
    unmount();
    window.history.pushState({}, '', '/clinic');
    const setup = renderTablet();
    expect(setup.returnToStart).not.toHaveBeenCalled();
    setup.unmount();
  } finally {
    window.history.pushState({}, '', '/');
  }
  expect(renderTablet().returnToStart).not.toHaveBeenCalled();
});
