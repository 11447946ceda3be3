import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LoadAnswerFile } from '@/components/flow/LoadAnswerFile';
import { StartActions } from '@/components/flow/StartActions';
import { SAVED_ANSWERS_KEY, saveAnswers } from '@/lib/storage/savedAnswers';
import { renderWithFlow, renderWithScreening } from '@/__tests__/support/renderWithScreening';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

beforeEach(() => window.localStorage.clear());

const file = (text: string) => new File([text], 'answers.json', { type: 'application/json' });

test('loading a valid answers file opens the review with its answers', async () => {
  const user = userEvent.setup();
  const { router } = renderWithFlow(<LoadAnswerFile />);
  await user.upload(screen.getByLabelText('Load answers from a file'), file(JSON.stringify(LOW_RISK_ADULT)));
  expect(await screen.findByRole('heading', { level: 1, name: 'Review your answers' })).toBeInTheDocument();
  expect(router.push).toHaveBeenCalledWith('/questionnaire/review');
  expect(screen.getByText('30 years')).toBeInTheDocument();
});

test('a malformed file shows each problem in an alert and changes nothing', async () => {
  const user = userEvent.setup();
  const { router } = renderWithFlow(<LoadAnswerFile />);
  await screen.findByRole('heading', { level: 1, name: 'Before you start' });
  await user.upload(screen.getByLabelText('Load answers from a file'), file('{"schemaVersion": 1'));
  expect(await screen.findByRole('alert', { name: 'This file could not be loaded' })).toHaveTextContent('not readable JSON');
  expect(screen.getByRole('heading', { level: 1, name: 'Before you start' })).toBeInTheDocument();
  expect(router.push).not.toHaveBeenCalled();
});

test('saved answers on this device: the start page offers to continue or clear', async () => {
  saveAnswers({ document: LOW_RISK_ADULT, position: 'heart' });
  const user = userEvent.setup();
  renderWithScreening(<StartActions />);
  expect(await screen.findByRole('link', { name: 'Continue where you left off' })).toHaveAttribute('href', '/questionnaire/heart');
  expect(screen.queryByText(/kept in this tab until you close it/)).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
  await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
  expect(await screen.findByRole('link', { name: 'Start' })).toBeInTheDocument();
  expect(window.localStorage.getItem(SAVED_ANSWERS_KEY)).toBeNull();
});

test('answers kept for this tab only: the start page offers to continue where the person was, with no device notice', async () => {
  saveAnswers({ document: LOW_RISK_ADULT, position: 'infections' }, new Date(), 'tab');
  renderWithScreening(<StartActions />);
  expect(await screen.findByRole('link', { name: 'Continue where you left off' })).toHaveAttribute('href', '/questionnaire/infections');
  expect(screen.queryByRole('link', { name: 'Start' })).not.toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Your saved answers' })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Clear my answers' })).toBeInTheDocument();
  expect(screen.getByText(/kept in this tab until you close it/)).toBeInTheDocument();
  window.sessionStorage.clear();
});

test('damaged saved answers: a clear message and a choice to start over', async () => {
  window.localStorage.setItem(SAVED_ANSWERS_KEY, 'not json');
  const user = userEvent.setup();
  renderWithScreening(<StartActions />);
  const alert = await screen.findByRole('alert', { name: 'Some saved answers could not be read' });
  expect(screen.queryByRole('button', { name: 'Keep what can be read' })).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Start over' }));
  expect(alert).not.toBeInTheDocument();
  expect(window.localStorage).toHaveLength(0);
});
