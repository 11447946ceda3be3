/** The date of birth typed in three boxes (issue 12 item 5): the locale's order, each mistake named by its box. */
import { ageOn, datePartOrder, intlDatePartOrder, isoToParts, readBirthDate } from '@/lib/flow/birthDate';

const TODAY = '2026-12-06';

test.each([
  ['en-US', ['month', 'day', 'year']],
  ['en-GB', ['day', 'month', 'year']],
  ['es', ['day', 'month', 'year']],
  ['ja', ['year', 'month', 'day']],
])('%s orders the boxes %j', (locale, order) => {
  expect(datePartOrder(locale)).toEqual(order);
});

test.each(['en-US', 'es'])('the table kept for the page locale %s gives what Intl gives', (locale) => {
  expect(datePartOrder(locale)).toEqual(intlDatePartOrder(locale));
});

test.each([
  [{ day: '', month: '', year: '' }, { ok: true, date: undefined }],
  [{ day: '27', month: '3', year: '1991' }, { ok: true, date: '1991-03-27' }],
  [{ day: '29', month: '2', year: '2024' }, { ok: true, date: '2024-02-29' }],
  [{ day: '6', month: '12', year: '1906' }, { ok: true, date: '1906-12-06' }],
])('%j reads as %j', (parts, reading) => {
  expect(readBirthDate(parts, TODAY)).toEqual(reading);
});

test.each([
  [{ day: '27', month: '', year: '1991' }, ['month'], 'Date of birth must include a month'],
  [{ day: '', month: '', year: '1991' }, ['day', 'month'], 'Date of birth must include a day and a month'],
  [{ day: '0', month: '3', year: '1991' }, ['day'], 'Enter the day as a number from 1 to 31'],
  [{ day: 'x', month: '3', year: '1991' }, ['day'], 'Enter the day as a number from 1 to 31'],
  [{ day: '27', month: '13', year: '1991' }, ['month'], 'Enter the month as a number from 1 to 12'],
  [{ day: '27', month: '3', year: '91' }, ['year'], 'Enter the year as 4 digits, for example 1991'],
  [{ day: '29', month: '2', year: '2023' }, ['day'], 'February 2023 has 28 days: check the day'],
  [{ day: '7', month: '12', year: '2026' }, ['day', 'month', 'year'], 'Date of birth must be today or in the past'],
  [{ day: '1', month: '1', year: '2031' }, ['day', 'month', 'year'], 'Date of birth must be today or in the past'],
  [{ day: '5', month: '12', year: '1905' }, ['year'], 'Date of birth makes the age over 120: check the year'],
])('%j is refused on %j: %s', (parts, wrong, message) => {
  expect(readBirthDate(parts, TODAY)).toEqual({ ok: false, problem: { parts: wrong, message } });
});

test('the age is in completed years', () => {
  expect(ageOn('1991-12-06', TODAY)).toBe(35);
  expect(ageOn('1991-12-07', TODAY)).toBe(34);
});

test('a partial imported date shows in the boxes it has, never dropped', () => {
  expect(isoToParts('1980-05')).toEqual({ year: '1980', month: '5', day: '' });
  expect(isoToParts('1980-05-09')).toEqual({ year: '1980', month: '5', day: '9' });
  expect(isoToParts(undefined)).toEqual({ year: '', month: '', day: '' });
});
