/**
 * How a step's shown questions are laid out on screen: single questions, compact yes / no / not sure grids
 * (Step.groups) and one small table per treatment (Step.perItemTable). The layout is presentation only: every
 * answer keeps its own linkId and value (docs/contract/questions.md). A table's tick list follows its rows: the
 * helpers below settle, split and merge it, and complete a file's list from its ticks (docs/decisions/0011).
 */
import { STEPS } from './questions';
import type { PerItemTable, Question, QuestionGroup, Step } from './types';

export type LayoutBlock =
  | { readonly kind: 'question'; readonly question: Question }
  | { readonly kind: 'group'; readonly group: QuestionGroup; readonly rows: readonly Question[] }
  | { readonly kind: 'table'; readonly table: PerItemTable; readonly tick: Question; readonly choice: Question | undefined };

/**
 * The blocks of a step, in question order, from the questions shown now (`shown`, a subset of the step's
 * questions in the step's order). A group with no shown row is left out; a group of one shown row is still a
 * group (its legend says what it is about). The table stands where its tick question stands; its choice
 * question never appears on its own.
 */
export function stepLayout(step: Step, shown: readonly Question[]): LayoutBlock[] {
  const groupOf = new Map<string, QuestionGroup>();
  for (const group of step.groups ?? []) for (const id of group.questions) groupOf.set(id, group);
  const table = step.perItemTable;
  const blocks: LayoutBlock[] = [];
  const placed = new Set<QuestionGroup>();
  for (const question of shown) {
    const group = groupOf.get(question.id);
    if (group) {
      if (placed.has(group)) continue;
      placed.add(group);
      blocks.push({ kind: 'group', group, rows: shown.filter((q) => group.questions.includes(q.id)) });
    } else if (table && question.id === table.tick) {
      blocks.push({ kind: 'table', table, tick: question, choice: shown.find((q) => q.id === table.choice) });
    } else if (table && question.id === table.choice) {
      continue;
    } else {
      blocks.push({ kind: 'question', question });
    }
  }
  return blocks;
}

type Values = Record<string, unknown>;

/** Every per-item table of the questionnaire (today one: the treatments). */
export const PER_ITEM_TABLES: readonly PerItemTable[] = (STEPS as readonly Step[]).flatMap((step) => (step.perItemTable ? [step.perItemTable] : []));

/** The per-item table whose tick question this is, if any. */
export function tableOfTick(questionId: string): PerItemTable | undefined {
  return PER_ITEM_TABLES.find((table) => table.tick === questionId);
}

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * One tick list from several (the answer, what the form held, the ticks set aside), first seen first: `none` is
 * dropped when anything is ticked, as an unticked box only ever said "not using it now". Undefined when none of
 * them is a list.
 */
export function mergedTicks(...lists: unknown[]): string[] | undefined {
  if (!lists.some(Array.isArray)) return undefined;
  const all = [...new Set(lists.flatMap(listOf))];
  return all.some((tick) => tick !== 'none') ? all.filter((tick) => tick !== 'none') : all;
}

/** A tick list split against the rows listed now (`rows`, the list's answer). */
export interface SplitTicks {
  /** The ticks of rows listed; `none` when nothing listed is ticked but a tick or `none` was given. Undefined: no answer. */
  shown: string[] | undefined;
  /** The ticks of rows not listed now: set aside, back when their row is (lib/answers/setAside.ts). */
  aside: string[];
}

/**
 * Splits a tick list against its rows. A consistent list (every tick listed, or `none`) comes back unchanged, so
 * this never rewrites an answer that needs nothing; `[]` (nothing ticked yet) stays `[]`.
 */
export function splitTicks(rows: unknown, ticks: readonly string[]): SplitTicks {
  const listed = listOf(rows);
  const aside = ticks.filter((tick) => tick !== 'none' && !listed.includes(tick));
  if (aside.length === 0) return { shown: [...ticks], aside };
  const left = ticks.filter((tick) => tick !== 'none' && listed.includes(tick));
  return { shown: left.length > 0 ? left : listed.length > 0 || ticks.includes('none') ? ['none'] : undefined, aside };
}

/**
 * The form values with a per-item table's tick list settled against its rows: the ticks of rows no longer listed
 * are dropped (the tick box is gone with its row; the machine sets them aside from the form's held values), nothing
 * ticked where rows are shown is `none` (each unticked box said "not using it now"), and a list answered `none` is
 * `none` here too (nothing used, so nothing used now). With the list unanswered the tick list is blank.
 */
export function settleTable(step: Step, values: Values): Values {
  const table = step.perItemTable;
  if (!table) return values;
  const rows = listOf(values[table.rowsFrom]);
  const ticks = listOf(values[table.tick]);
  let settled: string[];
  if (rows.length === 0) settled = [];
  else if (rows.includes('none')) settled = ['none'];
  else {
    const kept = ticks.filter((t) => t !== 'none' && rows.includes(t));
    settled = kept.length > 0 ? kept : ['none'];
  }
  return { ...values, [table.tick]: settled };
}

/** Items added to a table's list (`list`, its question id) because its tick list (`tick`) named them. */
export interface ListCompleted {
  list: string;
  tick: string;
  items: string[];
  /** The list said `none`, which the items replaced. */
  replacedNone: boolean;
}

/**
 * Answers read from a file with each table's rows completed from its ticks: a tick for an item the list does not
 * hold (a file that says "using now" but not "ever used") adds the item to the list, so the answer is read and
 * its table shows it, rather than the tick being set aside unseen. Returns the answers unchanged when nothing is
 * missing, and the items added per list otherwise (for the import's notes).
 */
export function listTickedRows<A extends object>(answers: A): { answers: A; added: ListCompleted[] } {
  let completed = answers as Values;
  const added: ListCompleted[] = [];
  for (const table of PER_ITEM_TABLES) {
    const given = listOf(completed[table.rowsFrom]);
    const rows = given.filter((r) => r !== 'none');
    const missing = listOf(completed[table.tick]).filter((t) => t !== 'none' && !rows.includes(t));
    if (missing.length === 0) continue;
    completed = { ...completed, [table.rowsFrom]: [...rows, ...missing] };
    added.push({ list: table.rowsFrom, tick: table.tick, items: missing, replacedNone: given.includes('none') });
  }
  return { answers: completed as A, added };
}
