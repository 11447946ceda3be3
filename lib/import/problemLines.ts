/**
 * Coded problems and dropped answers as lines of text, outside React: the command line (English, as it has always
 * printed them) and the tests. next-intl's createTranslator over the catalogue of the language asked for; pages use
 * useTranslations instead, so this file (and both catalogues) stays out of the pages' code.
 */
import { createTranslator } from 'next-intl';
import type { Problem } from '@/lib/i18n/problem';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { listCompletedText, notUsedText } from './answersNotUsed';
import type { ListCompletedTranslator, NotUsedAnswer, NotUsedTranslator } from './answersNotUsed';
import type { ListCompleted } from '@/lib/questionnaire/layout';
import { partsLine, problemParts } from './problemText';
import type { ProblemsTranslator } from './problemText';

const translators = new Map<Locale, ProblemsTranslator>();

/** The `problems` namespace in a language. */
function problemsTranslator(locale: Locale): ProblemsTranslator {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'problems' }) as unknown as ProblemsTranslator;
    translators.set(locale, t);
  }
  return t;
}

/** One problem as a line of text in a language (English by default: the command line's words). */
export function problemLine(problem: Problem, locale: Locale = 'en'): string {
  const t = problemsTranslator(locale);
  return partsLine(problemParts(problem, t, locale), t('wholeFile'));
}

/** Every problem as a line of text. */
export function problemLines(problems: readonly Problem[], locale: Locale = 'en'): string[] {
  return problems.map((problem) => problemLine(problem, locale));
}

/** One sentence for a dropped answer: `The answer "Pregnant now: Yes" was not used, because …` (English by default). */
export function notUsedSentence(item: NotUsedAnswer, locale: Locale = 'en'): string {
  const t = problemsTranslator(locale);
  const { yes, no, unsure } = messagesFor(locale).controls;
  const notUsed: NotUsedTranslator = (key, values) => t(`notUsed.${key}`, values);
  return notUsedText(item, notUsed, { yes, no, unsure }, locale);
}

/** One sentence for items an import added to a list because a "using now" tick named them (English by default). */
export function listCompletedSentence(entry: ListCompleted, locale: Locale = 'en'): string {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'load' }) as unknown as ListCompletedTranslator;
  return listCompletedText(entry, t, locale);
}
