/** The last-resort error page speaks the URL's language without the message catalogue's provider (issue 14). */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import GlobalError from '@/app/global-error';
import { LAST_RESORT_WORDS } from '@/lib/i18n/lastResortWords';

afterEach(() => window.history.replaceState(null, '', '/'));

function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  const reset = jest.fn();
  render(<GlobalError error={new Error('layout failed')} reset={reset} />, { container: document });
  return reset;
}

test('on an English address: English words, lang="en", a link to the English start page', async () => {
  const reset = renderAt('/questionnaire/heart');
  expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
  expect(document.documentElement).toHaveAttribute('lang', 'en');
  expect(screen.getByRole('link', { name: 'Go to the start page' })).toHaveAttribute('href', '/');
  await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
  expect(reset).toHaveBeenCalledTimes(1);
});

test('under /es: Spanish words, lang="es", a link to the Spanish start page, with no provider around it', () => {
  renderAt('/es/summary');
  expect(screen.getByRole('heading', { level: 1, name: 'Algo salió mal' })).toBeInTheDocument();
  expect(document.documentElement).toHaveAttribute('lang', 'es');
  expect(screen.getByRole('button', { name: 'Intentar de nuevo' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Ir a la página de inicio' })).toHaveAttribute('href', '/es');
});

test('every language has all the words, and none is left in English', () => {
  for (const [key, english] of Object.entries(LAST_RESORT_WORDS.en)) {
    expect(english).not.toBe('');
    expect(LAST_RESORT_WORDS.es[key as keyof typeof LAST_RESORT_WORDS.en]).not.toBe(english);
  }
});
