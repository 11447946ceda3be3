import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QuestionnaireFlow } from '@/components/flow/QuestionnaireFlow';
import { SAVED_ANSWERS_KEY } from '@/lib/storage/savedAnswers';
import { renderWithScreening } from '@/__tests__/support/renderWithScreening';
import { answerAbout, continueTo, startAs } from '@/__tests__/support/flowDriver';
import { es } from '@/lib/i18n/messages/es';

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});

/** The questionnaire on its first step, started by the patient. */
async function startAsPatient() {
  const user = userEvent.setup();
  renderWithScreening(<QuestionnaireFlow />);
  await startAs(user);
  return user;
}

test('the first question asks who is filling it in, and the wording follows the answer', async () => {
  const user = userEvent.setup();
  renderWithScreening(<QuestionnaireFlow />);
  expect(await screen.findByRole('group', { name: 'Who is filling in this questionnaire?' })).toBeInTheDocument();
  await startAs(user, 'A parent or caregiver');
  expect(screen.getByRole('heading', { level: 1, name: 'About the patient' })).toHaveFocus();
  expect(screen.getByRole('textbox', { name: 'How old is the patient?' })).toBeInTheDocument();
  expect(document.title).toBe('Step 1 of 8: About the patient');
});

test('age 8 shows no pregnancy questions; age 29 shows them, live', async () => {
  const user = await startAsPatient();
  const age = screen.getByRole('textbox', { name: 'How old are you?' });
  await user.type(age, '8');
  expect(screen.queryByText(/pregnan/i)).not.toBeInTheDocument();
  await user.clear(age);
  await user.type(age, '29');
  expect(screen.getByRole('group', { name: 'Could you become pregnant?' })).toBeInTheDocument();
  expect(screen.getByRole('group', { name: 'Are you pregnant now?' })).toBeInTheDocument();
  await user.click(within(screen.getByRole('group', { name: 'Could you become pregnant?' })).getByRole('radio', { name: 'No' }));
  expect(screen.queryByRole('group', { name: 'Are you pregnant now?' })).not.toBeInTheDocument();
});

test('ticking a JAK inhibitor shows the reaction question', async () => {
  const user = await startAsPatient();
  await answerAbout(user, '30');
  await user.click(await screen.findByRole('radio', { name: 'Moderate' }));
  await continueTo(user, 'Treatments');
  const question = 'Did you ever have an allergic reaction to a JAK inhibitor?';
  expect(screen.queryByRole('group', { name: question })).not.toBeInTheDocument();
  const tried = screen.getByRole('group', { name: 'Which of these have you ever used for eczema?' });
  await user.click(within(tried).getByRole('checkbox', { name: 'Abrocitinib pills' }));
  expect(screen.getByRole('group', { name: question })).toBeInTheDocument();
});

test('a missing required answer: error summary takes focus, its link focuses the field, title says Error', async () => {
  const user = await startAsPatient();
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  const summary = screen.getByRole('alert', { name: 'There is a problem' });
  expect(summary).toHaveFocus();
  expect(document.title).toBe('Error: Step 1 of 8: About you');
  const age = screen.getByRole('textbox', { name: 'How old are you?' });
  expect(age).toHaveAttribute('aria-invalid', 'true');
  expect(age).toHaveAccessibleDescription(expect.stringContaining('Enter your age in years'));
  await user.click(within(summary).getByRole('link', { name: 'Enter your age in years' }));
  expect(age).toHaveFocus();
});

test('an answer out of range is named in the error and blocks the step', async () => {
  const user = await startAsPatient();
  await answerAbout(user, '130');
  expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveTextContent('Age (years) must be a whole number from 0 to 120');
  expect(screen.getByRole('heading', { level: 1, name: 'About you' })).toBeInTheDocument();
});

test('each step change moves focus to the new step heading and updates the title', async () => {
  const user = await startAsPatient();
  await answerAbout(user, '30');
  expect(await screen.findByRole('heading', { level: 1, name: 'Your eczema' })).toHaveFocus();
  expect(document.title).toBe('Step 2 of 8: Your eczema');
  expect(screen.getByRole('navigation', { name: 'Progress' })).toHaveTextContent('Step 2 of 8');
  expect(within(screen.getByRole('navigation', { name: 'Progress' })).getByText('Your eczema').closest('li')).toHaveAttribute('aria-current', 'step');
});

test('back keeps the answers of both steps', async () => {
  const user = await startAsPatient();
  await answerAbout(user, '30');
  await user.click(await screen.findByRole('radio', { name: 'Severe' }));
  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(await screen.findByRole('textbox', { name: 'How old are you?' })).toHaveValue('30');
  await continueTo(user, 'Your eczema');
  expect(screen.getByRole('radio', { name: 'Severe' })).toBeChecked();
});

test('the review lists skipped answers as not answered, and "not sure" as not sure', async () => {
  const user = await startAsPatient();
  await answerAbout(user, '8');
  await user.click(await screen.findByRole('radio', { name: 'Mild' }));
  await continueTo(user, 'Treatments');
  await continueTo(user, 'Infections and vaccines');
  await user.click(within(screen.getByRole('group', { name: /tuberculosis/ })).getByRole('radio', { name: 'Not sure' }));
  for (const heading of ['Heart, blood clots and smoking', 'Cancer and other health', 'Medicines', 'Your goals and questions']) await continueTo(user, heading);
  expect(await continueTo(user, 'Review your answers')).toHaveFocus();
  const tb = screen.getByText('Have you ever had tuberculosis (TB) or a positive TB test?').closest('div')!;
  expect(within(tb).getByText('Not sure')).toBeInTheDocument();
  const smoking = screen.getByText('Do you smoke tobacco?').closest('div')!;
  expect(within(smoking).getByText('Not answered')).toBeInTheDocument();
  expect(screen.queryByText(/pregnan/i)).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'See summary' })).toBeInTheDocument();
});

test('"Clear my answers" asks first, then empties storage and memory', async () => {
  const user = userEvent.setup();
  renderWithScreening(<QuestionnaireFlow />);
  await user.click(await screen.findByRole('radio', { name: 'I am the patient' }));
  await user.click(screen.getByRole('checkbox', { name: 'Keep my answers on this device' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await answerAbout(user, '30');
  await screen.findByRole('heading', { level: 1, name: 'Your eczema' });
  expect(window.localStorage.getItem(SAVED_ANSWERS_KEY)).toContain('"age":30');

  await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
  expect(window.localStorage.getItem(SAVED_ANSWERS_KEY)).not.toBeNull();
  await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Before you start' })).toBeInTheDocument();
  expect(window.localStorage).toHaveLength(0);
  expect(window.sessionStorage).toHaveLength(0);
  await startAs(user);
  expect(screen.getByRole('textbox', { name: 'How old are you?' })).toHaveValue('');
});

test('with saving off nothing is written to storage', async () => {
  const user = await startAsPatient();
  await answerAbout(user, '30');
  await screen.findByRole('heading', { level: 1, name: 'Your eczema' });
  expect(window.localStorage).toHaveLength(0);
});

test('in Spanish, an answer out of range is named in Spanish with its limits (the answer schemas carry codes)', async () => {
  const user = userEvent.setup();
  renderWithScreening(<QuestionnaireFlow />, 'es');
  await user.click(await screen.findByRole('radio', { name: es.intro.patient }));
  await user.click(screen.getByRole('button', { name: es.flow.continue }));
  await user.type(await screen.findByRole('textbox', { name: '¿Cuántos años tiene?' }), '130');
  await user.click(screen.getByRole('button', { name: es.flow.continue }));
  const summary = screen.getByRole('alert', { name: es.flow.problemHeading });
  expect(summary).toHaveTextContent('¿Cuántos años tiene?: debe ser un número entero del 0 al 120');
  expect(summary).not.toHaveTextContent(/code|wholeNumber|\{/);
});
