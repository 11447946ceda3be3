/**
 * @jest-environment node
 */
import fc from 'fast-check';
import type { QuestionnaireItem, QuestionnaireResponseItemAnswer } from '@medplum/fhirtypes';
import { isShown, pruneHidden } from '@/lib/answers';
import { QUESTIONS, STEPS, TREATMENT_IDS } from '@/lib/questionnaire';
import type { Question, Step } from '@/lib/questionnaire';
import {
  EXTENSION,
  QUESTIONNAIRE_URL,
  YES_NO_UNSURE_SYSTEM,
  optionSystem,
  questionnaireToFhir,
} from '@/lib/fhir';
import { r4QuestionnaireSchema, structureProblems } from '@/__tests__/support/r4Structure';
import { answerSystem } from '@/lib/fhir/canonical';
import { fhirAnswersArbitrary } from '../../support/fhirArbitraries';
import { fillForm } from '../../support/enableWhenEvaluator';

const questionnaire = questionnaireToFhir();
const groups = questionnaire.item ?? [];
const items = new Map(groups.flatMap((g) => g.item ?? []).map((i) => [i.linkId, i]));
const item = (linkId: string): QuestionnaireItem => {
  const found = items.get(linkId);
  if (!found) throw new Error(`no item ${linkId}`);
  return found;
};

test('the Questionnaire names itself by the canonical URL and version 2, and is active', () => {
  expect(questionnaire).toMatchObject({ resourceType: 'Questionnaire', url: QUESTIONNAIRE_URL, version: '2', status: 'active' });
  expect(QUESTIONNAIRE_URL).toBe('https://jak-screener.example/fhir/Questionnaire/jak-screener');
});

test('one group per step, in order, holding its questions in order', () => {
  expect(groups.map((g) => [g.linkId, g.type])).toEqual(STEPS.map((s) => [`step-${s.id}`, 'group']));
  groups.forEach((group, i) => {
    const questionIds = (group.item ?? []).map((q) => q.linkId);
    expect(questionIds).toEqual((STEPS[i] as Step).questions.map((q) => q.id));
  });
});

test('passes the FHIR R4 structure rules for the elements used', () => {
  expect(structureProblems(r4QuestionnaireSchema, questionnaire)).toEqual([]);
});

const EXPECTED_TYPE: Record<Question['type'], string> = { tri: 'choice', choice: 'choice', multi: 'choice', integer: 'integer', text: 'text', map: 'group' };

test.each(QUESTIONS.map((q) => [q.id, q] as const))('%s: type, text, required, repeats and limits', (id, question) => {
  const fhir = item(id);
  expect(fhir.type).toBe(EXPECTED_TYPE[question.type]);
  expect(fhir.text).toBe(question.text.self);
  expect(fhir.required ?? false).toBe(question.required ?? false);
  expect(fhir.repeats ?? false).toBe(question.type === 'multi');
  expect(fhir.maxLength).toBe(question.type === 'text' ? question.maxLength : undefined);
  const range = (fhir.extension ?? []).filter((e) => e.url === EXTENSION.minValue || e.url === EXTENSION.maxValue);
  expect(range).toEqual(
    question.type === 'integer'
      ? [
          { url: EXTENSION.minValue, valueInteger: question.min },
          { url: EXTENSION.maxValue, valueInteger: question.max },
        ]
      : [],
  );
});

test.each(QUESTIONS.map((q) => [q.id, q] as const))('%s: answer options coded with the option ids of questions.md', (id, question) => {
  const codings = (item(id).answerOption ?? []).map((o) => o.valueCoding);
  const expected =
    question.type === 'tri'
      ? ['yes', 'no', 'unsure'].map((code) => ({ system: YES_NO_UNSURE_SYSTEM, code }))
      : question.type === 'choice' || question.type === 'multi'
        ? question.options.map((o) => ({ system: optionSystem(id), code: o.id }))
        : [];
  // A map question's options sit on its row items (checked below), not on its group.
  expect(codings.map((c) => ({ system: c?.system, code: c?.code }))).toEqual(expected);
  codings.forEach((c) => expect(c?.display).toEqual(expect.any(String)));
});

test('"none" is the exclusive option of every multi-select list that has one, and only it', () => {
  for (const question of QUESTIONS.filter((q) => q.type === 'multi' && q.options.some((o) => o.id === 'none'))) {
    const exclusive = (item(question.id).answerOption ?? [])
      .filter((o) => o.extension?.some((e) => e.url === EXTENSION.optionExclusive && e.valueBoolean === true))
      .map((o) => o.valueCoding?.code);
    expect(exclusive).toEqual(['none']);
  }
});

test('help text is a display child with itemControl "help"', () => {
  for (const question of QUESTIONS) {
    const help = (item(question.id).item ?? []).filter((i) => i.type === 'display');
    if (!question.help) {
      expect(help).toEqual([]);
      continue;
    }
    expect(help).toHaveLength(1);
    expect(help[0].text).toBe(question.help.self);
    expect(help[0].extension?.[0].valueCodeableConcept?.coding?.[0]).toMatchObject({ code: 'help' });
  }
});

const yesNo = (code: string) => ({ system: YES_NO_UNSURE_SYSTEM, code });
/** "Has any of": one `=` per option, any of them. */
const anyOf = (question: string, codes: string[]): Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'> => ({
  enableWhen: codes.map((code) => ({ question, operator: '=', answerCoding: { system: optionSystem(question), code } })),
  enableBehavior: 'any',
});
const EXPECTED_ENABLE_WHEN: Record<string, Pick<QuestionnaireItem, 'enableWhen' | 'enableBehavior'>> = {
  under40kg: {
    enableWhen: [
      { question: 'age', operator: '>=', answerInteger: 12 },
      { question: 'age', operator: '<', answerInteger: 18 },
    ],
    enableBehavior: 'all',
  },
  pregnancyPossible: { enableWhen: [{ question: 'age', operator: '>=', answerInteger: 10 }] },
  pregnant: {
    enableWhen: [
      { question: 'age', operator: '>=', answerInteger: 10 },
      { question: 'pregnancyPossible', operator: '!=', answerCoding: yesNo('no') },
    ],
    enableBehavior: 'all',
  },
  planningPregnancy: {
    enableWhen: [
      { question: 'age', operator: '>=', answerInteger: 10 },
      { question: 'pregnancyPossible', operator: '!=', answerCoding: yesNo('no') },
    ],
    enableBehavior: 'all',
  },
  breastfeeding: { enableWhen: [{ question: 'age', operator: '>=', answerInteger: 10 }] },
  hormonalContraception: { enableWhen: [{ question: 'age', operator: '>=', answerInteger: 10 }] },
  jakReaction: anyOf('treatmentsTried', ['upadacitinib', 'abrocitinib', 'ruxolitinibCream', 'baricitinib', 'otherJak']),
  shinglesVaccine: { enableWhen: [{ question: 'age', operator: '>=', answerInteger: 18 }] },
  cancerActive: anyOf('cancerHistory', ['nonMelanomaSkin', 'melanoma', 'lymphomaLeukemia', 'lung', 'other']),
  treatmentOutcomes: anyOf('treatmentsTried', TREATMENT_IDS),
  topicalWeeks: anyOf('treatmentsTried', ['topicalSteroid', 'topicalCalcineurin', 'topicalPde4', 'topicalOther', 'ruxolitinibCream']),
  jakReactionDrugs: { enableWhen: [yesNo('yes'), yesNo('unsure')].map((answerCoding) => ({ question: 'jakReaction', operator: '=' as const, answerCoding })), enableBehavior: 'any' },
  jakReactionType: { enableWhen: [yesNo('yes'), yesNo('unsure')].map((answerCoding) => ({ question: 'jakReaction', operator: '=' as const, answerCoding })), enableBehavior: 'any' },
};

test('treatmentOutcomes is a group with one choice item per treatment, each enabled when that treatment was tried', () => {
  const group = item('treatmentOutcomes');
  const rows = (group.item ?? []).filter((i) => i.type === 'choice');
  expect(rows.map((r) => r.linkId)).toEqual(TREATMENT_IDS.map((id) => `treatmentOutcomes.${id}`));
  for (const row of rows) {
    const key = row.linkId.split('.')[1];
    expect(row.enableWhen).toEqual([{ question: 'treatmentsTried', operator: '=', answerCoding: { system: optionSystem('treatmentsTried'), code: key } }]);
    expect((row.answerOption ?? []).map((o) => o.valueCoding?.code)).toEqual(['helped', 'notEnough', 'sideEffects', 'stoppedOther', 'unsure']);
    expect(row.answerOption?.[0].valueCoding?.system).toBe(optionSystem('treatmentOutcomes'));
  }
});

test.each(QUESTIONS.map((q) => [q.id] as const))('%s: enableWhen as questions.md says', (id) => {
  const { enableWhen, enableBehavior } = item(id);
  expect({ enableWhen, enableBehavior }).toEqual({ enableWhen: undefined, enableBehavior: undefined, ...EXPECTED_ENABLE_WHEN[id] });
});

test('every enableWhen reads an earlier question, so filling in order settles it', () => {
  const order = QUESTIONS.map((q) => q.id);
  for (const [linkId, fhir] of items) {
    for (const when of fhir.enableWhen ?? []) expect(order.indexOf(when.question)).toBeLessThan(order.indexOf(linkId));
  }
});

/** Every answer given, hidden ones included, as FHIR answer values. */
function rawFhirAnswers(answers: Readonly<Record<string, unknown>>): Record<string, QuestionnaireResponseItemAnswer[]> {
  return Object.fromEntries(
    QUESTIONS.filter((q) => answers[q.id] !== undefined).map((q): [string, QuestionnaireResponseItemAnswer[]][] => {
      const value = answers[q.id];
      const system = answerSystem(q);
      if (q.type === 'map') return Object.entries(value as Record<string, string>).map(([key, code]) => [`${q.id}.${key}`, [{ valueCoding: { system, code } }]]);
      const list: QuestionnaireResponseItemAnswer[] =
        q.type === 'integer'
          ? [{ valueInteger: value as number }]
          : q.type === 'text'
            ? [{ valueString: value as string }]
            : (Array.isArray(value) ? value : [value]).map((code) => ({ valueCoding: { system, code: code as string } }));
      return [[q.id, list]];
    }).flat(),
  );
}

test('enableWhen shows exactly the questions pruneHidden shows, over random answers', () => {
  fc.assert(
    fc.property(fhirAnswersArbitrary, (answers) => {
      const pruned = pruneHidden(answers) as Record<string, unknown>;
      const { enabled, kept } = fillForm(questionnaire, rawFhirAnswers(answers));
      const shown = QUESTIONS.filter((q) => isShown(q, pruned)).map((q) => q.id);
      // Rows of a map question (`treatmentOutcomes.dupilumab`) are not questions of their own.
      expect([...enabled].filter((linkId) => !linkId.includes('.'))).toEqual(shown);
      const keptNonEmpty = Object.keys(pruned).filter((id) => !(Array.isArray(pruned[id]) && (pruned[id] as unknown[]).length === 0));
      // A map question's rows are kept under `question.row`: compare by question.
      expect([...new Set(Object.keys(kept).map((k) => k.split('.')[0]))]).toEqual(keptNonEmpty);
    }),
    { numRuns: 500 },
  );
});

test('an all-of-any condition, which plain enableWhen cannot hold, becomes an SDC enableWhenExpression instead', () => {
  const steps: Step[] = [
    {
      id: 'demo',
      title: { self: 'Demo', other: 'Demo' },
      questions: [
        { id: 'age', type: 'integer', min: 0, max: 120, short: 'Age', text: { self: 'Age?', other: 'Age?' } },
        {
          id: 'tried',
          type: 'multi',
          short: 'Tried',
          text: { self: 'Tried?', other: 'Tried?' },
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
        },
        {
          id: 'follow',
          type: 'tri',
          short: 'Follow-up',
          text: { self: 'Follow?', other: 'Follow?' },
          shownWhen: {
            op: 'all',
            conditions: [
              { op: 'atLeast', question: 'age', value: 18 },
              { op: 'hasAny', question: 'tried', values: ['a', 'b'] },
            ],
          },
        },
      ],
    },
  ];
  const follow = questionnaireToFhir(steps).item?.[0].item?.[2];
  expect(follow?.enableWhen).toBeUndefined();
  expect(follow?.extension).toEqual([
    {
      url: EXTENSION.enableWhenExpression,
      valueExpression: {
        language: 'text/fhirpath',
        expression:
          "(%resource.repeat(item).where(linkId = 'age').answer.value.where($this >= 18).exists()) and " +
          "(%resource.repeat(item).where(linkId = 'tried').answer.value.where(code in ('a' | 'b')).exists())",
      },
    },
  ]);
});
