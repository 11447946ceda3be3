/**
 * Answer types, derived from the questionnaire definition: one entry in questions.ts is one typed answer here.
 */
import type { DefinedQuestion } from '@/lib/questionnaire';
import type { Respondent, TriValue } from '@/lib/questionnaire/types';

type OptionIds<Q> = Q extends { readonly options: readonly (infer O)[] } ? (O extends { readonly id: infer I } ? I : never) : never;

type KeyIds<Q> = Q extends { readonly keys: readonly (infer O)[] } ? (O extends { readonly id: infer I } ? I & string : never) : never;

type AnswerValue<Q> = Q extends { readonly type: 'map' }
  ? Partial<Record<KeyIds<Q>, OptionIds<Q>>>
  : Q extends { readonly type: 'tri' }
  ? TriValue
  : Q extends { readonly type: 'choice' }
    ? OptionIds<Q>
    : Q extends { readonly type: 'multi' }
      ? OptionIds<Q>[]
      : Q extends { readonly type: 'integer' }
        ? number
        : Q extends { readonly type: 'text' }
          ? string
          : never;

/** Every answer is optional here: a shown question may be skipped, a hidden one has no answer. */
export type Answers = { [Q in DefinedQuestion as Q['id']]?: AnswerValue<Q> };

declare const pruned: unique symbol;
/**
 * Answers with every answer to a hidden question dropped (pruneHidden). The brand exists only for the type
 * checker: only pruneHidden makes one, so code that takes PrunedAnswers never needs to prune again.
 */
export type PrunedAnswers = Answers & { readonly [pruned]: true };

/** Name and date of birth: optional, typed only for the printed summary, never read by the rules. */
export interface PatientIdentity {
  name?: string;
  dateOfBirth?: string;
}

/** The answers document of questions.md (v2): what the CLI, the answer files and the rules take. */
export interface AnswersDocument {
  schemaVersion: 2;
  respondent: Respondent;
  answers: Answers;
  patient?: PatientIdentity;
}

/** An answers document whose answers went through pruneHidden: what the flow holds and hands on. */
export type PrunedDocument = Omit<AnswersDocument, 'answers'> & { answers: PrunedAnswers };
