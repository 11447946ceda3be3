/** Inform, never decide (team brief, non-negotiable 2): no verdict in any text the rules produce. */
import fc from 'fast-check';
import { evaluate, RULES } from '@/rules';
import { answersDocumentArbitrary } from '../support/arbitraries';

const VERDICT = /eligible|safe for you|you should not take|you cannot take|recommended for you|must not|contraindicated for you/i;

test.each(RULES.map((rule) => [rule.id, rule] as const))('%s: title, detail and patient wording give no verdict', (_id, rule) => {
  for (const text of [rule.title, rule.detail, rule.patientText.self, rule.patientText.other, rule.firesWhen]) expect(text).not.toMatch(VERDICT);
});

test('discussion points and baseline checks give no verdict, whatever the answers', () => {
  fc.assert(
    fc.property(answersDocumentArbitrary, (doc) => {
      const { discussionPoints, baselineChecks } = evaluate(doc);
      // The patient's own questions are echoed as typed: their words, not ours.
      const ours = discussionPoints.filter((p) => p.id !== 'own-questions');
      const texts = [...ours, ...baselineChecks].map((p) => p.text);
      expect(texts.filter((text) => VERDICT.test(text))).toEqual([]);
    }),
  );
});
