import type { Locale } from '@/lib/i18n/locales';
/**
 * A date of birth typed as day, month and year (the GOV.UK date-input pattern): the order of the three boxes
 * follows the locale, each mistake names the box that is wrong, and nothing typed is dropped (a partial or
 * impossible date stays in the boxes with a message). The age the date gives replaces typing the age again.
 */

export type DatePart = 'day' | 'month' | 'year';

/** What the three boxes hold, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** The oldest age accepted: older is taken as a typing mistake in the year (issue 12). */
export const MAX_AGE_YEARS = 120;

/** Month names in Spanish, lower case as Spanish writes them. */
const MONTH_NAMES_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The order of the app's own page locales (the intro's boxes: `en-US` on English pages, `es` on Spanish ones), as
 * Intl gives them (a test checks they agree). Read from a table because building the first Intl.DateTimeFormat of a
 * page costs about 300 ms of main thread on a throttled phone, all of it on the intro's first render (issue 15).
 */
const PAGE_LOCALE_ORDERS: Readonly<Record<string, readonly DatePart[]>> = {
  'en-US': ['month', 'day', 'year'],
  es: ['day', 'month', 'year'],
};

const readOrders = new Map<string, DatePart[]>();

/**
 * The order of day, month and year in `locale`'s numeric dates: en-US gives month, day, year; en-GB and es give day,
 * month, year; ja gives year, month, day. The app's page locales come from a table; any other locale is read once
 * from Intl.DateTimeFormat#formatToParts and remembered.
 * @param locale a BCP 47 tag, e.g. "en-US", "es", "ja"
 * @returns the three parts in that locale's order; day, month, year if Intl gives something else
 */
export function datePartOrder(locale: string): DatePart[] {
  const known = PAGE_LOCALE_ORDERS[locale];
  if (known) return [...known];
  let order = readOrders.get(locale);
  if (!order) {
    order = intlDatePartOrder(locale);
    readOrders.set(locale, order);
  }
  return [...order];
}

/** The order as Intl.DateTimeFormat#formatToParts gives it for `locale` (exported for the test that checks the table). */
export function intlDatePartOrder(locale: string): DatePart[] {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2000, 10, 22)));
  const order = parts.map((p) => p.type).filter((t): t is DatePart => t === 'day' || t === 'month' || t === 'year');
  return order.length === 3 ? order : ['day', 'month', 'year'];
}

/**
 * A date (YYYY-MM-DD, or a partial YYYY-MM or YYYY as an imported FHIR record may hold) as three boxes: a part
 * the date lacks stays blank, so a partial date shows as typed and is named on Start, never dropped unseen.
 */
export function isoToParts(iso: string | undefined): DateParts {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso ?? '');
  if (!match) return { day: '', month: '', year: '' };
  return { year: match[1], month: match[2] ? String(Number(match[2])) : '', day: match[3] ? String(Number(match[3])) : '' };
}

/** Today in the person's own time zone, as YYYY-MM-DD (a date of birth is a local date). */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Completed years from a full date of birth to `today` (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return today.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export interface BirthDateProblem {
  /** The boxes that are wrong (all three when the date as a whole is). */
  parts: DatePart[];
  message: string;
}

export type BirthDateReading = { ok: true; date: string | undefined } | { ok: false; problem: BirthDateProblem };

/**
 * Reads the three boxes on `today` (YYYY-MM-DD). All blank: no date (it is optional). Otherwise the first
 * problem, naming the box: a missing part, a part that is not a number in range, a day the month does not have,
 * a date after today, or an age over MAX_AGE_YEARS.
 */
/** What each problem says, in each language (Spanish: docs/decisions/0014). */
const PROBLEM_WORDS: Record<Locale, {
  missing: (parts: readonly DatePart[]) => string;
  day: string;
  month: string;
  year: string;
  daysInMonth: (month: number, year: number, last: number) => string;
  future: string;
  tooOld: string;
}> = {
  en: {
    missing: (parts) => {
      const names = parts.map((p) => `a ${p}`);
      return `Date of birth must include ${names.length === 2 ? names.join(' and ') : names[0]}`;
    },
    day: 'Enter the day as a number from 1 to 31',
    month: 'Enter the month as a number from 1 to 12',
    year: 'Enter the year as 4 digits, for example 1991',
    daysInMonth: (month, year, last) => `${MONTH_NAMES[month - 1]} ${year} has ${last} days: check the day`,
    future: 'Date of birth must be today or in the past',
    tooOld: `Date of birth makes the age over ${MAX_AGE_YEARS}: check the year`,
  },
  es: {
    missing: (parts) => {
      const names = parts.map((p) => ({ day: 'el día', month: 'el mes', year: 'el año' })[p]);
      return names.length === 2 ? `Faltan ${names.join(' y ')} en la fecha de nacimiento` : `Falta ${names[0]} en la fecha de nacimiento`;
    },
    day: 'Escriba el día con un número del 1 al 31',
    month: 'Escriba el mes con un número del 1 al 12',
    year: 'Escriba el año con 4 números, por ejemplo 1991',
    daysInMonth: (month, year, last) => {
      const name = MONTH_NAMES_ES[month - 1];
      return `${name.charAt(0).toUpperCase()}${name.slice(1)} de ${year} tiene ${last} días: revise el día`;
    },
    future: 'La fecha de nacimiento debe ser hoy o antes',
    tooOld: `Con esta fecha de nacimiento la edad pasa de ${MAX_AGE_YEARS} años: revise el año`,
  },
};

export function readBirthDate(parts: DateParts, today: string, locale: Locale = 'en'): BirthDateReading {
  const words = PROBLEM_WORDS[locale];
  const text = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = (['day', 'month', 'year'] as const).filter((p) => text[p] === '');
  if (missing.length === 3) return { ok: true, date: undefined };
  if (missing.length > 0) return { ok: false, problem: { parts: [...missing], message: words.missing(missing) } };
  const isWhole = (value: string) => /^\d+$/.test(value);
  if (!isWhole(text.day) || Number(text.day) < 1 || Number(text.day) > 31) return { ok: false, problem: { parts: ['day'], message: words.day } };
  if (!isWhole(text.month) || Number(text.month) < 1 || Number(text.month) > 12) return { ok: false, problem: { parts: ['month'], message: words.month } };
  if (!/^\d{4}$/.test(text.year)) return { ok: false, problem: { parts: ['year'], message: words.year } };
  const [day, month, year] = [Number(text.day), Number(text.month), Number(text.year)];
  const last = daysIn(year, month);
  if (day > last) return { ok: false, problem: { parts: ['day'], message: words.daysInMonth(month, year, last) } };
  const date = `${text.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (date > today) return { ok: false, problem: { parts: ['day', 'month', 'year'], message: words.future } };
  if (ageOn(date, today) > MAX_AGE_YEARS) return { ok: false, problem: { parts: ['year'], message: words.tooOld } };
  return { ok: true, date };
}

/** A date as people read it in US English ("March 27, 1991"), for messages. */
export function spokenDate(iso: string, locale: Locale = 'en'): string {
  const [year, month, day] = iso.split('-').map(Number);
  // Spanish puts the day first: "27 de marzo de 1991" (docs/decisions/0014).
  if (locale === 'es') return `${day} de ${MONTH_NAMES_ES[month - 1]} de ${year}`;
  return `${MONTH_NAMES[month - 1]} ${day}, ${year}`;
}

/**
 * A date of birth as the review shows it: English keeps the ISO date as stored (YYYY-MM-DD, unambiguous);
 * Spanish shows day/month/year ("27/03/1991"), the order Spanish readers expect. A partial date shows as stored.
 */
export function shownDate(iso: string, locale: Locale = 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (locale === 'en' || !match) return iso;
  return `${match[3]}/${match[2]}/${match[1]}`;
}
