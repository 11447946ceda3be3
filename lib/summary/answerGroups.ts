/**
 * Every shown answer, grouped by what was answered (yes, no, other values), so that a clinician can scan the whole
 * questionnaire in a few lines of the printed page. "Not sure" and unanswered questions are left to openItems, which
 * lists them in their own section. Questionnaire order is kept inside each group; answers to hidden questions were
 * pruned and are not listed.
 */
import { shownQuestions } from '@/lib/answers/pruneHidden';
import type { AnswersDocument } from '@/lib/answers/types';
import type { Question } from '@/lib/questionnaire';
import { answerText } from './answerText';

export interface AnswerGroups {
  yes: Question[];
  no: Question[];
  other: { question: Question; text: string }[];
}

export function groupAnswers(document: AnswersDocument): AnswerGroups {
  const answers = document.answers as Readonly<Record<string, unknown>>;
  const groups: AnswerGroups = { yes: [], no: [], other: [] };
  for (const question of shownQuestions(document.answers)) {
    const answer = answers[question.id];
    const unsure = answer === 'unsure' && (question.type === 'tri' || question.type === 'choice');
    if (answer === undefined || unsure) continue;
    if (question.type === 'tri' && answer === 'yes') groups.yes.push(question);
    else if (question.type === 'tri' && answer === 'no') groups.no.push(question);
    else groups.other.push({ question, text: answerText(question, answer) });
  }
  return groups;
}
