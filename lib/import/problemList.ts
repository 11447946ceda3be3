/**
 * Problems as the person sees them: at most a screenful of lines (each cut to a readable length by problemText),
 * and the rest counted ("and 1,204 more problems") so a hostile file cannot flood the page or the terminal.
 */
import { problemOf } from '@/lib/i18n/problem';
import type { Problem } from '@/lib/i18n/problem';
import { MAX_LISTED_PROBLEMS, MAX_QUOTED_LENGTH } from './limits';

/** A value from the file, quoted for a message: JSON text, cut to MAX_QUOTED_LENGTH characters. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH - 1)}…` : text;
}

/** The problems to show: the first MAX_LISTED_PROBLEMS, then "and N more problems" if any were left off. */
export function capProblems(problems: readonly Problem[]): Problem[] {
  const unique = [...new Map(problems.map((problem) => [JSON.stringify(problem), problem])).values()];
  if (unique.length <= MAX_LISTED_PROBLEMS) return unique;
  const more = unique.length - (MAX_LISTED_PROBLEMS - 1);
  return [...unique.slice(0, MAX_LISTED_PROBLEMS - 1), problemOf('moreProblems', { count: more })];
}
