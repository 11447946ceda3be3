/**
 * The shapes of the rule catalogue and of its result (docs/contract/rules.md: field names are a contract).
 * Rules import only answer types and the questionnaire definition from lib/.
 */
import type { Answers } from '@/lib/answers';
import type { Respondent, Wording } from '@/lib/questionnaire';
import type { Drug } from './drugs';

export { DRUGS, ORAL_DRUGS, DRUG_REGISTRY, DRUGS_IN_DISPLAY_ORDER } from './drugs';
export type { Drug } from './drugs';

/** Highest first. */
export const SEVERITIES = ['contraindication', 'warning', 'check', 'discuss'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type DrugSeverities = Partial<Record<Drug, Severity>>;

/**
 * A trigger's severity for every drug of the registry, `null` where it does not apply: complete on purpose, so a
 * drug added to the registry gets no severity it was not given (rules/drugs.ts).
 */
export type PerDrug = Readonly<Record<Drug, Severity | null>>;

export interface Source {
  /** The label, e.g. "Rinvoq (upadacitinib) US Prescribing Information". */
  label: string;
  section?: string;
  /** Revision date of the copy the fact was read in, where known (YYYY-MM or YYYY-MM-DD). */
  revised?: string;
  /** A newer revision known to exist but not read here (shown on the about page). */
  newerRevisionNotRead?: string;
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
  drugs: PerDrug;
  /** A title for this situation when it differs from the rule's (e.g. age-below-approved: age vs weight). */
  title?: string;
  /** The title when this situation rests only on "not sure" answers (default: "Not sure: " + title). */
  unsureTitle?: string;
}

export interface Rule {
  /** Stable id (contract). */
  id: string;
  /** What the person reported, in a few words ("Hepatitis B in the past"). */
  title: string;
  /** The title for an unsure flag (default: "Not sure: " + title). */
  unsureTitle?: string;
  /**
   * For the clinician, plain clinical English: what the labels say about the situation; says where a fact is
   * UNVERIFIED. Never states the patient's answer: the flag's detail starts with the answers as given
   * ("Answers given — …" or "Answered “not sure” (not confirmed) — …", rules/flagText.ts).
   */
  detail: string;
  /** For the patient, when reported: what to raise, at about an 8th-grade level, in the patient's and the others' voice. */
  patientText: Wording;
  /**
   * For the patient, when unsure: the open question as a "whether …" clause ("whether you have had hepatitis B" /
   * "whether the patient has had hepatitis B"). Required for a rule that can fire on "not sure".
   */
  unsureAbout?: Wording;
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

export type { Respondent };

export interface ScreeningResult {
  rulesetVersion: string;
  flags: Flag[];
  byDrug: Record<Drug, Severity | 'none'>;
  discussionPoints: DiscussionPoint[];
  baselineChecks: BaselineCheck[];
  unanswered: string[];
}
