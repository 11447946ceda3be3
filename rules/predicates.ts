/**
 * Named conditions the rules are built from, so each `when` reads aloud. A condition returns the answers that
 * made it hold (the "because" trace) and whether it rests only on "not sure", or null when it does not hold.
 * Unknown is not "no": a tri question answered "unsure" matches as unsure wherever "yes" would match.
 */
import type { Answers } from '@/lib/answers';
import { JAK_TREATMENTS, PRESCRIPTION_TOPICAL_TREATMENTS } from '@/lib/questionnaire';
import type { Condition, Match } from './types';

type AnswerMap = Readonly<Record<string, unknown>>;
const read = (answers: Answers, question: string): unknown => (answers as AnswerMap)[question];

const matched = (question: string, answer: unknown, unsure = false): Match => ({ because: [{ question, answer }], unsure });

// The rules run per patient in batch (issue 15: ≤ 20 µs per patient), so a condition allocates as little as it can:
// a match on a fixed answer (a yes/no/not-sure or single-choice value) is built once when the rule is defined and
// returned for every patient, and a guard returns one shared empty match. They are frozen because they are shared:
// evaluate copies every trace into the flag it builds, and nothing may change a match it was given.
const fixedMatch = (question: string, answer: string, unsure = false): Match =>
  Object.freeze({ because: Object.freeze([Object.freeze({ question, answer })]) as Match['because'], unsure });
const GUARD: Match = Object.freeze({ because: Object.freeze([]) as unknown as Match['because'], unsure: false });

/** Tri question answered `risk` (reported) or "unsure" (unsure): unknown is never read as the safe answer. */
function reportsTri(question: string, risk: 'yes' | 'no'): Condition {
  const reported = fixedMatch(question, risk);
  const unsure = fixedMatch(question, 'unsure', true);
  return (answers) => {
    const answer = read(answers, question);
    if (answer === risk) return reported;
    if (answer === 'unsure') return unsure;
    return null;
  };
}

/** Tri question answered "yes" (reported) or "unsure" (unsure). */
export const reportsYes = (question: string): Condition => reportsTri(question, 'yes');

/** Tri question answered "no" (reported) or "unsure" (unsure): for protective answers such as a vaccine. */
export const reportsNo = (question: string): Condition => reportsTri(question, 'no');

/** Tri question not answered "yes" (blank counts): a guard that adds nothing to the trace. */
export function doesNotReportYes(question: string): Condition {
  return (answers) => (read(answers, question) === 'yes' ? null : GUARD);
}

/** Single-choice question answered with one of `values`; its "unsure" option, when `unsureCounts`, matches as unsure. */
export function choiceIs(question: string, values: readonly string[], options: { unsureCounts?: boolean } = {}): Condition {
  const reported = new Map(values.map((value) => [value, fixedMatch(question, value)]));
  const unsure = options.unsureCounts ? fixedMatch(question, 'unsure', true) : null;
  return (answers) => {
    const answer = read(answers, question);
    if (typeof answer !== 'string') return null;
    return reported.get(answer) ?? (answer === 'unsure' ? unsure : null);
  };
}

/** Multi-select answered and containing any of `values`. */
export function listHasAny(question: string, values: readonly string[]): Condition {
  return (answers) => {
    const answer = read(answers, question);
    return Array.isArray(answer) && answer.some((v) => values.includes(v)) ? matched(question, answer) : null;
  };
}

/** Multi-select answered (possibly "none") and containing none of `values`. Unanswered never matches. */
export function listHasNone(question: string, values: readonly string[]): Condition {
  return (answers) => {
    const answer = read(answers, question);
    return Array.isArray(answer) && !answer.some((v) => values.includes(v)) ? matched(question, answer) : null;
  };
}

function numberAtLeast(question: string, threshold: number): Condition {
  return (answers) => {
    const answer = read(answers, question);
    return typeof answer === 'number' && answer >= threshold ? matched(question, answer) : null;
  };
}

function numberBelow(question: string, threshold: number): Condition {
  return (answers) => {
    const answer = read(answers, question);
    return typeof answer === 'number' && answer < threshold ? matched(question, answer) : null;
  };
}

/** Multi-select not containing `value` (unanswered counts): a guard that adds nothing to the trace. */
export function listLacks(question: string, value: string): Condition {
  return (answers) => {
    const answer = read(answers, question);
    return Array.isArray(answer) && answer.includes(value) ? null : GUARD;
  };
}

/** Holds when `condition` does not: a guard that adds nothing to the trace. */
export function unless(condition: Condition): Condition {
  return (answers) => (condition(answers) === null ? GUARD : null);
}

/**
 * The parts' traces one after another, unsure as given. A single part with a trace is returned as it is when its
 * certainty is the combined one (no copy: the same trace), so a rule with one real condition and guards allocates
 * nothing more.
 */
function joined(matches: readonly Match[], unsure: boolean): Match {
  let only: Match | undefined;
  let because: Match['because'] | undefined;
  for (const m of matches) {
    if (m.because.length === 0) continue;
    if (only === undefined) only = m;
    else {
      because ??= [...only.because];
      for (const b of m.because) because.push(b);
    }
  }
  if (because !== undefined) return { because, unsure };
  if (only !== undefined) return only.unsure === unsure ? only : { because: [...only.because], unsure };
  return unsure ? { because: [], unsure } : GUARD;
}

/** Holds when any part holds; it is unsure only if every part that holds is unsure. */
export function anyOf(...conditions: Condition[]): Condition {
  return (answers) => {
    let matches: Match[] | undefined;
    let unsure = true;
    for (const condition of conditions) {
      const match = condition(answers);
      if (match === null) continue;
      (matches ??= []).push(match);
      unsure &&= match.unsure;
    }
    if (matches === undefined) return null;
    return matches.length === 1 ? matches[0] : joined(matches, unsure);
  };
}

/** Holds when every part holds; it is unsure if any part is unsure. */
export function allOf(...conditions: Condition[]): Condition {
  return (answers) => {
    const matches: Match[] = [];
    let unsure = false;
    for (const condition of conditions) {
      const match = condition(answers);
      if (match === null) return null;
      matches.push(match);
      unsure ||= match.unsure;
    }
    return joined(matches, unsure);
  };
}

// Treatment groups of questions.md step 3.
/** "Systemic" for the rules: oral steroids are not counted. */
export const SYSTEMIC_TREATMENTS = [
  'cyclosporine', 'methotrexate', 'azathioprine', 'mycophenolate',
  'dupilumab', 'tralokinumab', 'lebrikizumab', 'nemolizumab',
  'upadacitinib', 'abrocitinib', 'baricitinib', 'otherJak',
] as const;
export const PRESCRIPTION_TOPICALS = PRESCRIPTION_TOPICAL_TREATMENTS;
export { JAK_TREATMENTS };

// Age thresholds, each with its source.
/** EMA Art. 20 review [E1]: use only if no suitable alternative from 65; US lower dose (UPA 15 mg) [R3]. */
export const OLDER_ADULT_AGE = 65;
/** Boxed warning population of ORAL Surveillance: age ≥50 with ≥1 cardiovascular risk factor [R1][C7][T1]. */
export const CARDIOVASCULAR_RISK_AGE = 50;
/** Oral JAK inhibitors for AD from 12 years (US UPA and ABRO §1) [R3][C8]. */
export const ORAL_MINIMUM_AGE = 12;
/** Ruxolitinib cream (US, 2025-09) and baricitinib (UK/EU) for AD from 2 years [O1][B1]. */
export const CHILD_MINIMUM_AGE = 2;
/** Under 18 the US upadacitinib dose needs ≥40 kg [R3]. */
const ADULT_AGE = 18;

export const isAged = (years: number) => numberAtLeast('age', years);
export const isYoungerThan = (years: number) => numberBelow('age', years);
export const isAdolescent = allOf(isAged(ORAL_MINIMUM_AGE), isYoungerThan(ADULT_AGE));
