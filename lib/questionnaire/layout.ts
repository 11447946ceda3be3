/**
 * How a step's shown questions are laid out on screen: single questions, compact yes / no / not sure grids
 * (Step.groups) and one small table per treatment (Step.perItemTable). Presentation only: every answer keeps its
 * own linkId and value (docs/contract/questions.md); nothing here adds or renames an answer.
 */
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

const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The form values with a per-item table's tick list settled against its rows: the ticks of rows no longer listed
 * are dropped (the tick box is gone with its row), nothing ticked where rows are shown is `none` (each unticked
 * box said "not using it now"), and a list answered `none` is `none` here too (nothing used, so nothing used
 * now). With the list unanswered the tick list is blank.
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

/**
 * Form values as a step's form first shows them: a tick for an item the earlier list does not hold (an answer
 * file that says "using now" but not "ever used") adds the item to the list, so its table shows the tick rather
 * than dropping it unseen.
 */
export function openTable(step: Step, values: Values): Values {
  const table = step.perItemTable;
  if (!table) return values;
  const rows = listOf(values[table.rowsFrom]).filter((r) => r !== 'none');
  const missing = listOf(values[table.tick]).filter((t) => t !== 'none' && !rows.includes(t));
  if (missing.length === 0) return values;
  return { ...values, [table.rowsFrom]: [...rows, ...missing] };
}
