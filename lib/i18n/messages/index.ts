/** The message catalogue of each language (docs/decisions/0014). */
import type { Locale } from '../locales';
import { en } from './en';
import type { Messages } from './en';
import { es } from './es';

export type { Messages };

const CATALOGUES: Record<Locale, Messages> = { en, es };

/** The whole catalogue of a language. */
export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}
