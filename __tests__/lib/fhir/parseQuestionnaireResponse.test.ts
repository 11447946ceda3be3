/**
 * @jest-environment node
 */
import type { QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import { answersToQuestionnaireResponse, optionSystem, parseQuestionnaireResponse, YES_NO_UNSURE_SYSTEM } from '@/lib/fhir';
import { readQuestionnaireResponse } from '@/lib/fhir/parseQuestionnaireResponse';
import { VIGNETTES } from '../../support/vignettes';
import { inEnglish } from '@/__tests__/support/inEnglish';

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
  expect(inEnglish(parseQuestionnaireResponse(input))).toEqual({ ok: false, problems: [problem] });
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
    'questionnaire: version "3" is not supported: this tool reads version 1 or 2 only',
  ],
  [
    'no version',
    (r) => (r.questionnaire = 'https://jak-screener.example/fhir/Questionnaire/jak-screener'),
    'questionnaire: names no version; this tool reads version 1 or 2 (https://jak-screener.example/fhir/Questionnaire/jak-screener|2)',
  ],
  ['an unfinished response', (r) => (r.status = 'in-progress'), 'status: must be "completed" or "amended", not "in-progress": this tool takes finished answers only'],
  [
    'a modifier extension',
    (r) => (r.modifierExtension = [{ url: 'https://x.example/ext', valueBoolean: true }]),
    'modifierExtension: holds a modifier extension, which changes what the answers mean in a way this tool does not understand. The file cannot be read safely.',
  ],
])('%s is refused with a clear message', (_what, edit, problem) => {
  expect(inEnglish(changed(edit))).toEqual({ ok: false, problems: [problem] });
});

test.each<[string, (r: QuestionnaireResponse) => void, string[]]>([
  [
    'an unknown linkId',
    (r) => r.item![0].item!.push({ linkId: 'favouriteColour', answer: [{ valueString: 'blue' }] }),
    ['item[0].item[4] (linkId favouriteColour): is not a question in this questionnaire. Remove it, or check that the file was made for the JAK Screener.'],
  ],
  [
    'a string where an integer belongs',
    (r) => (itemOf(r, 'age').answer = [{ valueString: '34' }]),
    ['item[0].item[0].answer[0] (linkId age): must be given as valueInteger, not valueString'],
  ],
  [
    'an integer out of range',
    (r) => (itemOf(r, 'age').answer = [{ valueInteger: 130 }]),
    ['item[0].item[0] (linkId age): must be a whole number from 0 to 120'],
  ],
  [
    'a boolean where a coded yes/no/unsure belongs',
    (r) => (itemOf(r, 'hepatitisB').answer = [{ valueBoolean: true }]),
    ['item[3].item[4].answer[0] (linkId hepatitisB): must be given as valueCoding, not valueBoolean'],
  ],
  [
    'a code that is not an option',
    (r) => (itemOf(r, 'hepatitisB').answer = [{ valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 'maybe' } }]),
    ['item[3].item[4] (linkId hepatitisB): must be one of "yes", "no", "unsure"'],
  ],
  [
    'a code from another code system',
    (r) => (itemOf(r, 'smoking').answer = [{ valueCoding: { system: 'http://snomed.info/sct', code: '8517006' } }]),
    [`item[4].item[0].answer[0] (linkId smoking): valueCoding.system must be ${optionSystem('smoking')}, not "http://snomed.info/sct"`],
  ],
  [
    'two answers to a single-choice question',
    (r) => (itemOf(r, 'hepatitisB').answer = [{ valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 'no' } }, { valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 'yes' } }]),
    ['item[3].item[4] (linkId hepatitisB): takes one answer, but the file gives 2. Keep the one that is right.'],
  ],
  [
    '"none" with another choice',
    (r) =>
      itemOf(r, 'preferences').answer!.push({ valueCoding: { system: optionSystem('preferences'), code: 'costConcern' } }),
    ['item[7].item[1] (linkId preferences): "none" cannot be combined with other choices'],
  ],
  [
    'a required question left out',
    (r) => (r.item![0].item = r.item![0].item!.filter((i) => i.linkId !== 'age')),
    ['linkId age: is required: the file has no answer to this question'],
  ],
  [
    'the same question twice',
    (r) => r.item![0].item!.push({ linkId: 'age', answer: [{ valueInteger: 62 }] }),
    ['item[0].item[4] (linkId age): answers the same question as item[0].item[0] with a different answer. Keep the one that is right.'],
  ],
  ['an item without a linkId', (r) => r.item!.push({} as QuestionnaireResponseItem), ['item[8]: has no linkId, so the question it answers is unknown']],
  [
    'several problems at once',
    (r) => {
      itemOf(r, 'age').answer = [{ valueString: 'old' }];
      itemOf(r, 'tbHistory').answer = [{ valueInteger: 1 }];
      r.item![0].item!.push({ linkId: 'shoeSize', answer: [{ valueInteger: 42 }] });
    },
    [
      'item[0].item[0].answer[0] (linkId age): must be given as valueInteger, not valueString',
      'item[0].item[4] (linkId shoeSize): is not a question in this questionnaire. Remove it, or check that the file was made for the JAK Screener.',
      'item[3].item[2].answer[0] (linkId tbHistory): must be given as valueCoding, not valueInteger',
    ],
  ],
])('%s is refused with its linkId', (_what, edit, problems) => {
  const result = changed(edit);
  expect(result.ok).toBe(false);
  expect(result.ok ? [] : [...inEnglish(result).problems!].sort()).toEqual([...problems].sort());
});

test('a bad date of birth in the contained Patient is named by its path', () => {
  const response = answersToQuestionnaireResponse({ ...VIGNETTES[0].input, patient: { dateOfBirth: '1990-04-02' } }, { authored: '2026-11-23T09:30:00Z' });
  (response.contained![0] as { birthDate: string }).birthDate = '02/04/1990';
  expect(inEnglish(parseQuestionnaireResponse(response))).toEqual({ ok: false, problems: ['contained[0].birthDate: must be a date written as YYYY-MM-DD (or YYYY-MM, or YYYY), not "02/04/1990"'] });
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

test('a response without author or source is read, with who answered not stated', () => {
  const response = valid();
  delete response.author;
  delete response.source;
  const result = readQuestionnaireResponse(response);
  expect(result.ok && result.value.respondentStated).toBe(false);
});
