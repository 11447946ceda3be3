/** jest-axe on the intro, every step, the error states and the review, walking the flow as a person. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { QuestionnaireFlow } from '@/components/flow/QuestionnaireFlow';
import { STEPS, inVoice } from '@/lib/questionnaire';
import { renderWithScreening } from '@/__tests__/support/renderWithScreening';

beforeEach(() => window.localStorage.clear());

test('no axe violations on the intro, any step, any error state or the review', async () => {
  const user = userEvent.setup();
  const { container } = renderWithScreening(<QuestionnaireFlow />);
  await screen.findByRole('heading', { level: 1, name: 'Before you start' });
  expect(await axe(container)).toHaveNoViolations();
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(screen.getByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
  expect(await axe(container)).toHaveNoViolations();
  await user.click(screen.getByRole('radio', { name: 'I am the patient' }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));

  for (const step of STEPS) {
    await screen.findByRole('heading', { level: 1, name: inVoice(step.title, 'patient') });
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    if (step.id === 'about') {
      expect(screen.getByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
      expect(await axe(container)).toHaveNoViolations();
      await user.type(screen.getByRole('textbox', { name: 'How old are you?' }), '45');
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    }
    if (step.id === 'eczema') {
      expect(screen.getByRole('alert', { name: 'There is a problem' })).toBeInTheDocument();
      expect(await axe(container)).toHaveNoViolations();
      await user.click(screen.getByRole('radio', { name: 'Severe' }));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    }
  }
  await screen.findByRole('heading', { level: 1, name: 'Review your answers' });
  expect(await axe(container)).toHaveNoViolations();
  // Eleven axe runs: about 2.5 s alone, several times that when the 2-core CI machine runs every suite at once.
}, 30_000);
