/**
 * @jest-environment node
 */
/**
 * Issue 10: random answer documents → QuestionnaireResponse → randomly reshaped (questions moved under other
 * questions or under answers, items duplicated, unknown elements or linkIds added, a name written twice). The
 * shared reader either gives back exactly the original (pruned) answers, or refuses; it never gives other answers.
 */
import fc from 'fast-check';
import type { QuestionnaireResponseItem } from '@medplum/fhirtypes';
import { pruneHidden } from '@/lib/answers';
import { asImported } from '@/__tests__/support/asImported';
import { answersToQuestionnaireResponse } from '@/lib/fhir';
import { readAnswersText } from '@/lib/import';
import { fhirDocumentArbitrary } from '../../support/fhirArbitraries';

type Item = QuestionnaireResponseItem & Record<string, unknown>;
type Edit = { kind: 'nestUnderItem' | 'nestUnderAnswer' | 'duplicate' | 'unknownElement' | 'unknownLinkId' | 'duplicateKey'; pick: number; target: number };

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('nestUnderItem', 'nestUnderAnswer', 'duplicate', 'unknownElement', 'unknownLinkId', 'duplicateKey'),
  pick: fc.nat(),
  target: fc.nat(),
});

/** Every question item, wherever it sits, with the list that holds it. */
function questionSlots(items: Item[], out: { list: Item[]; item: Item }[] = []) {
  for (const item of items) {
    if (item.answer) out.push({ list: items, item });
    questionSlots((item.item ?? []) as Item[], out);
    for (const answer of item.answer ?? []) questionSlots((answer.item ?? []) as Item[], out);
  }
  return out;
}

/** Applies one edit; returns the JSON text (a duplicate key can only be written as text). */
function apply(root: { item?: Item[] }, edit: Edit): string {
  const slots = questionSlots(root.item ?? []);
  if (slots.length < 2) return JSON.stringify(root);
  const moved = slots[edit.pick % slots.length];
  const host = slots[edit.target % slots.length];
  switch (edit.kind) {
    case 'nestUnderItem':
    case 'nestUnderAnswer': {
      if (moved.item === host.item || JSON.stringify(moved.item).includes(JSON.stringify(host.item))) return JSON.stringify(root);
      moved.list.splice(moved.list.indexOf(moved.item), 1);
      if (edit.kind === 'nestUnderItem') host.item.item = [...(host.item.item ?? []), moved.item];
      else host.item.answer![0].item = [...(host.item.answer![0].item ?? []), moved.item];
      return JSON.stringify(root);
    }
    case 'duplicate':
      host.list.push(structuredClone(moved.item));
      return JSON.stringify(root);
    case 'unknownElement':
      host.item.answerText = 'x';
      return JSON.stringify(root);
    case 'unknownLinkId':
      host.list.push({ linkId: `unknown${edit.pick}`, answer: [{ valueString: 'x' }] });
      return JSON.stringify(root);
    case 'duplicateKey': {
      const text = JSON.stringify(root);
      const at = text.indexOf('"linkId":');
      return at < 0 ? text : `${text.slice(0, at)}"linkId":"hiv",${text.slice(at)}`;
    }
  }
}

test('a reshaped response reads as exactly the original answers, or is refused', () => {
  let read = 0;
  let refused = 0;
  fc.assert(
    // Responses as the app writes them: every "using now" tick's treatment listed (asImported).
    fc.property(fhirDocumentArbitrary.map(asImported), fc.array(editArbitrary, { minLength: 1, maxLength: 4 }), (doc, edits) => {
      const response = structuredClone(answersToQuestionnaireResponse(doc, { authored: '2026-11-23T09:30:00Z' })) as { item?: Item[] };
      let text = JSON.stringify(response);
      for (const edit of edits) text = apply(JSON.parse(text), edit);
      const result = readAnswersText(text, { today: '2026-12-05' });
      if (result.ok) {
        read++;
        expect(result.document.answers).toEqual(pruneHidden(doc.answers));
        expect(result.document.respondent).toBe(doc.respondent);
      } else {
        refused++;
        expect(result.problems.length).toBeGreaterThan(0);
      }
    }),
    { numRuns: 300 },
  );
  // Both outcomes happen: the property is not vacuous.
  expect(read).toBeGreaterThan(0);
  expect(refused).toBeGreaterThan(0);
});
