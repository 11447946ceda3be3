/**
 * Rule tables written from the contract (docs/contract/rules.md), not from the implementation.
 * A case names a situation, the answers laid on the low-risk baseline, the flag looked at, and the
 * per-drug severities expected (null: the flag must not fire).
 */
import { evaluate } from '@/rules';
import { SEVERITIES } from '@/rules/types';
import type { Certainty, DrugSeverities, Flag, Severity } from '@/rules/types';
import { buildDocument } from './buildAnswers';
import type { AnswerOverrides } from './buildAnswers';

export const oral = (severity: Severity): DrugSeverities => ({ upadacitinib: severity, abrocitinib: severity, baricitinib: severity });
export const all = (severity: Severity): DrugSeverities => ({ ...oral(severity), ruxolitinibCream: severity });

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

/** rules.md "Unsure": the same flag, every per-drug severity above `check` becomes `check`. */
export function asUnsure(drugs: DrugSeverities): DrugSeverities {
  return Object.fromEntries(
    Object.entries(drugs).map(([drug, severity]) => [drug, rank(severity) < rank('check') ? 'check' : severity]),
  ) as DrugSeverities;
}

export function highest(severities: readonly Severity[]): Severity | undefined {
  return [...severities].sort((a, b) => rank(a) - rank(b))[0];
}

export interface RuleCase {
  situation: string;
  answers: AnswerOverrides;
  flag: string;
  /** Per-drug severities expected, exactly; null when the flag must not fire. */
  drugs: DrugSeverities | null;
  certainty?: Certainty;
}

export function flagFor(answers: AnswerOverrides, id: string): Flag | undefined {
  return evaluate(buildDocument(answers)).flags.find((flag) => flag.id === id);
}

export function expectRuleCase({ answers, flag: id, drugs, certainty = 'reported' }: RuleCase): void {
  const flag = flagFor(answers, id);
  if (drugs === null) {
    expect(flag).toBeUndefined();
    return;
  }
  expect(flag).toBeDefined();
  expect({ drugs: flag?.drugs, certainty: flag?.certainty, severity: flag?.severity }).toEqual({
    drugs,
    certainty,
    severity: highest(Object.values(drugs)),
  });
}

/**
 * `yes`, `unsure` and `no` for a rule that fires on a tri answer `yes` (rules.md "Unsure").
 * `context` holds the answers needed for the question to be shown at all.
 */
export function triCases(flag: string, question: keyof AnswerOverrides, drugs: DrugSeverities, context: AnswerOverrides = {}): RuleCase[] {
  return [
    { situation: `${flag} fires on ${question} = yes`, answers: { ...context, [question]: 'yes' }, flag, drugs },
    { situation: `${flag} fires as unsure, capped at check, on ${question} = unsure`, answers: { ...context, [question]: 'unsure' }, flag, drugs: asUnsure(drugs), certainty: 'unsure' },
    { situation: `${flag} does not fire on ${question} = no`, answers: { ...context, [question]: 'no' }, flag, drugs: null },
    { situation: `${flag} does not fire when ${question} is left blank`, answers: { ...context, [question]: undefined }, flag, drugs: null },
  ];
}
