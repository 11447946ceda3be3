/**
 * The words of the last-resort error page (app/global-error.tsx), one small object per language. Not in the message
 * catalogue: that page shows when the root layout itself failed, so the catalogue's provider may be what broke, and
 * it must not need it (nor next-intl). Its language is the URL's, read by splitLocalePath (docs/decisions/0014).
 */
import type { Locale } from './locales';

export interface LastResortWords {
  heading: string;
  text: string;
  tryAgain: string;
  goToStart: string;
}

/** Typed by Locale: a language added to LOCALES does not compile until it has these words. */
export const LAST_RESORT_WORDS: Record<Locale, LastResortWords> = {
  en: {
    heading: 'Something went wrong',
    text: 'The page could not be shown. Your answers have not been sent anywhere.',
    tryAgain: 'Try again',
    goToStart: 'Go to the start page',
  },
  es: {
    heading: 'Algo salió mal',
    text: 'No se pudo mostrar la página. Sus respuestas no se enviaron a ningún lugar.',
    tryAgain: 'Intentar de nuevo',
    goToStart: 'Ir a la página de inicio',
  },
};
