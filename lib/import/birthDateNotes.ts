/**
 * What the review says about an imported date of birth: a partial date (FHIR allows `1980` or `1980-05`) is kept
 * as it is and named as partial, and an age answer that the date of birth does not allow is shown, not passed
 * over. The rules read the age answer only; the date of birth is for the clinician to match the record.
 */
import { problemOf } from '@/lib/i18n/problem';
import type { Problem } from '@/lib/i18n/problem';

/** Completed years between a full date and today (YYYY-MM-DD strings). */
function yearsBetween(birth: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** The youngest and oldest age a full or partial date of birth allows on `today`. */
function ageRange(dateOfBirth: string, today: string): { min: number; max: number } {
  const [year, month, day] = dateOfBirth.split('-');
  const earliest = `${year}-${month ?? '01'}-${day ?? '01'}`;
  const latest = `${year}-${month ?? '12'}-${day ?? '31'}`;
  return { min: yearsBetween(latest, today), max: yearsBetween(earliest, today) };
}

/** Notes for the review, as problem codes (lib/i18n/problem.ts): a partial date, and an age that does not match the date of birth. */
export function birthDateNotes(dateOfBirth: string | undefined, age: number | undefined, today: string): Problem[] {
  if (dateOfBirth === undefined) return [];
  const notes: Problem[] = [];
  const parts = dateOfBirth.split('-').length;
  if (parts < 3) notes.push(problemOf('partialBirthDate', { given: parts === 1 ? 'year' : 'yearMonth', date: dateOfBirth }));
  if (age !== undefined) {
    const { min, max } = ageRange(dateOfBirth, today);
    if (age < min || age > max) notes.push(problemOf('ageNotBirthDate', { date: dateOfBirth, min, max, same: min === max ? 'yes' : 'no', age }));
  }
  return notes;
}
