/**
 * Answers set aside by a change (lib/answers/setAside.ts): a change that hides questions keeps their answers apart,
 * never in the pruned answers; showing them again brings every one back; what no longer fits the questionnaire
 * is dropped with a note.
 */
import fc from 'fast-check';
import { pruneHidden } from '@/lib/answers';
import type { Answers } from '@/lib/answers';
import { readSetAside, setAsideCount, setAsideGroups, splitHidden, withSetAside } from '@/lib/answers/setAside';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';
import { answersArbitrary } from '@/__tests__/support/arbitraries';
import { TREATMENT_IDS } from '@/lib/questionnaire';
import { listTickedRows } from '@/lib/questionnaire/layout';
import { problemLines } from '@/lib/import';
import { provideQuestionnaireText } from '@/lib/questionnaire/providedText';
import { QUESTIONNAIRE_TEXTS } from '@/lib/questionnaire/texts';

const AGE_58: Answers = { ...LOW_RISK_ADULT.answers, age: 58, pregnancyPossible: 'yes', pregnant: 'no', planningPregnancy: 'no', breastfeeding: 'no', hormonalContraception: 'yes' };
const PREGNANCY = ['pregnancyPossible', 'pregnant', 'planningPregnancy', 'breastfeeding', 'hormonalContraception'];

/** A change to one answer, made on top of everything given so far (shown and set aside). */
function change(state: { answers: Answers; setAside: Answers }, update: Answers) {
  return splitHidden({ ...withSetAside(state.answers, state.setAside), ...update } as Answers);
}

describe.each([
  { name: 'age 58 → 9 hides five pregnancy answers and the shingles vaccine', start: AGE_58, hide: { age: 9 }, show: { age: 58 }, aside: [...PREGNANCY, 'shinglesVaccine'] },
  { name: 'age 58 → 15 hides only the shingles vaccine', start: AGE_58, hide: { age: 15 }, show: { age: 58 }, aside: ['shinglesVaccine'] },
  { name: '"could become pregnant" yes → no hides pregnant and planning', start: AGE_58, hide: { pregnancyPossible: 'no' }, show: { pregnancyPossible: 'yes' }, aside: ['pregnant', 'planningPregnancy'] },
  {
    name: 'unticking dupilumab sets aside its outcome row, and the other rows stay',
    start: LOW_RISK_ADULT.answers,
    hide: { treatmentsTried: ['topicalSteroid', 'topicalCalcineurin'] },
    show: { treatmentsTried: ['topicalSteroid', 'topicalCalcineurin', 'dupilumab'] },
    aside: ['treatmentOutcomes'],
  },
  {
    name: 'unticking a treatment used now sets aside its outcome row and its "using now" tick',
    start: LOW_RISK_ADULT.answers,
    hide: { treatmentsTried: ['topicalCalcineurin', 'dupilumab'] },
    show: { treatmentsTried: ['topicalSteroid', 'topicalCalcineurin', 'dupilumab'] },
    aside: ['treatmentOutcomes', 'treatmentsCurrent'],
    row: 'topicalSteroid',
  },
  {
    name: '"ever used: none of these" sets aside every tick and row',
    start: LOW_RISK_ADULT.answers,
    hide: { treatmentsTried: ['none'] },
    show: { treatmentsTried: ['topicalSteroid', 'topicalCalcineurin', 'dupilumab'] },
    aside: ['treatmentOutcomes', 'treatmentsCurrent', 'topicalWeeks'],
    row: 'topicalSteroid',
  },
] as { name: string; start: Answers; hide: Answers; show: Answers; aside: string[]; row?: string }[])('$name', ({ start, hide, show, aside, row = 'dupilumab' }) => {
  const initial = splitHidden(start);
  const hidden = change(initial, hide);

  test('the hidden answers are set aside, never in the pruned answers', () => {
    expect(Object.keys(hidden.setAside).sort()).toEqual([...aside].sort());
    for (const id of aside) {
      const kept = (hidden.answers as Record<string, unknown>)[id];
      if (id === 'treatmentOutcomes') expect(kept ?? {}).not.toHaveProperty(row);
      else if (id === 'treatmentsCurrent') expect(kept).toEqual(['none']);
      else expect(kept).toBeUndefined();
    }
    // The pruned answers are exactly what pruneHidden keeps: nothing hidden reaches the rules or an export.
    expect(hidden.answers).toEqual(pruneHidden(hidden.answers));
  });

  test('showing the questions again brings every answer back, and nothing stays aside', () => {
    const shownAgain = change(hidden, show);
    expect(shownAgain.answers).toEqual(initial.answers);
    expect(shownAgain.setAside).toEqual({});
  });
});

test('an answer is never in both places, and a hidden answer given again replaces the set-aside one', () => {
  const hidden = change(splitHidden(AGE_58), { age: 9 });
  expect(Object.keys(hidden.setAside).filter((id) => id in hidden.answers)).toEqual([]);
  const corrected = change(hidden, { age: 40, pregnant: 'yes' });
  expect(corrected.answers).toMatchObject({ age: 40, pregnant: 'yes', shinglesVaccine: 'yes' });
});

test('answers to ids that are no questions are dropped, not set aside', () => {
  expect(splitHidden({ ...AGE_58, notAQuestion: 'yes' } as Answers).setAside).toEqual({});
});

describe('set-aside answers read back from storage', () => {
  test.each([
    { stored: { pregnant: 'no', shinglesVaccine: 'yes' }, setAside: { pregnant: 'no', shinglesVaccine: 'yes' }, notes: [] as object[] },
    { stored: { pregnant: 'maybe', shinglesVaccine: 'yes' }, setAside: { shinglesVaccine: 'yes' }, notes: [{ code: 'setAsideNoLongerFits', path: 'setAside.pregnant', question: 'pregnant' }] },
    { stored: { removedQuestion: 'yes' }, setAside: {}, notes: [{ code: 'setAsideNotAsked', path: 'setAside.removedQuestion' }] },
    {
      stored: { treatmentOutcomes: { dupilumab: 'helped', gone: 'helped' } },
      setAside: { treatmentOutcomes: { dupilumab: 'helped' } },
      notes: [{ code: 'setAsideRowsNoLongerFit', path: 'setAside.treatmentOutcomes', question: 'treatmentOutcomes' }],
    },
    {
      stored: { treatmentsCurrent: ['goneTreatment', 'dupilumab'] },
      setAside: { treatmentsCurrent: ['dupilumab'] },
      notes: [{ code: 'setAsideRowsNoLongerFit', path: 'setAside.treatmentsCurrent', question: 'treatmentsCurrent' }],
    },
    { stored: { treatmentsCurrent: 'dupilumab' }, setAside: {}, notes: [{ code: 'setAsideNoLongerFits', path: 'setAside.treatmentsCurrent', question: 'treatmentsCurrent' }] },
    { stored: { treatmentsCurrent: ['none', 'dupilumab'] }, setAside: {}, notes: [{ code: 'setAsideRowsNoLongerFit', path: 'setAside.treatmentsCurrent', question: 'treatmentsCurrent' }] },
    { stored: 'not an object', setAside: {}, notes: [{ code: 'setAsideUnreadable', path: 'setAside' }] },
    { stored: undefined, setAside: {}, notes: [] },
  ])('$stored', ({ stored, setAside, notes }) => {
    const read = readSetAside(stored);
    expect(read.setAside).toEqual(setAside);
    // Coded, named by path (and question), so the review says it in the page's language.
    expect(read.dropped).toEqual(notes);
  });

  test.each(['en', 'es'] as const)('each note reads as a sentence in %s, naming the question', (locale) => {
    // The page's layout hands in its language's questionnaire words (QuestionnaireWords); so does this test.
    if (locale === 'es') provideQuestionnaireText('es', QUESTIONNAIRE_TEXTS.es!);
    const { dropped } = readSetAside({ pregnant: 'maybe', removedQuestion: 'yes', treatmentOutcomes: { gone: 'helped' } });
    const lines = problemLines(dropped, locale);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(locale === 'en' ? /^setAside\.pregnant \(Pregnant now\): This answer was set aside earlier, but it no longer fits/ : /^setAside\.pregnant \(¿.+\): Esta respuesta se puso aparte antes/);
    for (const line of lines) expect(line).not.toMatch(/\{|\}|undefined/);
  });
});

test('the review groups set-aside answers by the answer that hid them', () => {
  const hidden = change(splitHidden(AGE_58), { age: 9 });
  const groups = setAsideGroups(hidden.answers, hidden.setAside);
  expect(groups).toHaveLength(1);
  expect(groups[0].because.map((q) => q.id)).toEqual(['age']);
  expect(groups[0].items.map((item) => item.question.id)).toEqual([...PREGNANCY, 'shinglesVaccine']);
  expect(setAsideCount(hidden.setAside)).toBe(6);
});

describe('"using now" ticks follow their treatment row', () => {
  const list = (value: unknown): string[] => (Array.isArray(value) ? [...(value as string[])].sort() : []);
  const triedArbitrary: fc.Arbitrary<string[]> = fc.oneof(fc.subarray<string>([...TREATMENT_IDS], { minLength: 1 }), fc.constant<string[]>(['none']));

  test('unticking treatments and ticking them again brings back every tick and row; a tick is never in both places', () => {
    fc.assert(
      fc.property(answersArbitrary, triedArbitrary, (given, tried) => {
        // Consistent answers to start from, as the app holds them (a file's lists are completed on import).
        const initial = splitHidden(listTickedRows(given).answers);
        const before = initial.answers as Record<string, unknown>;
        fc.pre(Array.isArray(before.treatmentsTried));
        const hidden = change(initial, { treatmentsTried: tried } as Answers);
        const shown = list((hidden.answers as Record<string, unknown>).treatmentsCurrent);
        const aside = list((hidden.setAside as Record<string, unknown>).treatmentsCurrent);
        expect(shown.filter((tick) => aside.includes(tick))).toEqual([]);
        // A tick kept is a treatment still listed: nothing unticked is read as "used now".
        expect(shown.filter((tick) => tick !== 'none' && !tried.includes(tick))).toEqual([]);
        expect([...shown, ...aside].filter((tick) => tick !== 'none').sort()).toEqual(list(before.treatmentsCurrent).filter((tick) => tick !== 'none'));
        const back = change(hidden, { treatmentsTried: before.treatmentsTried } as Answers);
        expect(list((back.answers as Record<string, unknown>).treatmentsCurrent)).toEqual(list(before.treatmentsCurrent));
        expect((back.answers as Record<string, unknown>).treatmentOutcomes).toEqual(before.treatmentOutcomes);
        expect((back.setAside as Record<string, unknown>).treatmentsCurrent).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  test('the review counts each set-aside tick and names the list that set it aside', () => {
    const hidden = change(splitHidden(LOW_RISK_ADULT.answers), { treatmentsTried: ['topicalCalcineurin'] } as Answers);
    expect(hidden.setAside).toMatchObject({ treatmentsCurrent: ['topicalSteroid'] });
    const group = setAsideGroups(hidden.answers, hidden.setAside).find((g) => g.items.some((item) => item.question.id === 'treatmentsCurrent'));
    expect(group?.because.map((q) => q.id)).toEqual(['treatmentsTried']);
    // Two outcome rows (topical steroid, dupilumab), one tick, and the longest prescription cream use.
    expect(setAsideCount(hidden.setAside)).toBe(3 + (hidden.setAside.topicalWeeks === undefined ? 0 : 1));
  });

  test('a file\'s tick for a treatment its list lacks stays in the answers until the person changes the list', () => {
    // pruneHidden reads a file's tick (the rules see it); the import completes the list (listTickedRows).
    const pruned = pruneHidden({ treatmentsTried: ['dupilumab'], treatmentsCurrent: ['methotrexate'] } as Answers);
    expect(pruned.treatmentsCurrent).toEqual(['methotrexate']);
  });
});
