/**
 * Hidden means absent (questions.md): an imported answer to a question the person would not have been shown is
 * dropped. The person checking the import is told which, and why, in words built from the question's
 * "shown when" condition: nothing is dropped without a word.
 */
import { conditionHolds, isShown } from '@/lib/answers';
import type { Answers } from '@/lib/answers';
import { optionLabel, questionById, QUESTIONS } from '@/lib/questionnaire';
import type { Condition, Question } from '@/lib/questionnaire';
import { formatAnswer } from '@/lib/questionnaire/formatAnswer';

export interface NotUsedAnswer {
  questionId: string;
  /** The question's short name and the answer as the person reads it: `Pregnant now: Yes`. */
  answer: string;
  /** Why it was not used, in words: `the answer to "Could become pregnant" is "No"`. */
  reason: string;
}

type AnswerMap = Readonly<Record<string, unknown>>;

function answerText(questionId: string, answers: AnswerMap): string {
  const question = questionById(questionId);
  const value = answers[questionId];
  if (!question || value === undefined) return 'not answered';
  return `"${formatAnswer(question, value)}"`;
}

/** The part of a condition that does not hold, in words. */
function whyNotShown(condition: Condition, answers: AnswerMap): string {
  const name = (id: string) => `"${questionById(id)?.short ?? id}"`;
  switch (condition.op) {
    case 'atLeast':
      return `this question is asked only when ${name(condition.question)} is ${condition.value} or more, and it is ${answerText(condition.question, answers)}`;
    case 'below':
      return `this question is asked only when ${name(condition.question)} is under ${condition.value}, and it is ${answerText(condition.question, answers)}`;
    case 'notEquals':
      return `the answer to ${name(condition.question)} is ${answerText(condition.question, answers)}`;
    case 'hasAny': {
      const question = questionById(condition.question);
      const options = condition.values.map((v) => (question ? optionLabel(question, v) : v)).join(', ');
      return `this question is asked only when ${name(condition.question)} includes one of: ${options}; the answer there is ${answerText(condition.question, answers)}`;
    }
    case 'oneOf': {
      const question = questionById(condition.question);
      const options = condition.values.map((v) => (question ? optionLabel(question, v) : v)).join(' or ');
      return `this question is asked only when ${name(condition.question)} is ${options}, and it is ${answerText(condition.question, answers)}`;
    }
    case 'all': {
      const failed = condition.conditions.find((c) => !conditionHolds(c, answers));
      return failed ? whyNotShown(failed, answers) : 'this question was not shown';
    }
  }
}

/** The answers pruneHidden drops from these answers, in questionnaire order, each with its reason. */
export function answersNotUsed(answers: Answers, questions: readonly Question[] = QUESTIONS): NotUsedAnswer[] {
  const given = answers as AnswerMap;
  const kept: Record<string, unknown> = {};
  const notUsed: NotUsedAnswer[] = [];
  for (const question of questions) {
    const value = given[question.id];
    if (value === undefined) continue;
    if (isShown(question, kept) && question.type === 'map') {
      // questions.md: a row for an item not picked in the list it follows is a hidden answer.
      const picked = kept[question.keysFrom];
      const rows = Object.entries(value as AnswerMap);
      const shown = rows.filter(([key]) => Array.isArray(picked) && picked.includes(key));
      if (shown.length > 0) kept[question.id] = Object.fromEntries(shown);
      for (const [key, row] of rows.filter((entry) => !shown.includes(entry))) {
        notUsed.push({
          questionId: `${question.id}.${key}`,
          answer: `${question.short}: ${formatAnswer(question, { [key]: row })}`,
          reason: `"${question.keys.find((k) => k.id === key)?.label ?? key}" is not ticked under "${questionById(question.keysFrom)?.short ?? question.keysFrom}"`,
        });
      }
    } else if (isShown(question, kept)) kept[question.id] = value;
    else {
      notUsed.push({
        questionId: question.id,
        answer: `${question.short}: ${formatAnswer(question, value)}`,
        reason: whyNotShown(question.shownWhen!, kept),
      });
    }
  }
  return notUsed;
}

/** One sentence for a dropped answer: `The answer "Pregnant now: Yes" was not used, because …`. */
export function notUsedSentence(item: NotUsedAnswer): string {
  return `The answer "${item.answer}" was not used, because ${item.reason}.`;
}
