/**
 * @jest-environment node
 */
import fc from 'fast-check';
import { pruneHidden } from '@/lib/answers';
import type { AnswersDocument } from '@/lib/answers';
import { QUESTIONS, STEPS } from '@/lib/questionnaire';
import {
  QUESTIONNAIRE_CANONICAL,
  answersToQuestionnaireResponse,
  parseQuestionnaireResponse,
  questionnaireResponseToAnswers,
} from '@/lib/fhir';
import { r4QuestionnaireResponseSchema, structureProblems } from '@/__tests__/support/r4Structure';
import { evaluate } from '@/rules';
import { fhirDocumentArbitrary } from '../../support/fhirArbitraries';
import { VIGNETTES, vignette } from '../../support/vignettes';

const AUTHORED = '2026-11-23T09:30:00+01:00';
const toResponse = (doc: AnswersDocument) => answersToQuestionnaireResponse(doc, { authored: AUTHORED });
const pruned = (doc: AnswersDocument): AnswersDocument => ({ ...doc, answers: pruneHidden(doc.answers) });

test('the public vignettes are all here', () => {
  expect(VIGNETTES).toHaveLength(16);
});

describe.each(VIGNETTES)('vignette $name', ({ input }) => {
  const response = toResponse(input);

  test('answers → QuestionnaireResponse → answers is the pruned document', () => {
    expect(parseQuestionnaireResponse(response)).toEqual({ ok: true, value: pruned(input) });
  });

  test('the rules give the same result before and after the round trip', () => {
    expect(evaluate(questionnaireResponseToAnswers(response))).toEqual(evaluate(input));
  });

  test('passes the FHIR R4 structure rules for the elements used', () => {
    expect(structureProblems(r4QuestionnaireResponseSchema, response)).toEqual([]);
  });

  test('items come in questionnaire order, grouped by step', () => {
    const order = QUESTIONS.map((q) => q.id);
    const linkIds = (response.item ?? []).flatMap((group) => (group.item ?? []).map((i) => i.linkId));
    expect(linkIds).toEqual(order.filter((id) => linkIds.includes(id)));
    const stepOrder = STEPS.map((s) => `step-${s.id}`);
    const groupIds = (response.item ?? []).map((g) => g.linkId);
    expect(groupIds).toEqual(stepOrder.filter((id) => groupIds.includes(id)));
  });
});

test('the response names the questionnaire with its version, is completed, and carries authored', () => {
  const response = toResponse(VIGNETTES[0].input);
  expect(response).toMatchObject({
    resourceType: 'QuestionnaireResponse',
    questionnaire: 'https://jak-screener.example/fhir/Questionnaire/jak-screener|2',
    status: 'completed',
    authored: AUTHORED,
  });
  expect(QUESTIONNAIRE_CANONICAL).toBe(response.questionnaire);
});

test('answers to hidden questions are not exported', () => {
  const hidden = vignette('hidden-answers-ignored').input;
  const linkIds = (toResponse(hidden).item ?? []).flatMap((g) => (g.item ?? []).map((i) => i.linkId));
  expect(linkIds).toEqual(expect.arrayContaining(['age', 'pregnancyPossible']));
  for (const id of ['pregnant', 'jakReaction', 'under40kg']) expect(linkIds).not.toContain(id);
});

test.each([
  ['patient', 'Patient'],
  ['caregiver', 'RelatedPerson'],
  ['staff', 'Practitioner'],
] as const)('respondent %s is the author and source, a %s, by display only', (respondent, type) => {
  const response = toResponse({ ...VIGNETTES[0].input, respondent });
  expect(response.author).toEqual({ type, display: expect.any(String) });
  expect(response.source).toEqual(response.author);
  expect(JSON.stringify(response)).not.toMatch(/identifier/);
  expect(questionnaireResponseToAnswers(response).respondent).toBe(respondent);
});

test.each([
  ['name and date of birth', { name: 'Ana Lima', dateOfBirth: '1990-04-02' }],
  ['a name only', { name: 'Ana Lima' }],
  ['a date of birth only', { dateOfBirth: '1990-04-02' }],
  ['an empty identity', {}],
])('%s travel in a contained Patient and come back the same', (_what, patient) => {
  const doc = { ...VIGNETTES[0].input, patient };
  const response = toResponse(doc);
  expect(response.subject).toEqual({ reference: '#patient', type: 'Patient' });
  expect(response.contained).toEqual([
    {
      resourceType: 'Patient',
      id: 'patient',
      ...('name' in patient ? { name: [{ text: patient.name }] } : {}),
      ...('dateOfBirth' in patient ? { birthDate: patient.dateOfBirth } : {}),
    },
  ]);
  expect(structureProblems(r4QuestionnaireResponseSchema, response)).toEqual([]);
  expect(questionnaireResponseToAnswers(response).patient).toEqual(patient);
});

test('without a name or date of birth there is no subject and nothing contained', () => {
  const response = toResponse(VIGNETTES[0].input);
  expect(response.subject).toBeUndefined();
  expect(response.contained).toBeUndefined();
});

test('empty text and empty lists are exported as unanswered: FHIR has no empty answer', () => {
  const doc: AnswersDocument = { schemaVersion: 2, respondent: 'patient', answers: { age: 30, severity: 'mild', medicinesOther: '', preferences: [] } };
  const linkIds = (toResponse(doc).item ?? []).flatMap((g) => (g.item ?? []).map((i) => i.linkId));
  expect(linkIds).toEqual(['age', 'severity']);
});

test('random documents: the round trip keeps every answer, the response is well-formed, and the rules agree', () => {
  fc.assert(
    fc.property(fhirDocumentArbitrary, (doc) => {
      const response = toResponse(doc);
      expect(structureProblems(r4QuestionnaireResponseSchema, response)).toEqual([]);
      const back = questionnaireResponseToAnswers(response);
      const kept = { ...doc, answers: pruneHidden(doc.answers) };
      expect(back).toEqual(kept);
      expect(evaluate(back)).toEqual(evaluate(doc));
    }),
    { numRuns: 300 },
  );
});
