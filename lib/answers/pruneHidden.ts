/**
 * Hidden means absent (questions.md): an answer to a question whose "shown when" is false is dropped
 * before the rules run, before review and before export.
 */
import { QUESTIONS } from '@/lib/questionnaire';
import type { Condition, Question } from '@/lib/questionnaire';
import type { Answers, PrunedAnswers } from './types';

type AnswerMap = Readonly<Record<string, unknown>>;

/** Whether a condition holds on the answers given. Unanswered: comparisons false, "≠" true, "has any" false. */
export function conditionHolds(condition: Condition, answers: AnswerMap): boolean {
  switch (condition.op) {
    case 'atLeast': {
      const value = answers[condition.question];
      return typeof value === 'number' && value >= condition.value;
    }
    case 'below': {
      const value = answers[condition.question];
      return typeof value === 'number' && value < condition.value;
    }
    case 'notEquals':
      return answers[condition.question] !== condition.value;
    case 'hasAny': {
      const value = answers[condition.question];
      return Array.isArray(value) && value.some((v) => condition.values.includes(v));
    }
    case 'oneOf': {
      const value = answers[condition.question];
      return typeof value === 'string' && condition.values.includes(value);
    }
    case 'all':
      return condition.conditions.every((c) => conditionHolds(c, answers));
  }
}

export function isShown(question: Question, answers: AnswerMap): boolean {
  return question.shownWhen === undefined || conditionHolds(question.shownWhen, answers);
}

/** A map answer's rows for the items picked in its list (questions.md: other keys are hidden answers). */
function shownRows(map: unknown, picked: unknown): unknown {
  if (map === null || typeof map !== 'object' || !Array.isArray(picked)) return undefined;
  const rows = Object.entries(map).filter(([key]) => picked.includes(key));
  return rows.length > 0 ? Object.fromEntries(rows) : undefined;
}

/**
 * Drops answers to hidden questions. "Shown when" reads only earlier questions, so one pass in
 * questionnaire order, reading the answers kept so far, settles every question.
 */
export function pruneHidden(answers: Answers): PrunedAnswers {
  const kept: Record<string, unknown> = {};
  const given = answers as AnswerMap;
  for (const question of QUESTIONS) {
    if (given[question.id] === undefined || !isShown(question, kept)) continue;
    kept[question.id] = question.type === 'map' ? shownRows(given[question.id], kept[question.keysFrom]) : given[question.id];
    if (kept[question.id] === undefined) delete kept[question.id];
  }
  return kept as PrunedAnswers;
}

/**
 * The questions shown for answers that are already pruned, in the order given: no second prune. The type
 * makes the caller prove the answers went through pruneHidden (at a trust boundary) first.
 */
export function questionsShownFor(answers: PrunedAnswers, questions: readonly Question[] = QUESTIONS): Question[] {
  return questions.filter((q) => isShown(q, answers as AnswerMap));
}

/** The questions shown for these answers, in questionnaire order. */
export function shownQuestions(answers: Answers, questions: readonly Question[] = QUESTIONS): Question[] {
  const pruned = pruneHidden(answers) as AnswerMap;
  return questions.filter((q) => isShown(q, pruned));
}
