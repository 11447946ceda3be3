/** The language choice: a plain link to the same place in the other language, which keeps this tab's answers. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LanguageChoice } from '@/components/i18n/LanguageChoice';
import { RELOADING_EVENT } from '@/components/flow/reloadKeepingAnswers';
import { IntlProvider } from '@/__tests__/support/intl';

// jsdom cannot load another document: the click is stopped before it would, after the link's own handler ran.
const stopNavigation = (event: MouseEvent) => event.preventDefault();
beforeEach(() => window.addEventListener('click', stopNavigation));
afterEach(() => window.removeEventListener('click', stopNavigation));

function renderChoice() {
  const unloads: Event[] = [];
  const onReloading = (event: Event) => unloads.push(event);
  window.addEventListener(RELOADING_EVENT, onReloading);
  render(
    <IntlProvider locale="en">
      <LanguageChoice />
    </IntlProvider>,
  );
  return { unloads, done: () => window.removeEventListener(RELOADING_EVENT, onReloading) };
}

test('choosing Español says the coming unload keeps the tab\'s answers, so no "leave site?" question is asked', async () => {
  const { unloads, done } = renderChoice();
  const link = screen.getByRole('link', { name: 'Español' });
  expect(link).toHaveAttribute('lang', 'es');
  await userEvent.setup().click(link);
  expect(unloads).toHaveLength(1);
  done();
});

test('a click that opens another tab (Ctrl or Cmd) unloads nothing here, so it says nothing', async () => {
  const { unloads, done } = renderChoice();
  const user = userEvent.setup();
  await user.keyboard('{Control>}');
  await user.click(screen.getByRole('link', { name: 'Español' }));
  await user.keyboard('{/Control}');
  expect(unloads).toHaveLength(0);
  done();
});
