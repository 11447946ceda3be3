/**
 * evaluate(answers) → ScreeningResult: pure, synchronous and deterministic. Hidden answers are pruned first;
 * each flag carries the answers that fired it, and its words follow what fired it (rules/flagText.ts).
 * Flags are sorted by severity (highest first), then id.
 */
import { pruneHiddenForReading } from '@/lib/answers';
import type { Answers, AnswersDocument } from '@/lib/answers';
import type { Respondent } from '@/lib/questionnaire';
import { baselineChecksFor } from './baselineChecks';
import { RULES } from './catalogue';
import { discussionPointsFor } from './discussionPoints';
import { flagDetail, flagPatientText, flagTitle } from './flagText';
import { capForUnsure, namedDrugs } from './severity';
import { DRUGS } from './drugs';
import { SEVERITIES } from './types';
import type { Because, Drug, DrugSeverities, Flag, Match, Rule, RuleTrigger, ScreeningResult, Severity } from './types';
import { RULESET_VERSION } from './version';

/** A trigger with its drug tables worked out once: the named drugs, and the same capped for an unsure match. */
interface PreparedTrigger {
  trigger: RuleTrigger;
  named: DrugSeverities;
  cappedForUnsure: DrugSeverities;
  /** The highest severity in `named`, and in `cappedForUnsure`: the flag's severity when this trigger holds alone. */
  namedTop: Severity;
  cappedTop: Severity;
  /** Severity ranks of `named` and of `cappedForUnsure` per drug in registry order, NONE where it names none. */
  namedRanks: readonly number[];
  cappedRanks: readonly number[];
  /** flagTitle for this trigger, reported and unsure. */
  title: { reported: string; unsure: string };
}

/** flagPatientText of a rule: [certainty][voice], where the voice is the patient's own or anyone else's. */
interface PreparedPatientText {
  reported: { self: string; other: string };
  unsure: { self: string; other: string };
}

// Everything below that depends only on the catalogue is computed once at load, not for every patient, and the
// hot loop reads local constants rather than calling across modules (issue 15: ≤ 20 µs per patient, because the
// rules run over a clinic's files in batch). Results are the same as the plain definitions in ./severity.
const DRUG_ORDER: readonly Drug[] = [...DRUGS];
const RANK: Readonly<Record<Severity, number>> = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>;
/** The rank of "no severity": lower than every real one (0 = contraindication is the highest). */
const NONE = SEVERITIES.length;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const ranksOf = (drugs: DrugSeverities): number[] => DRUG_ORDER.map((drug) => (drugs[drug] === undefined ? NONE : RANK[drugs[drug]]));
const topOf = (drugs: DrugSeverities): Severity => SEVERITIES[Math.min(...ranksOf(drugs))];
// In id order, so the flags come out sorted by id and only need grouping by severity (a stable sort).
// The titles and patient texts depend only on the rule, the trigger, the certainty and the voice, so they too are
// worked out here (through the same functions of ./flagText).
const PREPARED: readonly { rule: Rule; triggers: readonly PreparedTrigger[]; patientText: PreparedPatientText }[] = [...RULES]
  .sort(byId)
  .map((rule) => ({
    rule,
    triggers: rule.triggers.map((trigger) => {
      const named = namedDrugs(trigger.drugs);
      const cappedForUnsure = capForUnsure(named);
      return {
        trigger,
        named,
        cappedForUnsure,
        namedTop: topOf(named),
        cappedTop: topOf(cappedForUnsure),
        namedRanks: ranksOf(named),
        cappedRanks: ranksOf(cappedForUnsure),
        title: { reported: flagTitle(rule, trigger, false), unsure: flagTitle(rule, trigger, true) },
      };
    }),
    patientText: {
      reported: { self: flagPatientText(rule, 'patient', false), other: flagPatientText(rule, 'caregiver', false) },
      unsure: { self: flagPatientText(rule, 'patient', true), other: flagPatientText(rule, 'caregiver', true) },
    },
  }));

/** Adds `more` into `into` (highest severity per drug wins, the earlier one on a tie), in registry order. */
function mergeInto(into: DrugSeverities, more: DrugSeverities): void {
  for (const drug of DRUG_ORDER) {
    const s = more[drug];
    if (s === undefined) continue;
    const had = into[drug];
    if (had === undefined || RANK[s] < RANK[had]) into[drug] = s;
  }
}

/** Lowers `top` (each drug's highest rank so far, in registry order) to `ranks` where they are higher. */
function raiseTop(top: number[], ranks: readonly number[]): void {
  for (let i = 0; i < top.length; i++) if (ranks[i] < top[i]) top[i] = ranks[i];
}

/**
 * The rule's flag for these answers, or null when no trigger holds; `top` (each drug's highest rank so far) takes
 * in the flag's drugs. The common case, one trigger holding, uses the trigger's tables worked out at load.
 */
function flagFor(
  { rule, triggers, patientText }: (typeof PREPARED)[number],
  answers: Answers,
  respondent: Respondent,
  top: number[],
): Flag | null {
  let first: PreparedTrigger | undefined;
  let firstMatch: Match | undefined;
  let firstReported: PreparedTrigger | undefined;
  let allUnsure = true;
  // Built only once a second trigger holds: the merged table and trace.
  let drugs: DrugSeverities | undefined;
  let because: Because[] | undefined;
  for (const prepared of triggers) {
    const match = prepared.trigger.when(answers);
    if (match === null) continue;
    if (first === undefined || firstMatch === undefined) {
      first = prepared;
      firstMatch = match;
    } else {
      if (drugs === undefined || because === undefined) {
        // The first trigger that held: its table and trace are taken as they are (copies, so the flag owns them).
        drugs = { ...(firstMatch.unsure ? first.cappedForUnsure : first.named) };
        because = dedupeByQuestion(firstMatch.because);
      }
      mergeInto(drugs, match.unsure ? prepared.cappedForUnsure : prepared.named);
      for (const b of match.because) {
        if (!because.some((seen) => seen.question === b.question)) because.push(b);
      }
    }
    if (!match.unsure) firstReported ??= prepared;
    allUnsure &&= match.unsure;
  }
  if (first === undefined || firstMatch === undefined) return null;
  let severity: Severity;
  if (drugs === undefined || because === undefined) {
    drugs = { ...(firstMatch.unsure ? first.cappedForUnsure : first.named) };
    because = dedupeByQuestion(firstMatch.because);
    severity = firstMatch.unsure ? first.cappedTop : first.namedTop;
    raiseTop(top, firstMatch.unsure ? first.cappedRanks : first.namedRanks);
  } else {
    const ranks = ranksOf(drugs);
    severity = SEVERITIES[Math.min(...ranks)];
    raiseTop(top, ranks);
  }
  return {
    id: rule.id,
    severity,
    drugs,
    certainty: allUnsure ? 'unsure' : 'reported',
    because,
    // As flagTitle(rule, firstReported ?? first, allUnsure) and flagPatientText(rule, respondent, allUnsure).
    title: allUnsure ? first.title.unsure : (firstReported ?? first).title.reported,
    detail: flagDetail(rule, because, allUnsure),
    patientText: patientText[allUnsure ? 'unsure' : 'reported'][respondent === 'patient' ? 'self' : 'other'],
    sources: rule.sources,
  };
}

/** The trace without a second entry for the same question (the first one stays), as a new array. */
function dedupeByQuestion(trace: readonly Because[]): Because[] {
  // Spelled out for the usual one or no entry: copying a frozen trace (rules/predicates.ts) with slice is slow.
  if (trace.length === 1) return [trace[0]];
  if (trace.length === 0) return [];
  const kept: Because[] = [];
  for (const b of trace) {
    if (!kept.some((seen) => seen.question === b.question)) kept.push(b);
  }
  return kept;
}

/** Each drug's highest severity from `top` (ranks in registry order), 'none' for NONE; keys in registry order. */
function highestPerDrug(top: readonly number[]): Record<Drug, Severity | 'none'> {
  const byDrug = {} as Record<Drug, Severity | 'none'>;
  for (let i = 0; i < DRUG_ORDER.length; i++) byDrug[DRUG_ORDER[i]] = top[i] === NONE ? 'none' : SEVERITIES[top[i]];
  return byDrug;
}

/** The screening result of one set of answers (schema version 2; read older ones through parseAnswersDocument). */
export function evaluate(answersDocument: AnswersDocument): ScreeningResult {
  // Hidden answers read as unanswered (undefined); the rules only read answers, never list them. The same pass
  // lists the questions shown but not answered.
  const unanswered: string[] = [];
  const answers = pruneHiddenForReading(answersDocument.answers, unanswered);
  const respondent = answersDocument.respondent ?? 'patient';
  // Sorted by severity (highest first), then id: the catalogue is walked in id order, one list per severity.
  const bySeverity: Flag[][] = [];
  for (let i = 0; i < NONE; i++) bySeverity.push([]);
  const top: number[] = [];
  for (let i = 0; i < DRUG_ORDER.length; i++) top.push(NONE);
  for (const prepared of PREPARED) {
    const flag = flagFor(prepared, answers, respondent, top);
    if (flag !== null) bySeverity[RANK[flag.severity]].push(flag);
  }
  // Joined by hand: Array.prototype.flat is slow for something this small and this often.
  const flags: Flag[] = [];
  for (const list of bySeverity) for (const flag of list) flags.push(flag);
  return {
    rulesetVersion: RULESET_VERSION,
    flags,
    byDrug: highestPerDrug(top),
    discussionPoints: discussionPointsFor(answers, flags, respondent),
    baselineChecks: baselineChecksFor(answers),
    unanswered,
  };
}
