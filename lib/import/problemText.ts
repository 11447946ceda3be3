/**
 * A coded problem (lib/i18n/problem.ts) in words, in a language: the sentence from the `problems` catalogue, the
 * place in the file as it is written there (`item[0].answer[0]`, never translated), and the question the place is
 * about in the reader's language. The start page renders the parts (the place as code) with its own translator;
 * the command line and the tests take the joined line (problemLines.ts), which in English reads as it always has:
 * `answers.age (Age (years)): must be …`. No catalogue is imported here, so a page loads only its own language's;
 * the question names likewise come from the words the page's layout handed in (lib/questionnaire/localized.ts).
 */
import type { Problem, ProblemValue } from '@/lib/i18n/problem';
import type { Locale } from '@/lib/i18n/locales';
import { inVoice, questionById } from '@/lib/questionnaire';
import { stepsIn } from '@/lib/questionnaire/localized';
import { MAX_PROBLEM_LENGTH } from './limits';

/** The `problems` namespace's translate function: next-intl's useTranslations('problems') or createTranslator. */
export type ProblemsTranslator = (key: string, values?: Record<string, ProblemValue>) => string;

export interface ProblemParts {
  /** Where in the file, as written there (a path, a linkId): technical, so shown as code. */
  where: string | null;
  /** The problem is about the whole file: the catalogue's "(the file)" stands where the path would. */
  wholeFile: boolean;
  /** The question the place is about, in the reader's language. */
  question: string | null;
  /** The sentence. */
  text: string;
}

const cut = (text: string) => (text.length > MAX_PROBLEM_LENGTH ? `${text.slice(0, MAX_PROBLEM_LENGTH - 1)}…` : text);

/** A question's name as the reader knows it: the short name in English, the question itself in other languages. */
function questionName(id: string, locale: Locale): string | null {
  if (locale === 'en') return questionById(id)?.short ?? null;
  const question = stepsIn(locale)
    .flatMap((step) => step.questions)
    .find((q) => q.id === id);
  return question ? inVoice(question.text, 'patient') : null;
}

/** The parts of one problem, with `t` the `problems` namespace in `locale`. */
export function problemParts(problem: Problem, t: ProblemsTranslator, locale: Locale): ProblemParts {
  const values: Record<string, ProblemValue> = { ...problem.values };
  // What a value in the file is ("a list", "text") is a word of the sentence, so it is translated too.
  if (typeof values.kind === 'string') values.kind = t(`kinds.${values.kind}`);
  const { path, linkId } = problem;
  const place = path ? cut(path) : '';
  const where = linkId === undefined ? place || null : place ? `${place} (linkId ${linkId})` : `linkId ${linkId}`;
  return {
    where,
    wholeFile: path === '' && linkId === undefined,
    question: problem.question === undefined ? null : questionName(problem.question, locale),
    text: t(`text.${problem.code}`, values),
  };
}

/** The parts as one line of text: `where (question): text`. */
export function partsLine(parts: ProblemParts, wholeFile: string): string {
  const where = parts.where ?? (parts.wholeFile ? wholeFile : null);
  if (where === null) return cut(parts.text);
  return cut(`${where}${parts.question ? ` (${parts.question})` : ''}: ${parts.text}`);
}
