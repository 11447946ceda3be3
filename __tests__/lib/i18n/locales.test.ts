/** The language in the URL and dates in Spanish (docs/decisions/0014). */
import { localeOr, localizedPath, splitLocalePath } from '@/lib/i18n/locales';
import { datePartOrder, readBirthDate, shownDate, spokenDate } from '@/lib/flow/birthDate';

test.each([
  ['/es', 'es', '/'],
  ['/es/', 'es', '/'],
  ['/es/questionnaire', 'es', '/questionnaire'],
  ['/es/questionnaire/about', 'es', '/questionnaire/about'],
  ['/es/summary', 'es', '/summary'],
  ['/', 'en', '/'],
  ['/questionnaire/review', 'en', '/questionnaire/review'],
  ['/esx', 'en', '/esx'],
  ['/estimate/es', 'en', '/estimate/es'],
])('%s is %s at %s', (pathname, locale, path) => {
  expect(splitLocalePath(pathname)).toEqual({ locale, path });
});

test.each([
  ['en', '/', '/'],
  ['en', '/about', '/about'],
  ['es', '/', '/es'],
  ['es', '/questionnaire/heart', '/es/questionnaire/heart'],
  ['es', '#main', '#main'],
] as const)('%s %s is linked as %s, and reads back', (locale, path, url) => {
  expect(localizedPath(locale, path)).toBe(url);
  if (path.startsWith('/')) expect(splitLocalePath(url)).toEqual({ locale, path });
});

describe('dates in Spanish read day, month, year', () => {
  test('the date boxes follow the language: day, month, year in Spanish; month, day, year in US English', () => {
    expect(datePartOrder('es-419')).toEqual(['day', 'month', 'year']);
    expect(datePartOrder('es')).toEqual(['day', 'month', 'year']);
    expect(datePartOrder('en-US')).toEqual(['month', 'day', 'year']);
  });

  test('a date in a sentence, and in the review', () => {
    expect(spokenDate('1991-03-27', 'es')).toBe('27 de marzo de 1991');
    expect(spokenDate('1991-03-27')).toBe('March 27, 1991');
    expect(shownDate('1991-03-07', 'es')).toBe('07/03/1991');
    expect(shownDate('1991-03-07', 'en')).toBe('1991-03-07');
    expect(shownDate('1991-03', 'es')).toBe('1991-03'); // a partial date shows as stored
  });

  test.each([
    [{ day: '', month: '3', year: '1991' }, 'Falta el día en la fecha de nacimiento'],
    [{ day: '', month: '', year: '1991' }, 'Faltan el día y el mes en la fecha de nacimiento'],
    [{ day: '32', month: '3', year: '1991' }, 'Escriba el día con un número del 1 al 31'],
    [{ day: '30', month: '2', year: '1991' }, 'Febrero de 1991 tiene 28 días: revise el día'],
    [{ day: '1', month: '1', year: '2030' }, 'La fecha de nacimiento debe ser hoy o antes'],
  ])('the problem with %j is said in Spanish', (parts, message) => {
    const reading = readBirthDate(parts, '2026-12-06', 'es');
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problem.message).toBe(message);
  });
});

test('localeOr: a known locale as it is, anything else the default', () => {
  expect(localeOr('es')).toBe('es');
  expect(localeOr('en')).toBe('en');
  for (const value of ['fr', 'ES', '', null, undefined, 3]) expect(localeOr(value)).toBe('en');
});
