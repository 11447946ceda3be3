'use client';
/**
 * Hands the page's language's questionnaire words to lib/questionnaire/localized.ts before anything below renders a
 * question. The words come from the server layout as data in the page, not as a script: an English page then loads
 * no other language's wording, and a Spanish page only its own (issue 15, docs/decisions/0016).
 */
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { provideQuestionnaireText } from '@/lib/questionnaire/providedText';
import type { QuestionnaireText } from '@/lib/questionnaire/questionsEs';

export function QuestionnaireWords({ locale, words, children }: { locale: Locale; words: QuestionnaireText | undefined; children: ReactNode }) {
  // During render, not in an effect: the first render of a step (and the server's) must already be in the language.
  if (words) provideQuestionnaireText(locale, words);
  return children;
}
