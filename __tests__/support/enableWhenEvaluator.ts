/**
 * A small FHIR R4 enableWhen evaluator, written from the specification and independent of pruneHidden, to check
 * that the exported Questionnaire shows the same questions as the app.
 * - `=`: some answer equals; `!=`: no answer equals; `>` `<` `>=` `<=`: some answer compares; `exists`: answered or not.
 * - enableBehavior `all` / `any` over the list; required when the list has more than one entry.
 * - An item that is disabled counts as not answered for the items after it.
 * Codings are equal when system and code are; integers when the numbers are.
 */
import type {
  Coding,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemEnableWhen,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';

export type RawAnswers = Readonly<Record<string, readonly QuestionnaireResponseItemAnswer[]>>;

function sameCoding(a: Coding | undefined, b: Coding | undefined): boolean {
  return a !== undefined && b !== undefined && a.system === b.system && a.code === b.code;
}

function compare(answer: QuestionnaireResponseItemAnswer, when: QuestionnaireItemEnableWhen): number | null {
  if (when.answerInteger !== undefined && answer.valueInteger !== undefined) return answer.valueInteger - when.answerInteger;
  return null;
}

function holds(when: QuestionnaireItemEnableWhen, answered: RawAnswers): boolean {
  const answers = answered[when.question] ?? [];
  const equal = (a: QuestionnaireResponseItemAnswer) =>
    when.answerCoding ? sameCoding(a.valueCoding, when.answerCoding) : compare(a, when) === 0;
  const some = (test: (n: number) => boolean) =>
    answers.some((a) => {
      const n = compare(a, when);
      return n !== null && test(n);
    });
  switch (when.operator) {
    case 'exists':
      return (answers.length > 0) === when.answerBoolean;
    case '=':
      return answers.some(equal);
    case '!=':
      return !answers.some(equal);
    case '>':
      return some((n) => n > 0);
    case '<':
      return some((n) => n < 0);
    case '>=':
      return some((n) => n >= 0);
    case '<=':
      return some((n) => n <= 0);
  }
}

function isEnabled(item: QuestionnaireItem, answered: RawAnswers): boolean {
  const list = item.enableWhen ?? [];
  if (list.length === 0) return true;
  if (list.length > 1 && !item.enableBehavior) throw new Error(`${item.linkId}: several enableWhen without enableBehavior`);
  return item.enableBehavior === 'any' ? list.some((w) => holds(w, answered)) : list.every((w) => holds(w, answered));
}

/**
 * Fills the form in order with the given answers: returns which question items are enabled, and the answers that
 * a form filler would keep (those of enabled items).
 */
export function fillForm(questionnaire: Questionnaire, raw: RawAnswers): { enabled: Set<string>; kept: RawAnswers } {
  const enabled = new Set<string>();
  const kept: Record<string, readonly QuestionnaireResponseItemAnswer[]> = {};
  const walk = (items: readonly QuestionnaireItem[]) => {
    for (const item of items) {
      if (item.type === 'display' || !isEnabled(item, kept)) continue;
      if (item.type === 'group') {
        // A question's own group (treatmentOutcomes: one child per row), as opposed to a step's group.
        if (!item.linkId.startsWith('step-')) enabled.add(item.linkId);
        walk(item.item ?? []);
        continue;
      }
      enabled.add(item.linkId);
      if ((raw[item.linkId] ?? []).length > 0) kept[item.linkId] = raw[item.linkId];
    }
  };
  walk(questionnaire.item ?? []);
  return { enabled, kept };
}
