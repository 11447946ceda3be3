/**
 * Answers set aside: when a change hides questions that were answered (age 58 changed to 9 hides the pregnancy
 * questions and the shingles vaccine), their answers are kept apart from the answers, not deleted, and come back
 * when their questions show again. The answers themselves stay pruned (PrunedAnswers): a set-aside answer never
 * reaches the rules, the summary or an export while its question is hidden (docs/decisions/0011).
 *
 * The ticks of a per-item table ("Using it now") follow their rows: unticking a treatment under "ever used" sets
 * its "using now" tick aside with its outcome row, and ticking it again brings both back.
 *
 * The invariant every function here keeps: an answer (or a row of a map answer, or a tick of a table) is either in
 * the pruned answers or in the set-aside answers, never in both, and a set-aside answer is well formed for its
 * question.
 */
import { QUESTIONS, questionById, stepOfQuestion } from '@/lib/questionnaire';
import type { Condition, Question } from '@/lib/questionnaire';
import { conditionHolds, isShown, pruneHidden } from './pruneHidden';
import { mergedTicks, PER_ITEM_TABLES, splitTicks, tableOfTick } from '@/lib/questionnaire/layout';
import { cachedAnswerSchema } from './keepValidAnswers';
import type { Answers, PrunedAnswers } from './types';
import { problemAt } from '@/lib/i18n/problem';
import type { Problem } from '@/lib/i18n/problem';

type AnswerMap = Record<string, unknown>;

const isRecord = (value: unknown): value is AnswerMap => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Everything the person has given: the set-aside answers under the current ones. The current answer wins; the rows
 * of a map answer (treatmentOutcomes) are merged row by row, the current row winning; a table's ticks are merged
 * tick by tick (mergedTicks). Not pruned: a set-aside tick of a row not listed stays in the list, unseen, until
 * splitHidden sets it apart again.
 */
export function withSetAside(answers: Answers, setAside: Answers): Answers {
  const merged: AnswerMap = { ...(setAside as AnswerMap) };
  for (const [id, value] of Object.entries(answers as AnswerMap)) {
    const aside = merged[id];
    if (isRecord(value) && isRecord(aside)) merged[id] = { ...aside, ...value };
    else if (aside !== undefined && tableOfTick(id)) merged[id] = mergedTicks(value, aside);
    else merged[id] = value;
  }
  return merged as Answers;
}

/** What `all` holds, split into the answers shown (one pruneHidden) and the answers to hidden questions. */
export interface SplitAnswers {
  answers: PrunedAnswers;
  setAside: Answers;
}

/**
 * Splits every answer given into the pruned answers and the ones set aside because their question (or, for a map,
 * their row; for a table's tick list, their tick's row) is hidden. Answers to ids that are not questions are
 * dropped (they are no answer to anything). `alreadyPruned`, when given, must be pruneHidden(all).
 */
export function splitHidden(all: Answers, alreadyPruned?: PrunedAnswers): SplitAnswers {
  // `alreadyPruned`: the caller's pruneHidden(all), when it has one (a step's parse), so nothing prunes twice.
  const { answers, ticksAside } = withTicksSettled(alreadyPruned ?? pruneHidden(all), all);
  const kept = answers as AnswerMap;
  const given = all as AnswerMap;
  const setAside: AnswerMap = {};
  for (const question of QUESTIONS) {
    const value = given[question.id];
    // A shown table's tick list is split tick by tick, by withTicksSettled.
    if (value === undefined || (tableOfTick(question.id) && isShown(question, kept))) continue;
    const shown = kept[question.id];
    if (shown === undefined) {
      setAside[question.id] = value;
    } else if (question.type === 'map' && isRecord(value) && isRecord(shown)) {
      const hiddenRows = Object.entries(value).filter(([key]) => !Object.hasOwn(shown, key));
      if (hiddenRows.length > 0) setAside[question.id] = Object.fromEntries(hiddenRows);
    }
  }
  return { answers, setAside: { ...setAside, ...ticksAside } as Answers };
}

/**
 * The pruned answers with each shown table's ticks (as given in `all`) split against its rows (splitTicks): the
 * ticks of rows not listed leave the answers (an unticked treatment is not "used now") and are returned to be set
 * aside. pruneHidden keeps them, as a file's tick is read even when its list lacks the item (listTickedRows
 * completes such a file's list on import); only here, where the person's own change is split, do they go aside.
 */
function withTicksSettled(pruned: PrunedAnswers, all: Answers): { answers: PrunedAnswers; ticksAside: AnswerMap } {
  let answers: AnswerMap = pruned as AnswerMap;
  const ticksAside: AnswerMap = {};
  for (const table of PER_ITEM_TABLES) {
    // The ticks as given (`pruned` may be a form's parse, where the ticks of rows gone are already dropped).
    const ticks = (all as AnswerMap)[table.tick];
    if (!Array.isArray(ticks) || !isShown(questionById(table.tick)!, answers)) continue;
    const { shown, aside } = splitTicks(answers[table.rowsFrom], ticks);
    if (aside.length === 0) continue;
    const { [table.tick]: _, ...rest } = answers;
    answers = shown === undefined ? rest : { ...rest, [table.tick]: shown };
    ticksAside[table.tick] = aside;
  }
  return { answers: answers as PrunedAnswers, ticksAside };
}

/** The set-aside answers read back from storage, and a coded problem for each one that had to be dropped. */
export interface ReadSetAside {
  setAside: Answers;
  dropped: Problem[];
}

/**
 * Reads set-aside answers kept in storage. Each one is checked on its own against its question as it is today: an
 * answer to a question no longer asked, or one that no longer fits its question (an option removed, a range
 * changed), is dropped and named by its path (`setAside.<id>`) in a coded problem, in the page's language on the
 * review; never a crash. A map answer keeps its rows that are still well formed.
 */
export function readSetAside(stored: unknown): ReadSetAside {
  if (stored === undefined || stored === null) return { setAside: {}, dropped: [] };
  if (!isRecord(stored)) return { setAside: {}, dropped: [problemAt('setAside', 'setAsideUnreadable')] };
  const setAside: AnswerMap = {};
  const dropped: Problem[] = [];
  for (const [id, value] of Object.entries(stored)) {
    const question = questionById(id);
    const at = `setAside.${id}`;
    if (!question) {
      dropped.push(problemAt(at, 'setAsideNotAsked'));
      continue;
    }
    if (question.type === 'map' && isRecord(value)) {
      const rows = Object.entries(value).filter(([key, row]) => cachedAnswerSchema(question).safeParse({ [key]: row }).success);
      if (rows.length > 0) setAside[id] = Object.fromEntries(rows);
      if (rows.length < Object.keys(value).length) dropped.push({ ...problemAt(at, 'setAsideRowsNoLongerFit'), question: id });
      continue;
    }
    // A list (a table's set-aside ticks): each item on its own, like a map's rows, so one bad item loses only itself.
    if (question.type === 'multi' && Array.isArray(value)) {
      const items = value.filter((item) => cachedAnswerSchema(question).safeParse([item]).success);
      const list = cachedAnswerSchema(question).safeParse(items);
      if (list.success && list.data !== undefined) setAside[id] = list.data;
      if (!list.success || items.length < value.length) dropped.push({ ...problemAt(at, 'setAsideRowsNoLongerFit'), question: id });
      continue;
    }
    const parsed = cachedAnswerSchema(question).safeParse(value);
    if (parsed.success && parsed.data !== undefined) setAside[id] = parsed.data;
    else dropped.push({ ...problemAt(at, 'setAsideNoLongerFits'), question: id });
  }
  return { setAside: setAside as Answers, dropped };
}

/** The questions read by the parts of a "shown when" condition that do not hold: why a question is hidden now. */
function failingQuestions(condition: Condition, answers: AnswerMap): string[] {
  if (condition.op === 'all') return condition.conditions.flatMap((c) => failingQuestions(c, answers));
  return conditionHolds(condition, answers) ? [] : [condition.question];
}

/** One group of set-aside answers: the answers that hid them, and the set-aside questions, in questionnaire order. */
export interface SetAsideGroup {
  /** The questions whose answers hide these (for a map row: the list it comes from). */
  because: Question[];
  items: { question: Question; value: unknown; stepId: string }[];
}

/**
 * The set-aside answers grouped by the answers that hid them, for the review ("Set aside because of your answer
 * to …"). Questionnaire order within and between groups.
 */
export function setAsideGroups(answers: PrunedAnswers, setAside: Answers): SetAsideGroup[] {
  const given = setAside as AnswerMap;
  const groups = new Map<string, SetAsideGroup>();
  for (const question of QUESTIONS) {
    const value = given[question.id];
    if (value === undefined) continue;
    // The list a map's rows or a table's ticks come from: what hides a row or a tick when its question shows.
    const list = question.type === 'map' ? question.keysFrom : tableOfTick(question.id)?.rowsFrom;
    const hiddenBy =
      list !== undefined && (answers as AnswerMap)[question.id] !== undefined
        ? [list]
        : question.shownWhen
          ? failingQuestions(question.shownWhen, answers as AnswerMap)
          : [];
    const because = [...new Set(hiddenBy.length > 0 ? hiddenBy : list !== undefined ? [list] : [])];
    const key = because.join('+');
    const group = groups.get(key) ?? { because: because.map((id) => questionById(id)).filter((q): q is Question => q !== undefined), items: [] };
    group.items.push({ question, value, stepId: stepOfQuestion(question.id)?.id ?? '' });
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** How many answers are set aside (a map answer counts each row, a table's tick list each tick). */
export function setAsideCount(setAside: Answers): number {
  return Object.entries(setAside as AnswerMap).reduce((count, [id, value]) => {
    if (questionById(id)?.type === 'map' && isRecord(value)) return count + Object.keys(value).length;
    return count + (tableOfTick(id) && Array.isArray(value) ? value.length : 1);
  }, 0);
}
