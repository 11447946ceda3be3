/**
 * The languages of the patient side and where the language shows in a URL (docs/decisions/0014). English has no
 * prefix (/questionnaire/about); Spanish has /es in front (/es/questionnaire/about). The language is a UI
 * preference: it is never part of the answers document, whose answers stay language-neutral ids.
 */

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** English: the language of a URL without a prefix, and of the clinician part of the summary. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language in its own name, as the start page offers it (WCAG 3.1.2: the name carries its own lang). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español' };

/** The BCP 47 tag for dates and numbers in each language (Spanish as written in the Americas, day/month/year). */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en-US', es: 'es-419' };

/** Whether a string is one of the app's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The locale a value names, or the default (English) for anything else: a header, storage, a request's locale. */
export function localeOr(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * A URL path split into its language and the path the app's routes know: "/es/questionnaire/about" gives
 * { locale: "es", path: "/questionnaire/about" }, "/es" gives { locale: "es", path: "/" }, any other path is English
 * as it is. "/esx" is not Spanish (the prefix is a whole path segment).
 */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    const prefix = `/${locale}`;
    if (pathname === prefix) return { locale, path: '/' };
    if (pathname.startsWith(`${prefix}/`)) return { locale, path: pathname.slice(prefix.length) };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/**
 * The URL path of an app path in a language: "/questionnaire" in Spanish is "/es/questionnaire", "/" is "/es";
 * English paths stay as they are. Only paths that start with "/" are prefixed (not "#main" nor a full URL).
 */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE || !path.startsWith('/')) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** The request header by which proxy.ts tells the server render the language of the URL (never read from the client). */
export const LOCALE_HEADER = 'x-jak-locale';
