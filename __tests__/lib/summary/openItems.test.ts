import type { AnswersDocument } from '@/lib/answers/types';
import { groupAnswers } from '@/lib/summary/answerGroups';
import { openItems } from '@/lib/summary/openItems';
import { evaluate } from '@/rules';
import { vignette } from '../../support/vignettes';

const itemsOf = (document: AnswersDocument) =>
  openItems(document, evaluate(document)).map((item) => `${item.question.id}: ${item.status}`);

test('lists skipped and "not sure" safety questions, in questionnaire order, without the free-text fields', () => {
  const base = vignette('low-risk-adult').input;
  const answers = { ...base.answers, hiv: undefined, bodyArea: 'unsure' as const, breastfeeding: 'unsure' as const };
  expect(itemsOf({ ...base, answers })).toEqual(['breastfeeding: not sure', 'bodyArea: not sure', 'hiv: not answered']);
});

test('ignores hidden questions, answered or not', () => {
  const base = vignette('low-risk-adult').input;
  // Age 8: the pregnancy questions are not shown, so neither their absence nor a stray answer is listed.
  const answers = { ...base.answers, age: 8, pregnancyPossible: 'unsure' as const, shinglesVaccine: undefined };
  expect(itemsOf({ ...base, answers })).toEqual([]);
});

test('the answer groups cover every other shown answer exactly once', () => {
  const document = vignette('dialysis-liver-unsure').input;
  const groups = groupAnswers(document);
  const grouped = [...groups.yes, ...groups.no, ...groups.other.map((o) => o.question)].map((q) => q.id);
  const open = openItems(document, evaluate(document)).map((item) => item.question.id);
  expect(new Set(grouped).size).toBe(grouped.length);
  expect(grouped).not.toContain('liverDisease');
  expect(open).toEqual(['liverDisease']);
  expect(groups.other).toContainEqual(expect.objectContaining({ text: 'On dialysis' }));
  expect(groups.yes.map((q) => q.id)).toEqual(['shinglesVaccine', 'chickenpoxImmune']);
});
