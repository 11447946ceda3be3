/**
 * "Not answered / not sure" (SAFETY.md checklist 6): every shown safety question that was skipped or answered
 * "not sure". Unknown is not "no", so these are listed for the clinician rather than read as reassurance. The two
 * free-text fields are optional notes, not safety questions, so a blank one is not listed.
 */
import { shownQuestions } from '@/lib/answers/pruneHidden';
import type { AnswersDocument } from '@/lib/answers/types';
import type { Question } from '@/lib/questionnaire';
import type { ScreeningResult } from '@/rules';

export type OpenItemStatus = 'not answered' | 'not sure';

export interface OpenItem {
  question: Question;
  status: OpenItemStatus;
}

export function openItems(document: AnswersDocument, result: ScreeningResult): OpenItem[] {
  const answers = document.answers as Readonly<Record<string, unknown>>;
  const unanswered = new Set(result.unanswered);
  return shownQuestions(document.answers)
    .filter((question) => question.type !== 'text')
    .flatMap((question): OpenItem[] => {
      if (unanswered.has(question.id)) return [{ question, status: 'not answered' }];
      if ((question.type === 'tri' || question.type === 'choice') && answers[question.id] === 'unsure') {
        return [{ question, status: 'not sure' }];
      }
      return [];
    });
}
