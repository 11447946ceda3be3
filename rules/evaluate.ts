/**
 * evaluate(answers) → ScreeningResult: pure, synchronous and deterministic. Hidden answers are pruned first;
 * each flag carries the answers that fired it, and its words follow what fired it (rules/flagText.ts).
 * Flags are sorted by severity (highest first), then id.
 */
import { pruneHidden, shownQuestions } from '@/lib/answers/pruneHidden';
import type { Answers, AnswersDocument } from '@/lib/answers/types';
import type { Respondent } from '@/lib/questionnaire/types';
import { baselineChecksFor } from './baselineChecks';
import { RULES } from './catalogue';
import { discussionPointsFor } from './discussionPoints';
import { flagDetail, flagPatientText, flagTitle } from './flagText';
import { capForUnsure, highestSeverity, mergeDrugSeverities, namedDrugs, severityRank } from './severity';
import { DRUGS } from './types';
import type { Because, Drug, DrugSeverities, Flag, Rule, RuleTrigger, ScreeningResult, Severity } from './types';
import { RULESET_VERSION } from './version';

function flagFor(rule: Rule, answers: Answers, respondent: Respondent): Flag | null {
  let drugs: DrugSeverities = {};
  const because: Because[] = [];
  let allUnsure = true;
  let first: RuleTrigger | undefined;
  let firstReported: RuleTrigger | undefined;
  for (const trigger of rule.triggers) {
    const match = trigger.when(answers);
    if (match === null) continue;
    first ??= trigger;
    if (!match.unsure) firstReported ??= trigger;
    allUnsure &&= match.unsure;
    const named = namedDrugs(trigger.drugs);
    drugs = mergeDrugSeverities(drugs, match.unsure ? capForUnsure(named) : named);
    for (const b of match.because) {
      if (!because.some((seen) => seen.question === b.question)) because.push(b);
    }
  }
  if (first === undefined) return null;
  const severity = highestSeverity(Object.values(drugs)) as Severity;
  return {
    id: rule.id,
    severity,
    drugs,
    certainty: allUnsure ? 'unsure' : 'reported',
    because,
    title: flagTitle(rule, firstReported ?? first, allUnsure),
    detail: flagDetail(rule, because, allUnsure),
    patientText: flagPatientText(rule, respondent, allUnsure),
    sources: rule.sources,
  };
}

const bySeverityThenId = (a: Flag, b: Flag) =>
  severityRank(a.severity) - severityRank(b.severity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function highestPerDrug(flags: readonly Flag[]): Record<Drug, Severity | 'none'> {
  return Object.fromEntries(
    DRUGS.map((drug) => [drug, highestSeverity(flags.flatMap((f) => f.drugs[drug] ?? [])) ?? 'none']),
  ) as Record<Drug, Severity | 'none'>;
}

/** The screening result of one set of answers (schema version 2; read older files through parseAnswersDocument). */
export function evaluate(answersDocument: AnswersDocument): ScreeningResult {
  const answers = pruneHidden(answersDocument.answers);
  const respondent = answersDocument.respondent ?? 'patient';
  const flags = RULES.map((rule) => flagFor(rule, answers, respondent))
    .filter((flag): flag is Flag => flag !== null)
    .sort(bySeverityThenId);
  const given = answers as Readonly<Record<string, unknown>>;
  return {
    rulesetVersion: RULESET_VERSION,
    flags,
    byDrug: highestPerDrug(flags),
    discussionPoints: discussionPointsFor(answers, flags, respondent),
    baselineChecks: baselineChecksFor(answers),
    unanswered: shownQuestions(answers)
      .filter((q) => given[q.id] === undefined)
      .map((q) => q.id),
  };
}
