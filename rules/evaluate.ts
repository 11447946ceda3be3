/**
 * evaluate(answers) → ScreeningResult: pure, synchronous and deterministic. Hidden answers are pruned first;
 * each flag carries the answers that fired it. Flags are sorted by severity (highest first), then id.
 */
import { pruneHidden, shownQuestions } from '@/lib/answers/pruneHidden';
import type { Answers, AnswersDocument } from '@/lib/answers/types';
import { baselineChecksFor } from './baselineChecks';
import { RULES } from './catalogue';
import { discussionPointsFor } from './discussionPoints';
import { capForUnsure, highestSeverity, mergeDrugSeverities, severityRank } from './severity';
import { DRUGS } from './types';
import type { Because, Drug, DrugSeverities, Flag, Rule, ScreeningResult, Severity } from './types';
import { RULESET_VERSION } from './version';

function flagFor(rule: Rule, answers: Answers): Flag | null {
  let drugs: DrugSeverities = {};
  const because: Because[] = [];
  let allUnsure = true;
  let fired = false;
  for (const trigger of rule.triggers) {
    const match = trigger.when(answers);
    if (match === null) continue;
    fired = true;
    allUnsure &&= match.unsure;
    drugs = mergeDrugSeverities(drugs, match.unsure ? capForUnsure(trigger.drugs) : trigger.drugs);
    for (const b of match.because) {
      if (!because.some((seen) => seen.question === b.question)) because.push(b);
    }
  }
  if (!fired) return null;
  const severity = highestSeverity(Object.values(drugs)) as Severity;
  const { id, title, detail, patientText, sources } = rule;
  return { id, severity, drugs, certainty: allUnsure ? 'unsure' : 'reported', because, title, detail, patientText, sources };
}

const bySeverityThenId = (a: Flag, b: Flag) =>
  severityRank(a.severity) - severityRank(b.severity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function highestPerDrug(flags: readonly Flag[]): Record<Drug, Severity | 'none'> {
  return Object.fromEntries(
    DRUGS.map((drug) => [drug, highestSeverity(flags.flatMap((f) => f.drugs[drug] ?? [])) ?? 'none']),
  ) as Record<Drug, Severity | 'none'>;
}

export function evaluate(answersDocument: AnswersDocument): ScreeningResult {
  const answers = pruneHidden(answersDocument.answers);
  const flags = RULES.map((rule) => flagFor(rule, answers))
    .filter((flag): flag is Flag => flag !== null)
    .sort(bySeverityThenId);
  const given = answers as Readonly<Record<string, unknown>>;
  return {
    rulesetVersion: RULESET_VERSION,
    flags,
    byDrug: highestPerDrug(flags),
    discussionPoints: discussionPointsFor(answers, flags),
    baselineChecks: baselineChecksFor(answers),
    unanswered: shownQuestions(answers)
      .filter((q) => given[q.id] === undefined)
      .map((q) => q.id),
  };
}
