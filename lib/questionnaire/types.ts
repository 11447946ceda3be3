/**
 * The shape of the questionnaire definition. The definition itself (questions.ts) is data of these types;
 * the zod schema, the UI, the review page and the FHIR export all read it.
 */

export const TRI_VALUES = ['yes', 'no', 'unsure'] as const;
export type TriValue = (typeof TRI_VALUES)[number];

export const RESPONDENTS = ['patient', 'caregiver', 'staff'] as const;
export type Respondent = (typeof RESPONDENTS)[number];

/** Patient wording in two voices: `self` when the patient answers, `other` for a caregiver or clinic staff. */
export interface Wording {
  readonly self: string;
  readonly other: string;
}

export interface Option {
  readonly id: string;
  /** What the person sees. Medicine groups show example drug names here, never an enzyme name. */
  readonly label: string;
  readonly hint?: string;
}

/**
 * When a question is shown. Reads only earlier questions (questions.md):
 * a comparison on an unanswered question is false, "≠" on an unanswered question is true,
 * and "has any" on an unanswered list is false.
 */
export type Condition =
  | { readonly op: 'atLeast'; readonly question: string; readonly value: number }
  | { readonly op: 'below'; readonly question: string; readonly value: number }
  | { readonly op: 'notEquals'; readonly question: string; readonly value: string }
  | { readonly op: 'hasAny'; readonly question: string; readonly values: readonly string[] }
  /** A single answer (tri or choice) equal to one of `values`; false when unanswered. */
  | { readonly op: 'oneOf'; readonly question: string; readonly values: readonly string[] }
  | { readonly op: 'all'; readonly conditions: readonly Condition[] };

interface QuestionBase {
  readonly id: string;
  readonly text: Wording;
  /** Plain-language help for medical words, shown under the question and linked by aria-describedby. */
  readonly help?: Wording;
  /** A few words for the clinician's table of answers. */
  readonly short: string;
  readonly shownWhen?: Condition;
  readonly required?: boolean;
  /** For a required question: what to do when it is left blank, in the words of an error message. */
  readonly blankError?: Wording;
}

export interface TriQuestion extends QuestionBase {
  readonly type: 'tri';
}
export interface ChoiceQuestion extends QuestionBase {
  readonly type: 'choice';
  readonly options: readonly Option[];
}
export interface MultiQuestion extends QuestionBase {
  readonly type: 'multi';
  /** `none`, when listed, is exclusive. */
  readonly options: readonly Option[];
}
export interface IntegerQuestion extends QuestionBase {
  readonly type: 'integer';
  readonly min: number;
  readonly max: number;
  /** A 0–10 style scale: shown as a row of buttons, never a slider only. */
  readonly scale?: { readonly minLabel: string; readonly maxLabel: string };
  readonly unit?: string;
  /**
   * Presentation hint: the answer is worked out from the date of birth typed before the first step (the age in
   * completed years), so the question is asked only when no full date of birth was given, and shown again to be
   * confirmed only when an age already given and the date disagree.
   */
  readonly fromBirthDate?: true;
}
export interface TextQuestion extends QuestionBase {
  readonly type: 'text';
  readonly maxLength: number;
}

/**
 * One choice per item picked in an earlier list (questions.md `treatmentOutcomes`): the answer is a map from the
 * list's option id to one of `options`. Keys the list does not hold are hidden answers (pruneHidden drops them).
 */
export interface MapQuestion extends QuestionBase {
  readonly type: 'map';
  /** The multi question whose chosen options (except `none`) are the rows. */
  readonly keysFrom: string;
  /** Every possible row (the list's options without `none`). */
  readonly keys: readonly Option[];
  /** The choices of each row. */
  readonly options: readonly Option[];
}

export type Question = TriQuestion | ChoiceQuestion | MultiQuestion | IntegerQuestion | TextQuestion | MapQuestion;

/**
 * A presentation hint, not an answer: yes / no / not sure questions of one step that sit next to each other and
 * are shown as one compact grid (a row per question, each row its own radio group named by its question) with a
 * "No to all of these" button. Every row keeps its own answer under its own linkId.
 */
export interface QuestionGroup {
  /** Ids of `tri` questions of the step, in the step's order and next to each other. */
  readonly questions: readonly string[];
  /** What the rows have in common, as the grid's legend. */
  readonly legend: Wording;
}

/**
 * A presentation hint, not an answer: a multi question and a map question asked together, one small table per
 * item ticked in an earlier list (questions.md: `treatmentsCurrent` and `treatmentOutcomes` per treatment tried).
 * The answers stay the list (`tick`) and the map (`choice`) of the contract.
 */
export interface PerItemTable {
  /** The multi question whose ticked options (except `none`) are the tables. */
  readonly rowsFrom: string;
  /** The multi question answered by one tick box per table ("Using now"). */
  readonly tick: string;
  /** The tick box's label in each table. */
  readonly tickLabel: Wording;
  /** The map question answered by one radio group per table ("How did it go?"). */
  readonly choice: string;
}

export interface Step {
  readonly id: string;
  readonly title: Wording;
  readonly intro?: Wording;
  readonly questions: readonly Question[];
  /** Questions shown together as one grid (presentation only). */
  readonly groups?: readonly QuestionGroup[];
  /** Questions asked per item of an earlier list (presentation only). */
  readonly perItemTable?: PerItemTable;
}
