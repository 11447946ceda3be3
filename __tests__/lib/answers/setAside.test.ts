/**
 * Answers set aside by a change (lib/answers/setAside.ts): a change that hides questions keeps their answers apart,
 * never in the pruned answers; showing them again brings every one back; what no longer fits the questionnaire
 * is dropped with a note.
 */
import { pruneHidden } from '@/lib/answers';
import type { Answers } from '@/lib/answers';
import { readSetAside, setAsideCount, setAsideGroups, splitHidden, withSetAside } from '@/lib/answers/setAside';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';

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
] as { name: string; start: Answers; hide: Answers; show: Answers; aside: string[] }[])('$name', ({ start, hide, show, aside }) => {
  const initial = splitHidden(start);
  const hidden = change(initial, hide);

  test('the hidden answers are set aside, never in the pruned answers', () => {
    expect(Object.keys(hidden.setAside).sort()).toEqual([...aside].sort());
    for (const id of aside) {
      const kept = (hidden.answers as Record<string, unknown>)[id];
      if (id === 'treatmentOutcomes') expect(kept).not.toHaveProperty('dupilumab');
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
    { stored: { pregnant: 'no', shinglesVaccine: 'yes' }, setAside: { pregnant: 'no', shinglesVaccine: 'yes' }, notes: [] as RegExp[] },
    { stored: { pregnant: 'maybe', shinglesVaccine: 'yes' }, setAside: { shinglesVaccine: 'yes' }, notes: [/“Pregnant now” no longer fits this version/] },
    { stored: { removedQuestion: 'yes' }, setAside: {}, notes: [/“removedQuestion”\) is to a question this version no longer asks/] },
    { stored: { treatmentOutcomes: { dupilumab: 'helped', gone: 'helped' } }, setAside: { treatmentOutcomes: { dupilumab: 'helped' } }, notes: [/Some answers set aside earlier to “/] },
    { stored: 'not an object', setAside: {}, notes: [/could not be read/] },
    { stored: undefined, setAside: {}, notes: [] },
  ])('$stored', ({ stored, setAside, notes }) => {
    const read = readSetAside(stored);
    expect(read.setAside).toEqual(setAside);
    expect(read.dropped).toHaveLength(notes.length);
    notes.forEach((note, index) => expect(read.dropped[index]).toMatch(note));
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
