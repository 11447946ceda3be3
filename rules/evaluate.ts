/**
 * evaluate(answers) → ScreeningResult: pure, synchronous and deterministic. Hidden answers are pruned first;
 * each flag carries the answers that fired it, and its words follow what fired it (rules/flagText.ts).
 * Flags are sorted by severity (highest first), then id.
 */
import { pruneHiddenForReading, questionsShownFor } from '@/lib/answers';
import type { Answers, AnswersDocument } from '@/lib/answers';
import type { Respondent } from '@/lib/questionnaire';
import { baselineChecksFor } from './baselineChecks';
import { RULES } from './catalogue';
import { discussionPointsFor } from './discussionPoints';
import { flagDetail, flagPatientText, flagTitle } from './flagText';
import { capForUnsure, namedDrugs } from './severity';
import { DRUGS } from './drugs';
import { SEVERITIES } from './types';
import type { Because, Drug, DrugSeverities, Flag, Rule, RuleTrigger, ScreeningResult, Severity } from './types';
import { RULESET_VERSION } from './version';

/** A trigger with its drug tables worked out once: the named drugs, and the same capped for an unsure match. */
interface PreparedTrigger {
  trigger: RuleTrigger;
  named: DrugSeverities;
  cappedForUnsure: DrugSeverities;
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
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
// In id order, so the flags come out sorted by id and only need grouping by severity (a stable sort).
// The titles and patient texts depend only on the rule, the trigger, the certainty and the voice, so they too are
// worked out here (through the same functions of ./flagText).
const PREPARED: readonly { rule: Rule; triggers: readonly PreparedTrigger[]; patientText: PreparedPatientText }[] = [...RULES]
  .sort(byId)
  .map((rule) => ({
    rule,
    triggers: rule.triggers.map((trigger) => {
      const named = namedDrugs(trigger.drugs);
      return {
        trigger,
        named,
        cappedForUnsure: capForUnsure(named),
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

function flagFor(
  { rule, triggers, patientText }: (typeof PREPARED)[number],
  answers: Answers,
  respondent: Respondent,
): Flag | null {
  let drugs: DrugSeverities = {};
  let because: Because[] = [];
  let allUnsure = true;
  let first: PreparedTrigger | undefined;
  let firstReported: PreparedTrigger | undefined;
  for (const prepared of triggers) {
    const { trigger, named, cappedForUnsure } = prepared;
    const match = trigger.when(answers);
    if (match === null) continue;
    if (first === undefined) {
      // The first trigger that holds: its table and trace are taken as they are (copies, so the flag owns them).
      first = prepared;
      drugs = { ...(match.unsure ? cappedForUnsure : named) };
      because = dedupeByQuestion(match.because);
    } else {
      mergeInto(drugs, match.unsure ? cappedForUnsure : named);
      for (const b of match.because) {
        if (!because.some((seen) => seen.question === b.question)) because.push(b);
      }
    }
    if (!match.unsure) firstReported ??= prepared;
    allUnsure &&= match.unsure;
  }
  if (first === undefined) return null;
  let severity: Severity | undefined;
  for (const drug in drugs) {
    const s = drugs[drug as Drug] as Severity;
    if (severity === undefined || RANK[s] < RANK[severity]) severity = s;
  }
  return {
    id: rule.id,
    severity: severity as Severity,
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

/** The trace without a second entry for the same question (the first one stays). */
function dedupeByQuestion(trace: readonly Because[]): Because[] {
  const kept: Because[] = [];
  for (const b of trace) {
    if (!kept.some((seen) => seen.question === b.question)) kept.push(b);
  }
  return kept;
}


/** Each drug's highest severity over the flags, 'none' when no flag names it; keys in registry order. */
function highestPerDrug(flags: readonly Flag[]): Record<Drug, Severity | 'none'> {
  const byDrug = {} as Record<Drug, Severity | 'none'>;
  for (const drug of DRUG_ORDER) {
    let top: Severity | undefined;
    for (const flag of flags) {
      const s = flag.drugs[drug];
      if (s !== undefined && (top === undefined || RANK[s] < RANK[top])) top = s;
    }
    byDrug[drug] = top ?? 'none';
  }
  return byDrug;
}

/** The screening result of one set of answers (schema version 2; read older ones through parseAnswersDocument). */
export function evaluate(answersDocument: AnswersDocument): ScreeningResult {
  // Hidden answers read as unanswered (undefined); the rules only read answers, never list them.
  const answers = pruneHiddenForReading(answersDocument.answers);
  const respondent = answersDocument.respondent ?? 'patient';
  // Sorted by severity (highest first), then id: the catalogue is walked in id order, one list per severity.
  const bySeverity: Flag[][] = SEVERITIES.map(() => []);
  for (const prepared of PREPARED) {
    const flag = flagFor(prepared, answers, respondent);
    if (flag !== null) bySeverity[RANK[flag.severity]].push(flag);
  }
  const flags = bySeverity.flat();
  const given = answers as Readonly<Record<string, unknown>>;
  return {
    rulesetVersion: RULESET_VERSION,
    flags,
    byDrug: highestPerDrug(flags),
    discussionPoints: discussionPointsFor(answers, flags, respondent),
    baselineChecks: baselineChecksFor(answers),
    unanswered: questionsShownFor(answers)
      .filter((q) => given[q.id] === undefined)
      .map((q) => q.id),
  };
}
