/**
 * Hidden means absent (questions.md): an imported answer to a question the person would not have been shown is
 * dropped. The person checking the import is told which, and why, in words built from the question's
 * "shown when" condition: nothing is dropped without a word. The reason is kept as data (which condition, which
 * answer) and put in words in the reader's language by notUsedText (notUsedSentence on the command line).
 */
import { conditionHolds, isShown } from '@/lib/answers';
import type { Answers } from '@/lib/answers';
import type { Locale } from '@/lib/i18n/locales';
import { inVoice, optionLabel, questionById, QUESTIONS } from '@/lib/questionnaire';
import type { Condition, Question, TriValue } from '@/lib/questionnaire';
import type { ListCompleted } from '@/lib/questionnaire/layout';
import { formatAnswer } from '@/lib/questionnaire/formatAnswer';
import { stepsIn } from '@/lib/questionnaire/localized';

/** Why an answer was not used: the condition of its question that does not hold, with the answer it looked at. */
export type NotUsedReason =
  | { op: 'atLeast' | 'below'; question: string; value: number; answer: unknown }
  | { op: 'notEquals'; question: string; answer: unknown }
  | { op: 'hasAny' | 'oneOf'; question: string; options: readonly string[]; answer: unknown }
  | { op: 'notTicked'; question: string; row: string; list: string }
  | { op: 'notShown' };

export interface NotUsedAnswer {
  /** The question's id, or `question.row` for a row of a per-treatment question. */
  questionId: string;
  /** The question and the answer as given (a map question's dropped row alone). */
  question: string;
  value: unknown;
  reason: NotUsedReason;
}

type AnswerMap = Readonly<Record<string, unknown>>;

/** The part of a condition that does not hold. */
function whyNotShown(condition: Condition, answers: AnswerMap): NotUsedReason {
  switch (condition.op) {
    case 'atLeast':
    case 'below':
      return { op: condition.op, question: condition.question, value: condition.value, answer: answers[condition.question] };
    case 'notEquals':
      return { op: 'notEquals', question: condition.question, answer: answers[condition.question] };
    case 'hasAny':
    case 'oneOf':
      return { op: condition.op, question: condition.question, options: condition.values, answer: answers[condition.question] };
    case 'all': {
      const failed = condition.conditions.find((c) => !conditionHolds(c, answers));
      return failed ? whyNotShown(failed, answers) : { op: 'notShown' };
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
          question: question.id,
          value: { [key]: row },
          reason: { op: 'notTicked', question: question.id, row: key, list: question.keysFrom },
        });
      }
    } else if (isShown(question, kept)) kept[question.id] = value;
    else notUsed.push({ questionId: question.id, question: question.id, value, reason: whyNotShown(question.shownWhen!, kept) });
  }
  return notUsed;
}

/** The `problems.notUsed` namespace's translate function (useTranslations or createTranslator). */
export type NotUsedTranslator = (key: string, values?: Record<string, string | number>) => string;

/** The questions, names and answer words of one language. */
function wordsIn(locale: Locale, triLabels: Readonly<Record<TriValue, string>>) {
  const questions = new Map(stepsIn(locale).flatMap((step) => step.questions.map((q) => [q.id, q] as const)));
  const question = (id: string) => questions.get(id) ?? questionById(id);
  const name = (id: string) => {
    const q = question(id);
    if (!q) return id;
    return locale === 'en' ? q.short : inVoice(q.text, 'patient');
  };
  const answer = (id: string, value: unknown) => {
    const q = question(id);
    return q ? formatAnswer(q, value, triLabels) : String(value);
  };
  const options = (id: string, ids: readonly string[], withOr: boolean) => {
    const q = question(id);
    const labels = ids.map((v) => (q ? optionLabel(q, v) : v));
    return withOr ? new Intl.ListFormat(locale, { type: 'disjunction' }).format(labels) : labels.join(', ');
  };
  return { question, name, answer, options };
}

/**
 * One sentence for a dropped answer, `The answer "Pregnant now: Yes" was not used, because …`, in a language: `t` is
 * its `problems.notUsed` namespace, `triLabels` its yes / no / not sure words.
 */
export function notUsedText(item: NotUsedAnswer, t: NotUsedTranslator, triLabels: Readonly<Record<TriValue, string>>, locale: Locale): string {
  const words = wordsIn(locale, triLabels);
  const { reason } = item;
  const given = (id: string, value: unknown) => (value === undefined ? t('notAnswered') : `"${words.answer(id, value)}"`);
  let why: string;
  switch (reason.op) {
    case 'atLeast':
    case 'below':
      why = t(reason.op, { question: words.name(reason.question), value: reason.value, answer: given(reason.question, reason.answer) });
      break;
    case 'notEquals':
      why = t('notEquals', { question: words.name(reason.question), answer: given(reason.question, reason.answer) });
      break;
    case 'hasAny':
    case 'oneOf': {
      // "includes one of: A, B, C" lists the choices; "is A or B" joins them with the language's "or".
      const options = words.options(reason.question, reason.options, reason.op === 'oneOf');
      why = t(reason.op, { question: words.name(reason.question), options, answer: given(reason.question, reason.answer) });
      break;
    }
    case 'notTicked': {
      const map = words.question(reason.question);
      const row = map?.type === 'map' ? (map.keys.find((k) => k.id === reason.row)?.label ?? reason.row) : reason.row;
      why = t('notTicked', { row, list: words.name(reason.list) });
      break;
    }
    case 'notShown':
      why = t('notShown');
  }
  return t('sentence', { answer: `${words.name(item.question)}: ${words.answer(item.question, item.value)}`, reason: why });
}

/** The `load.listCompleted` message's translate function. */
export type ListCompletedTranslator = (key: 'listCompleted', values: Record<string, string | number>) => string;

/**
 * One sentence for items an import added to a list because its "using now" ticks named them (ImportReport's
 * listsCompleted): `The file says “Dupilumab shots” under “Using now” but not under “Ever used for eczema”, so it was
 * added to “Ever used for eczema”.` (and `in place of “None of these”` when the list said so). `t` is the `load`
 * namespace's translate function.
 */
export function listCompletedText(entry: ListCompleted, t: ListCompletedTranslator, locale: Locale): string {
  const words = wordsIn(locale, { yes: '', no: '', unsure: '' });
  const list = words.question(entry.list);
  const items = new Intl.ListFormat(locale, { type: 'conjunction' }).format(entry.items.map((id) => `“${list ? optionLabel(list, id) : id}”`));
  const none = list ? optionLabel(list, 'none') : 'none';
  return t('listCompleted', { items, tick: words.name(entry.tick), list: words.name(entry.list), count: entry.items.length, replacedNone: entry.replacedNone ? 'yes' : 'no', none });
}
