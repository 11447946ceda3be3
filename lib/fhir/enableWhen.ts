/**
 * "Shown when" (lib/questionnaire Condition) as FHIR R4 `enableWhen` + `enableBehavior`.
 *
 * How each condition maps, and why it means the same as pruneHidden/conditionHolds:
 * - `atLeast` → `>=` answerInteger, `below` → `<` answerInteger. FHIR: "true if at least one answer has a value
 *   ≥ / <"; an unanswered question has none, so false, as ours.
 * - `notEquals` → `!=` answerCoding. Ours: "≠ on an unanswered question is true". FHIR R4B/R5 define `!=` as
 *   "true if no answer has a value that is equal to the enableWhen answer", so unanswered is true, the same.
 *   (R4 4.0.1's wording, "true if whether at least no answer…", is garbled; R4B fixed the text, not the meaning.
 *   A renderer that reads it as false would hide `pregnant`/`planningPregnancy` until `pregnancyPossible` is
 *   answered: the safe side, the person can still answer them after answering that one.)
 * - `hasAny` → one `=` answerCoding per value, `enableBehavior: any` ("has any" on an unanswered list is false;
 *   FHIR `=` on no answer is false).
 * - `oneOf` (a single answer equal to one of several codes: `jakReaction` = yes or unsure) → the same as `hasAny`:
 *   one `=` per code, `enableBehavior: any`.
 * - `all` → the conditions' enableWhen together, `enableBehavior: all`, when each of them is a single test.
 * - A hidden question's answer: FHIR R4 says enableWhen on a disabled item proceeds as though it were not
 *   valued; pruneHidden reads only the answers it kept, so the same.
 *
 * Not expressible in plain enableWhen: an `all` that contains a `hasAny` with several values (all-of-any),
 * since enableBehavior applies to the whole list. Such a condition gets the SDC `enableWhenExpression`
 * (FHIRPath over the response) instead, and no enableWhen (SDC: only permitted when the item has no
 * enableWhen). SDC renderers (LHC-Forms, Smart Forms) evaluate it; a plain R4 reader shows the item always,
 * which loses no answer (pruneHidden drops it before the rules). No question of contract v1 needs it.
 */
import type { Extension, QuestionnaireItemEnableWhen } from '@medplum/fhirtypes';
import { questionById } from '@/lib/questionnaire';
import type { Condition, Question } from '@/lib/questionnaire';
import { answerSystem, EXTENSION } from './canonical';

export type EnableWhenParts =
  | { enableWhen: QuestionnaireItemEnableWhen[]; enableBehavior?: 'all' | 'any' }
  | { enableWhenExpression: Extension };

type Lookup = (id: string) => Question | undefined;

function codingFor(questionId: string, code: string, lookup: Lookup) {
  const question = lookup(questionId);
  const system = question && answerSystem(question);
  if (!system) throw new Error(`shownWhen reads "${questionId}", which is not a coded question`);
  return { system, code };
}

/** The enableWhen list of a condition, and whether its parts must all or any hold; null when not expressible. */
function toEnableWhen(
  condition: Condition,
  lookup: Lookup,
): { items: QuestionnaireItemEnableWhen[]; behavior: 'all' | 'any' } | null {
  switch (condition.op) {
    case 'atLeast':
      return { items: [{ question: condition.question, operator: '>=', answerInteger: condition.value }], behavior: 'all' };
    case 'below':
      return { items: [{ question: condition.question, operator: '<', answerInteger: condition.value }], behavior: 'all' };
    case 'notEquals':
      return {
        items: [{ question: condition.question, operator: '!=', answerCoding: codingFor(condition.question, condition.value, lookup) }],
        behavior: 'all',
      };
    case 'hasAny':
    case 'oneOf':
      return {
        items: condition.values.map((value) => ({
          question: condition.question,
          operator: '=' as const,
          answerCoding: codingFor(condition.question, value, lookup),
        })),
        behavior: 'any',
      };
    case 'all': {
      const parts = condition.conditions.map((c) => toEnableWhen(c, lookup));
      if (parts.some((p) => p === null || (p.behavior === 'any' && p.items.length > 1))) return null;
      return { items: parts.flatMap((p) => p!.items), behavior: 'all' };
    }
  }
}

const answersOf = (linkId: string) => `%resource.repeat(item).where(linkId = '${linkId}').answer.value`;
const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(' | ');

/** The same condition in FHIRPath, evaluated against the QuestionnaireResponse being filled in. */
function conditionToFhirPath(condition: Condition): string {
  switch (condition.op) {
    case 'atLeast':
      return `${answersOf(condition.question)}.where($this >= ${condition.value}).exists()`;
    case 'below':
      return `${answersOf(condition.question)}.where($this < ${condition.value}).exists()`;
    case 'notEquals':
      return `${answersOf(condition.question)}.where(code = '${condition.value}').exists().not()`;
    case 'hasAny':
    case 'oneOf':
      return `${answersOf(condition.question)}.where(code in (${quoted(condition.values)})).exists()`;
    case 'all':
      return condition.conditions.map((c) => `(${conditionToFhirPath(c)})`).join(' and ');
  }
}

/** The FHIR form of a question's "shown when". */
export function enableWhenParts(condition: Condition, lookup: Lookup = questionById): EnableWhenParts {
  const plain = toEnableWhen(condition, lookup);
  if (plain) {
    return plain.items.length > 1 ? { enableWhen: plain.items, enableBehavior: plain.behavior } : { enableWhen: plain.items };
  }
  return {
    enableWhenExpression: {
      url: EXTENSION.enableWhenExpression,
      valueExpression: { language: 'text/fhirpath', expression: conditionToFhirPath(condition) },
    },
  };
}
