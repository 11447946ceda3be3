/**
 * The questionnaire words handed in for this page, by language (lib/questionnaire/localized.ts reads them). Kept apart
 * from localized.ts so the layout that hands them in does not bring the questionnaire's definition to pages that show
 * no question, such as the start page (issue 15).
 */
import type { Locale } from '@/lib/i18n/locales';
import type { QuestionnaireText } from './questionsEs';

const TEXTS: Partial<Record<Locale, QuestionnaireText>> = {};

/**
 * Makes a language's questionnaire words known to stepsIn and stepIn. Idempotent; a language's words never change
 * while the app runs, so the first hand-over stands.
 */
export function provideQuestionnaireText(locale: Locale, words: QuestionnaireText): void {
  if (TEXTS[locale]) return;
  TEXTS[locale] = words;
}

/** The words handed in for a language other than English, if any. */
export function providedText(locale: Locale): QuestionnaireText | undefined {
  return TEXTS[locale];
}
