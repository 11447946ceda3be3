/**
 * Every language's questionnaire words, for the places that need a language whatever the page's: the clinician's
 * part of the summary (its language is the clinic's choice, not the page's) and the FHIR Questionnaire (which carries
 * every translation). Importing this module brings every language's words; the questionnaire's own pages import
 * only lib/questionnaire/localized.ts and get their language's words from their layout (issue 15).
 */
import type { Locale } from '@/lib/i18n/locales';
import { stepsIn } from './localized';
import { provideQuestionnaireText } from './providedText';
import { QUESTIONNAIRE_ES } from './questionsEs';
import type { QuestionnaireText } from './questionsEs';
import type { Step } from './types';

/** The wording of each language other than English (the definition's own), by locale. Add a language here. */
export const QUESTIONNAIRE_TEXTS: Readonly<Partial<Record<Locale, QuestionnaireText>>> = { es: QUESTIONNAIRE_ES };

/** Every step in the given language, whatever the page's language. */
export function stepsInAnyLanguage(locale: Locale): readonly Step[] {
  const words = QUESTIONNAIRE_TEXTS[locale];
  if (words) provideQuestionnaireText(locale, words);
  return stepsIn(locale);
}
