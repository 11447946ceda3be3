/** Moves through the questionnaire in a component test the way a person would: by role and label. */
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

export async function startAs(user: UserEvent, respondent = 'I am the patient') {
  await user.click(await screen.findByRole('radio', { name: respondent }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await screen.findByRole('heading', { level: 1, name: /About/ });
}

export async function answerAbout(user: UserEvent, age: string) {
  await user.type(screen.getByRole('textbox', { name: /How old/ }), age);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

export async function continueTo(user: UserEvent, heading: string | RegExp) {
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return screen.findByRole('heading', { level: 1, name: heading });
}
