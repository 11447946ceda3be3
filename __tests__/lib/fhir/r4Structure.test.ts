/**
 * @jest-environment node
 */
// The R4 structure schema must be able to fail: each row breaks one rule of the specification.
import { r4QuestionnaireResponseSchema, r4QuestionnaireSchema, structureProblems } from '@/__tests__/support/r4Structure';

const question = { linkId: 'q1', type: 'string', text: 'Q?' };
const questionnaire = (item: object[], extra: object = {}) => ({ resourceType: 'Questionnaire', status: 'active', item, ...extra });

test.each<[string, object, RegExp]>([
  ['a wrong resourceType', { resourceType: 'Questionnare', status: 'active' }, /^resourceType: /],
  ['no status', { resourceType: 'Questionnaire' }, /^status: /],
  ['an unknown status', questionnaire([], { status: 'published' }), /^status: /],
  ['an unknown item type', questionnaire([{ ...question, type: 'number' }]), /^item\.0\.type: /],
  ['an item without linkId', questionnaire([{ type: 'string' }]), /^item\.0\.linkId: /],
  ['an unknown element', questionnaire([{ ...question, colour: 'red' }]), /^item\.0\.colour: is not an element/],
  ['a repeated linkId (que-2)', questionnaire([question, question]), /que-2/],
  ['an empty group (que-1)', questionnaire([{ linkId: 'g', type: 'group' }]), /que-1/],
  ['answerOption on a string item (que-5)', questionnaire([{ ...question, answerOption: [{ valueString: 'a' }] }]), /que-5/],
  ['a required display item (que-6)', questionnaire([{ linkId: 'd', type: 'display', text: 'Hi', required: true }]), /que-6/],
  ['maxLength on a choice item (que-10)', questionnaire([{ ...question, type: 'choice', maxLength: 3 }]), /que-10/],
  [
    'two enableWhen without enableBehavior (que-12)',
    questionnaire([
      question,
      {
        ...question,
        linkId: 'q2',
        enableWhen: [
          { question: 'q1', operator: '=', answerString: 'a' },
          { question: 'q1', operator: '=', answerString: 'b' },
        ],
      },
    ]),
    /que-12/,
  ],
  ['"exists" with a non-boolean answer (que-7)', questionnaire([{ ...question, enableWhen: [{ question: 'q0', operator: 'exists', answerString: 'a' }] }]), /que-7/],
  ['an enableWhen with no answer[x]', questionnaire([{ ...question, enableWhen: [{ question: 'q0', operator: '=' }] }]), /needs one answer\[x\]/],
  ['an unknown operator', questionnaire([{ ...question, enableWhen: [{ question: 'q0', operator: '~', answerString: 'a' }] }]), /operator/],
  ['an answerOption with two value[x]', questionnaire([{ ...question, type: 'choice', answerOption: [{ valueString: 'a', valueInteger: 1 }] }]), /only one value\[x\]/],
  ['an extension with value and extensions (ext-1)', questionnaire([{ ...question, extension: [{ url: 'u', valueInteger: 1, extension: [{ url: 'v', valueInteger: 2 }] }] }]), /ext-1/],
  ['a minValue extension with a text value', questionnaire([{ ...question, extension: [{ url: 'u', valueInteger: '3' }] }]), /valueInteger/],
  ['an empty string (FHIR strings are never empty)', questionnaire([{ ...question, text: '' }]), /must not be empty/],
  ['a code with a space at the end', questionnaire([], { subjectType: ['Patient '] }), /must be a code/],
])('Questionnaire: %s is refused', (_what, resource, problem) => {
  expect(structureProblems(r4QuestionnaireSchema, resource)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
});

const response = (extra: object) => ({ resourceType: 'QuestionnaireResponse', status: 'completed', ...extra });

test.each<[string, object, RegExp]>([
  ['an unknown status', response({ status: 'done' }), /^status: /],
  ['a dateTime without time zone', response({ authored: '2026-11-23T09:30:00' }), /^authored: must be a FHIR dateTime/],
  ['a string in valueInteger', response({ item: [{ linkId: 'age', answer: [{ valueInteger: '34' }] }] }), /valueInteger/],
  ['a decimal in valueInteger', response({ item: [{ linkId: 'age', answer: [{ valueInteger: 3.5 }] }] }), /valueInteger/],
  ['an answer with no value[x]', response({ item: [{ linkId: 'age', answer: [{}] }] }), /needs one value\[x\]/],
  ['an answer with two value[x]', response({ item: [{ linkId: 'a', answer: [{ valueString: 'x', valueInteger: 1 }] }] }), /only one value\[x\]/],
  ['an unknown value[x]', response({ item: [{ linkId: 'a', answer: [{ valueColour: 'red' }] }] }), /valueColour: is not an element/],
  ['answer and item together (qrs-1)', response({ item: [{ linkId: 'a', answer: [{ valueString: 'x' }], item: [{ linkId: 'b' }] }] }), /qrs-1/],
  ['a local reference to nothing (ref-1)', response({ subject: { reference: '#patient' } }), /ref-1/],
  ['a contained Patient nobody references (dom-3)', response({ contained: [{ resourceType: 'Patient', id: 'p' }] }), /dom-3/],
  ['a bad birthDate', response({ contained: [{ resourceType: 'Patient', id: 'p', birthDate: '02/04/1990' }], subject: { reference: '#p' } }), /birthDate: must be a FHIR date/],
])('QuestionnaireResponse: %s is refused', (_what, resource, problem) => {
  expect(structureProblems(r4QuestionnaireResponseSchema, resource)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
});

test('dates and dateTimes at the edges of the R4 regexes', () => {
  const ok = (authored: string) => structureProblems(r4QuestionnaireResponseSchema, response({ authored }));
  expect(ok('2026')).toEqual([]);
  expect(ok('2026-11')).toEqual([]);
  expect(ok('2026-11-23T09:30:00.123Z')).toEqual([]);
  expect(ok('2026-11-23T09:30:00+14:00')).toEqual([]);
  expect(ok('2026-13-01')).not.toEqual([]);
  expect(ok('2026-11-23T24:00:00Z')).not.toEqual([]);
});
