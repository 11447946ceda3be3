/** Presentation hints of the questionnaire (issue 12): grids of yes / no / not sure and one table per treatment. */
import { STEPS } from '@/lib/questionnaire';
import type { Question, Step } from '@/lib/questionnaire';
import { listTickedRows, mergedTicks, settleTable, splitTicks, stepLayout } from '@/lib/questionnaire/layout';

const steps = STEPS as readonly Step[];
const step = (id: string) => steps.find((s) => s.id === id)!;

test.each(steps.flatMap((s) => (s.groups ?? []).map((g) => [s.id, g.questions.join(', '), s, g] as const)))('%s: the grid of %s holds neighbouring yes / no / not sure questions of its step', (_id, _names, s, group) => {
  const ids = s.questions.map((q) => q.id);
  const at = group.questions.map((q) => ids.indexOf(q));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect(at).toEqual(at.map((_, k) => at[0] + k));
  for (const id of group.questions) expect(s.questions.find((q) => q.id === id)!.type).toBe('tri');
});

test('no question is in two grids', () => {
  const all = steps.flatMap((s) => (s.groups ?? []).flatMap((g) => g.questions));
  expect(new Set(all).size).toBe(all.length);
});

test('the treatment table names a multi list, a multi tick question and a map question of its step', () => {
  const s = step('treatments');
  const t = s.perItemTable!;
  const type = (id: string) => s.questions.find((q) => q.id === id)?.type;
  expect([type(t.rowsFrom), type(t.tick), type(t.choice)]).toEqual(['multi', 'multi', 'map']);
});

test('the layout puts a grid where its first shown row is, and the table where its tick question is', () => {
  const s = step('infections');
  const blocks = stepLayout(s, s.questions as readonly Question[]);
  expect(blocks.map((b) => b.kind)).toEqual(['group', 'group']);
  const t = step('treatments');
  const tBlocks = stepLayout(t, (t.questions as readonly Question[]).filter((q) => !q.id.startsWith('jak')));
  expect(tBlocks.map((b) => (b.kind === 'question' ? b.question.id : b.kind))).toEqual(['treatmentsTried', 'table', 'topicalWeeks']);
});

test.each([
  [{ treatmentsTried: ['dupilumab', 'topicalSteroid'], treatmentsCurrent: ['dupilumab', 'methotrexate'] }, ['dupilumab']],
  [{ treatmentsTried: ['dupilumab'], treatmentsCurrent: [] }, ['none']],
  [{ treatmentsTried: ['none'], treatmentsCurrent: [] }, ['none']],
  [{ treatmentsTried: [], treatmentsCurrent: ['dupilumab'] }, []],
])('ticks settle against the list: %j gives %j', (values, current) => {
  expect(settleTable(step('treatments'), values).treatmentsCurrent).toEqual(current);
});

test.each([
  { given: { treatmentsTried: ['dupilumab'], treatmentsCurrent: ['methotrexate'] }, tried: ['dupilumab', 'methotrexate'], added: [{ list: 'treatmentsTried', tick: 'treatmentsCurrent', items: ['methotrexate'], replacedNone: false }] },
  { given: { treatmentsTried: ['none'], treatmentsCurrent: ['dupilumab'] }, tried: ['dupilumab'], added: [{ list: 'treatmentsTried', tick: 'treatmentsCurrent', items: ['dupilumab'], replacedNone: true }] },
  { given: { treatmentsCurrent: ['dupilumab'] }, tried: ['dupilumab'], added: [{ list: 'treatmentsTried', tick: 'treatmentsCurrent', items: ['dupilumab'], replacedNone: false }] },
  { given: { treatmentsTried: ['dupilumab'], treatmentsCurrent: ['dupilumab'] }, tried: ['dupilumab'], added: [] },
  { given: { treatmentsTried: ['dupilumab'], treatmentsCurrent: ['none'] }, tried: ['dupilumab'], added: [] },
])('a file\'s tick for a treatment its list lacks adds it to the list, and says so: $given', ({ given, tried, added }) => {
  const read = listTickedRows(given);
  expect(read.answers.treatmentsTried).toEqual(tried);
  expect(read.added).toEqual(added);
  if (added.length === 0) expect(read.answers).toBe(given);
});

test.each([
  // [rows, ticks, shown, aside]
  [['dupilumab', 'methotrexate'], ['dupilumab'], ['dupilumab'], []],
  [['dupilumab'], ['none'], ['none'], []],
  [['dupilumab'], [], [], []],
  [['dupilumab'], ['methotrexate'], ['none'], ['methotrexate']],
  [['dupilumab'], ['dupilumab', 'methotrexate'], ['dupilumab'], ['methotrexate']],
  [['none'], ['dupilumab'], ['none'], ['dupilumab']],
  [undefined, ['dupilumab'], undefined, ['dupilumab']],
  [undefined, ['none', 'dupilumab'], ['none'], ['dupilumab']],
])('ticks split against the rows listed: rows %j, ticks %j → shown %j, aside %j', (rows, ticks, shown, aside) => {
  expect(splitTicks(rows, ticks as string[])).toEqual({ shown, aside });
});

test.each([
  [[['none'], ['dupilumab']], ['dupilumab']],
  [[['dupilumab'], ['methotrexate', 'dupilumab']], ['dupilumab', 'methotrexate']],
  [[['none'], undefined], ['none']],
  [[undefined, []], []],
  [[undefined, undefined], undefined],
])('tick lists merge, "none" only when nothing is ticked: %j → %j', (lists, merged) => {
  expect(mergedTicks(...lists)).toEqual(merged);
});
