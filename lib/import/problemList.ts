/**
 * Problems as the person sees them: each line cut to a readable length, at most a screenful of lines, and the rest
 * counted ("and 1,204 more problems") so a hostile file cannot flood the page or the terminal.
 */
import { MAX_LISTED_PROBLEMS, MAX_PROBLEM_LENGTH, MAX_QUOTED_LENGTH } from './limits';

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

function cut(line: string): string {
  return line.length > MAX_PROBLEM_LENGTH ? `${line.slice(0, MAX_PROBLEM_LENGTH - 1)}…` : line;
}

/** The lines to show: the first MAX_LISTED_PROBLEMS, each cut, then "and N more problems" if any were left off. */
export function capProblems(problems: readonly string[]): string[] {
  const unique = [...new Set(problems)];
  if (unique.length <= MAX_LISTED_PROBLEMS) return unique.map(cut);
  const more = unique.length - (MAX_LISTED_PROBLEMS - 1);
  return [...unique.slice(0, MAX_LISTED_PROBLEMS - 1).map(cut), `and ${more.toLocaleString('en-US')} more problems`];
}
