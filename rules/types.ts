/**
 * The shapes of the rule catalogue and of its result (shared/clinical/rules.md: field names are a contract).
 * Rules import only answer types and the questionnaire definition from lib/.
 */
import type { Answers } from '@/lib/answers/types';

export const DRUGS = ['upadacitinib', 'abrocitinib', 'baricitinib', 'ruxolitinibCream'] as const;
export type Drug = (typeof DRUGS)[number];
export const ORAL_DRUGS = ['upadacitinib', 'abrocitinib', 'baricitinib'] as const satisfies readonly Drug[];

/** Highest first. */
export const SEVERITIES = ['contraindication', 'warning', 'check', 'discuss'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type DrugSeverities = Partial<Record<Drug, Severity>>;

export interface Source {
  /** The label, e.g. "Rinvoq (upadacitinib) US Prescribing Information". */
  label: string;
  section?: string;
  /** Revision date of the copy the fact was read in, where known (YYYY-MM or YYYY-MM-DD). */
  revised?: string;
  url?: string;
}

/** One answer that made a rule fire: the question id and the answer given. */
export interface Because {
  question: string;
  answer: unknown;
}

/** What a condition found: the answers behind it, and whether it rests only on "not sure" answers. */
export interface Match {
  because: Because[];
  unsure: boolean;
}

/** A named, pure test of the (already pruned) answers. null: does not hold. */
export type Condition = (answers: Answers) => Match | null;

export interface RuleTrigger {
  when: Condition;
  drugs: DrugSeverities;
}

export interface Rule {
  /** Stable id (contract). */
  id: string;
  title: string;
  /** For the clinician, plain clinical English; says where a fact is UNVERIFIED. */
  detail: string;
  /** For the patient: what to raise with the dermatologist, at about an 8th-grade level. Never a verdict. */
  patientText: string;
  /** The question ids this rule reads. */
  answerIds: string[];
  /** In plain words, what fires it (printed on the about page). */
  firesWhen: string;
  /** Usually one; a rule whose drugs depend on the situation has one per situation (their severities merge). */
  triggers: RuleTrigger[];
  sources: Source[];
}

export type Certainty = 'reported' | 'unsure';

export interface Flag {
  id: string;
  severity: Severity;
  drugs: DrugSeverities;
  certainty: Certainty;
  because: Because[];
  title: string;
  detail: string;
  patientText: string;
  sources: Source[];
}

export interface DiscussionPoint {
  id: string;
  text: string;
}

export interface BaselineCheck {
  id: string;
  text: string;
}

export interface ScreeningResult {
  rulesetVersion: string;
  flags: Flag[];
  byDrug: Record<Drug, Severity | 'none'>;
  discussionPoints: DiscussionPoint[];
  baselineChecks: BaselineCheck[];
  unanswered: string[];
}
