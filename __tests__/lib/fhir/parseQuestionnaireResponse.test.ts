/**
 * @jest-environment node
 */
import type { QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import { answersToQuestionnaireResponse, optionSystem, parseQuestionnaireResponse, YES_NO_UNSURE_SYSTEM } from '@/lib/fhir';
import { VIGNETTES } from '../../support/vignettes';

const valid = (): QuestionnaireResponse & Record<string, unknown> =>
  structuredClone(answersToQuestionnaireResponse(VIGNETTES[0].input, { authored: '2026-11-23T09:30:00Z' })) as QuestionnaireResponse &
    Record<string, unknown>;

/** The item of a question, wherever its step group put it. */
function itemOf(response: QuestionnaireResponse, linkId: string): QuestionnaireResponseItem {
  const found = (response.item ?? []).flatMap((g) => g.item ?? []).find((i) => i.linkId === linkId);
  if (!found) throw new Error(`no item ${linkId}`);
  return found;
}

function changed(edit: (r: QuestionnaireResponse & Record<string, unknown>) => void) {
  const response = valid();
  edit(response);
  return parseQuestionnaireResponse(response);
}

test('a valid response is accepted', () => {
  expect(parseQuestionnaireResponse(valid()).ok).toBe(true);
});

test.each<[string, unknown, string]>([
  ['a Patient', { resourceType: 'Patient' }, 'resourceType: must be "QuestionnaireResponse", not "Patient"'],
  ['an answers document', VIGNETTES[0].input, 'resourceType: must be "QuestionnaireResponse"'],
  ['null', null, 'resourceType: must be "QuestionnaireResponse"'],
])('%s is refused by its resourceType', (_what, input, problem) => {
  expect(parseQuestionnaireResponse(input)).toEqual({ ok: false, problems: [problem] });
});

test.each<[string, (r: QuestionnaireResponse & Record<string, unknown>) => void, string]>([
  [
    'missing questionnaire',
    (r) => delete r.questionnaire,
    'questionnaire: is required: the canonical URL of the questionnaire answered, https://jak-screener.example/fhir/Questionnaire/jak-screener|2',
  ],
  [
    'another questionnaire',
    (r) => (r.questionnaire = 'http://loinc.org/q/12345|1'),
    'questionnaire: "http://loinc.org/q/12345|1" is not the JAK Screener questionnaire (https://jak-screener.example/fhir/Questionnaire/jak-screener)',
  ],
  [
    'an unknown version',
    (r) => (r.questionnaire = 'https://jak-screener.example/fhir/Questionnaire/jak-screener|3'),
    'questionnaire: version "3" is not supported: this app reads versions 1 and 2 (current: 2)',
  ],
  [
    'no version',
    (r) => (r.questionnaire = 'https://jak-screener.example/fhir/Questionnaire/jak-screener'),
    'questionnaire: names no version; this app reads version 2 (https://jak-screener.example/fhir/Questionnaire/jak-screener|2)',
  ],
  ['an unfinished response', (r) => (r.status = 'in-progress'), 'status: must be "completed" or "amended": this app takes finished answers only'],
  [
    'a modifier extension',
    (r) => (r.modifierExtension = [{ url: 'https://x.example/ext', valueBoolean: true }]),
    'modifierExtension: holds modifier extensions, which this app does not understand',
  ],
  [
    'no author or source',
    (r) => {
      delete r.author;
      delete r.source;
    },
    'author: must say who typed the answers: a Patient, RelatedPerson (caregiver) or Practitioner (clinic staff)',
  ],
])('%s is refused with a clear message', (_what, edit, problem) => {
  expect(changed(edit)).toEqual({ ok: false, problems: [problem] });
});

test.each<[string, (r: QuestionnaireResponse) => void, string[]]>([
  [
    'an unknown linkId',
    (r) => r.item![0].item!.push({ linkId: 'favouriteColour', answer: [{ valueString: 'blue' }] }),
    ['linkId favouriteColour: is not a question in this questionnaire'],
  ],
  [
    'a string where an integer belongs',
    (r) => (itemOf(r, 'age').answer = [{ valueString: '34' }]),
    ['linkId age: answer must be valueInteger, not valueString'],
  ],
  [
    'an integer out of range',
    (r) => (itemOf(r, 'age').answer = [{ valueInteger: 130 }]),
    ['linkId age: must be a whole number from 0 to 120'],
  ],
  [
    'a boolean where a coded yes/no/unsure belongs',
    (r) => (itemOf(r, 'hepatitisB').answer = [{ valueBoolean: true }]),
    ['linkId hepatitisB: answer must be valueCoding, not valueBoolean'],
  ],
  [
    'a code that is not an option',
    (r) => (itemOf(r, 'hepatitisB').answer = [{ valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 'maybe' } }]),
    ['linkId hepatitisB: must be one of "yes", "no", "unsure"'],
  ],
  [
    'a code from another code system',
    (r) => (itemOf(r, 'smoking').answer = [{ valueCoding: { system: 'http://snomed.info/sct', code: '8517006' } }]),
    [`linkId smoking: valueCoding.system must be ${optionSystem('smoking')}`],
  ],
  [
    'two answers to a single-choice question',
    (r) => (itemOf(r, 'hepatitisB').answer = [{ valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 'no' } }, { valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 'yes' } }]),
    ['linkId hepatitisB: takes one answer, not 2'],
  ],
  [
    '"none" with another choice',
    (r) =>
      itemOf(r, 'preferences').answer!.push({ valueCoding: { system: optionSystem('preferences'), code: 'costConcern' } }),
    ['linkId preferences: "none" cannot be combined with other choices'],
  ],
  [
    'a required question left out',
    (r) => (r.item![0].item = r.item![0].item!.filter((i) => i.linkId !== 'age')),
    ['linkId age: is required'],
  ],
  [
    'the same question twice',
    (r) => r.item![0].item!.push(structuredClone(itemOf(r, 'age'))),
    ['linkId age: is answered more than once'],
  ],
  ['an item without a linkId', (r) => r.item!.push({} as QuestionnaireResponseItem), ['item[8]: has no linkId']],
  [
    'several problems at once',
    (r) => {
      itemOf(r, 'age').answer = [{ valueString: 'old' }];
      itemOf(r, 'tbHistory').answer = [{ valueInteger: 1 }];
      r.item![0].item!.push({ linkId: 'shoeSize', answer: [{ valueInteger: 42 }] });
    },
    [
      'linkId age: answer must be valueInteger, not valueString',
      'linkId shoeSize: is not a question in this questionnaire',
      'linkId tbHistory: answer must be valueCoding, not valueInteger',
    ],
  ],
])('%s is refused with its linkId', (_what, edit, problems) => {
  const result = changed(edit);
  expect(result.ok).toBe(false);
  expect(result.ok ? [] : [...result.problems].sort()).toEqual([...problems].sort());
});

test('a bad date of birth in the contained Patient is named as Patient.birthDate', () => {
  const response = answersToQuestionnaireResponse({ ...VIGNETTES[0].input, patient: { dateOfBirth: '1990-04-02' } }, { authored: '2026-11-23T09:30:00Z' });
  (response.contained![0] as { birthDate: string }).birthDate = '02/04/1990';
  expect(parseQuestionnaireResponse(response)).toEqual({ ok: false, problems: ['Patient.birthDate: must be a date written as YYYY-MM-DD'] });
});

test('other R4 elements a server adds (id, meta, text) are ignored', () => {
  const response = { ...valid(), id: 'abc', meta: { versionId: '2' }, text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">x</div>' } };
  expect(parseQuestionnaireResponse(response).ok).toBe(true);
});

test('an author given as a reference to a server resource still says who answered', () => {
  const response = { ...valid(), author: { reference: 'RelatedPerson/123' }, source: undefined };
  const result = parseQuestionnaireResponse(response);
  expect(result.ok && result.value.respondent).toBe('caregiver');
});
