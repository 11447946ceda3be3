/** A refusal's coded problems as the English lines the command line prints, for tests that read the words. */
import type { Problem } from '@/lib/i18n/problem';
import { problemLines } from '@/lib/import/problemLines';

type WithProblems = { ok: boolean; problems?: readonly Problem[] } | { status: string; problems?: readonly Problem[] };

/** The same result with each problem as its English line (results without problems are returned as they are). */
export function inEnglish<T extends WithProblems>(result: T): Omit<T, 'problems'> & { problems?: string[] } {
  return result.problems ? { ...result, problems: problemLines(result.problems) } : (result as Omit<T, 'problems'>);
}
