/**
 * Inform, never decide (brief, non-negotiable 2; SAFETY.md checklist 2): no verdict words in the rendered summary or
 * in any patient-facing string.
 */
import { renderInLocale as render } from '@/__tests__/support/intl';
import { SummaryView } from '@/components/summary/SummaryView';
import { QUESTIONS, STEPS } from '@/lib/questionnaire';
import type { Step } from '@/lib/questionnaire';
import { URGENT_HELP_NOTICE, WHAT_TO_EXPECT } from '@/lib/summary/patientNotices';
import { RULES, evaluate } from '@/rules';
import { VIGNETTES } from '../../support/vignettes';

const VERDICT_WORDS =
  /\b(eligible|ineligible|safe for you|you should( not)?|must not|contraindicated for you|recommended for you|you cannot take)\b/i;

const questionnaireStrings = [
  ...(STEPS as readonly Step[]).flatMap((step) => [step.title.self, step.title.other, step.intro?.self, step.intro?.other]),
  ...QUESTIONS.flatMap((q) => [
    q.text.self,
    q.text.other,
    q.help?.self,
    q.help?.other,
    ...('options' in q ? q.options.flatMap((o) => [o.label, o.hint]) : []),
  ]),
].filter((s): s is string => typeof s === 'string');

const fixedNotices = [
  URGENT_HELP_NOTICE.heading,
  URGENT_HELP_NOTICE.intro,
  URGENT_HELP_NOTICE.after,
  ...URGENT_HELP_NOTICE.groups.flatMap((g) => [g.heading, ...g.items]),
  ...WHAT_TO_EXPECT.flatMap((g) => [g.heading, ...g.items]),
];

test('the pattern catches the verdicts it is meant to catch', () => {
  for (const verdict of ['You are eligible', 'you should not take abrocitinib', 'Safe for you', 'You cannot take it']) {
    expect(verdict).toMatch(VERDICT_WORDS);
  }
  expect('Tell your dermatologist about it.').not.toMatch(VERDICT_WORDS);
});

test.each(VIGNETTES)('the rendered summary of $name has no verdict words', ({ input }) => {
  const { container } = render(<SummaryView document={input} preparedAt="2026-11-22T14:05:00" />);
  expect(container.textContent).not.toMatch(VERDICT_WORDS);
});

test('no rule patient text has verdict words', () => {
  expect(RULES.filter((rule) => [rule.patientText.self, rule.patientText.other].some((text) => VERDICT_WORDS.test(text))).map((rule) => rule.id)).toEqual([]);
});

test('no discussion point of any vignette has verdict words', () => {
  const points = VIGNETTES.flatMap(({ input }) => evaluate(input).discussionPoints);
  expect(points.filter((point) => VERDICT_WORDS.test(point.text))).toEqual([]);
});

test('the fixed patient notices have no verdict words', () => {
  expect(fixedNotices.filter((text) => VERDICT_WORDS.test(text))).toEqual([]);
});

test('the questionnaire wording has no verdict words', () => {
  expect(questionnaireStrings.length).toBeGreaterThan(100);
  expect(questionnaireStrings.filter((text) => VERDICT_WORDS.test(text))).toEqual([]);
});
