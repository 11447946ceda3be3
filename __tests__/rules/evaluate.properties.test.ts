/**
 * Properties of evaluate over random valid answers documents (the shared generator, built from the questionnaire).
 * Written from rules.md: "yes" is the risk answer of every tri question, "unsure" is never read as "no",
 * and answers to hidden questions are ignored.
 */
import fc from 'fast-check';
import { isShown, pruneHidden } from '@/lib/answers';
import type { AnswersDocument } from '@/lib/answers';
import { QUESTIONS } from '@/lib/questionnaire';
import { DRUGS, evaluate, SEVERITIES } from '@/rules';
import type { ScreeningResult, Severity } from '@/rules';
import { answersArbitrary, answersDocumentArbitrary } from '../support/arbitraries';
import { highest } from '../support/ruleCases';

const RUNS = { numRuns: 300 };

/** Higher is more serious; a drug no flag names ranks lowest. */
const rank = (severity: Severity | 'none' | undefined) =>
  severity === undefined || severity === 'none' ? -1 : SEVERITIES.length - SEVERITIES.indexOf(severity);

/**
 * The two tri questions where "yes" is not simply more risk (rules.md):
 * - shinglesVaccine is protective: `shingles-vaccine` fires on no or unsure, so "yes" removes it;
 *   its monotone direction is the reverse one (yes → no never removes a flag nor lowers a severity).
 * - pregnant = yes replaces `contraception` (fires only when pregnant ≠ yes) with the higher `pregnancy` flag;
 *   every other flag stays and no drug's overall severity drops.
 */
/** "yes" is the safe answer (rules.md: shingles-vaccine and varicella-immunity fire on "no"). */
const PROTECTIVE: readonly string[] = ['shinglesVaccine', 'chickenpoxImmune'];
const REPLACES_CONTRACEPTION = 'pregnant';
const TRI_IDS = QUESTIONS.filter((q) => q.type === 'tri').map((q) => q.id);

function withAnswer(doc: AnswersDocument, id: string, value: unknown): AnswersDocument {
  return { ...doc, answers: { ...doc.answers, [id]: value } };
}

const flagIds = (result: ScreeningResult) => result.flags.map((f) => f.id);

/** What `higher` loses or lowers compared with `lower`: flags gone (but `except`), per-drug and overall severities lowered. */
function lostOrLowered(lower: ScreeningResult, higher: ScreeningResult, except: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const flag of lower.flags.filter((f) => !except.includes(f.id))) {
    const same = higher.flags.find((f) => f.id === flag.id);
    if (same === undefined) problems.push(`${flag.id} removed`);
    for (const drug of DRUGS) {
      if (same !== undefined && rank(same.drugs[drug]) < rank(flag.drugs[drug])) problems.push(`${flag.id} lowered for ${drug}`);
    }
  }
  for (const drug of DRUGS) if (rank(higher.byDrug[drug]) < rank(lower.byDrug[drug])) problems.push(`byDrug lowered for ${drug}`);
  return problems;
}

test('evaluate never throws and always returns the result shape', () => {
  fc.assert(
    fc.property(answersDocumentArbitrary, (doc) => {
      const result = evaluate(doc);
      expect(Object.keys(result.byDrug).sort()).toEqual([...DRUGS].sort());
      expect(Array.isArray(result.unanswered) && Array.isArray(result.discussionPoints) && Array.isArray(result.baselineChecks)).toBe(true);
    }),
    RUNS,
  );
});

test('evaluate is deterministic and does not change its input', () => {
  fc.assert(
    fc.property(answersDocumentArbitrary, (doc) => {
      const copy = JSON.parse(JSON.stringify(doc)) as AnswersDocument;
      expect(evaluate(doc)).toEqual(evaluate(copy));
      expect(doc).toEqual(copy);
    }),
    RUNS,
  );
});

test('flags explain themselves: sorted by severity then id, severity the highest of their drugs, byDrug the highest per drug', () => {
  fc.assert(
    fc.property(answersDocumentArbitrary, (doc) => {
      const { flags, byDrug } = evaluate(doc);
      const order = flags.map((f) => [SEVERITIES.indexOf(f.severity), f.id] as const);
      expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)));
      for (const flag of flags) {
        expect(flag.severity).toBe(highest(Object.values(flag.drugs)));
        expect(flag.because.length).toBeGreaterThan(0);
        // rules.md "Unsure": a flag resting only on unsure answers never goes above `check`.
        if (flag.certainty === 'unsure') expect(rank(flag.severity)).toBeLessThanOrEqual(rank('check'));
      }
      for (const drug of DRUGS) expect(byDrug[drug]).toBe(highest(flags.flatMap((f) => f.drugs[drug] ?? [])) ?? 'none');
    }),
    RUNS,
  );
});

test('changing one tri answer from no to yes never removes a flag nor lowers a severity (contract exceptions: protective answers, pregnant replaces contraception)', () => {
  fc.assert(
    fc.property(answersDocumentArbitrary, fc.constantFrom(...TRI_IDS), (doc, id) => {
      const no = evaluate(withAnswer(doc, id, 'no'));
      const yes = evaluate(withAnswer(doc, id, 'yes'));
      if (PROTECTIVE.includes(id)) expect(lostOrLowered(yes, no)).toEqual([]);
      else if (id === REPLACES_CONTRACEPTION) expect(lostOrLowered(no, yes, ['contraception'])).toEqual([]);
      else expect(lostOrLowered(no, yes)).toEqual([]);
    }),
    { numRuns: 1000 },
  );
});

test('"unsure" never gives fewer flags than "no"', () => {
  fc.assert(
    fc.property(answersDocumentArbitrary, fc.constantFrom(...TRI_IDS), (doc, id) => {
      const no = flagIds(evaluate(withAnswer(doc, id, 'no')));
      const unsure = flagIds(evaluate(withAnswer(doc, id, 'unsure')));
      expect(unsure).toEqual(expect.arrayContaining(no));
    }),
    { numRuns: 1000 },
  );
});

test('answers to hidden questions never change the result', () => {
  fc.assert(
    fc.property(answersDocumentArbitrary, answersArbitrary, (doc, noise) => {
      const kept = pruneHidden(doc.answers);
      const hiddenIds = QUESTIONS.filter((q) => !isShown(q, kept)).map((q) => q.id);
      const noisy: Record<string, unknown> = { ...kept };
      for (const id of hiddenIds) {
        const value = (noise as Record<string, unknown>)[id];
        if (value !== undefined) noisy[id] = value;
      }
      const withoutHidden = evaluate({ ...doc, answers: kept });
      expect(evaluate(doc)).toEqual(withoutHidden);
      expect(evaluate({ ...doc, answers: noisy })).toEqual(withoutHidden);
    }),
    RUNS,
  );
});
