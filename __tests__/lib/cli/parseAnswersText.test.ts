import { parseAnswersText } from '@/lib/cli/parseAnswersText';
import { answersToQuestionnaireResponse } from '@/lib/fhir';
import { jsonlLine, screenText } from '@/lib/cli/screenText';
import { evaluate } from '@/rules';
import { buildDocument } from '../../support/buildAnswers';
import { inEnglish } from '@/__tests__/support/inEnglish';

test('reads a valid answers document', () => {
  expect(parseAnswersText(JSON.stringify(buildDocument()))).toEqual({ ok: true, value: buildDocument() });
});

test.each([
  ['empty text', '', 'This file is empty. Choose the answers file saved from this tool, or the file for your clinic (FHIR).'],
  ['blank text', '  \n', 'This file is empty. Choose the answers file saved from this tool, or the file for your clinic (FHIR).'],
  ['text that is not JSON', '{"schemaVersion": 1,', expect.stringMatching(/^This file is not an answers file: it is not readable JSON text \(line 1, column 20\)/)],
  ['JSON that breaks the schema', JSON.stringify(buildDocument({ age: 130 })), 'answers.age (Age (years)): must be a whole number from 0 to 120'],
])('refuses %s with path: message', (_situation, text, problem) => {
  expect(inEnglish(parseAnswersText(text))).toEqual({ ok: false, problems: [problem] });
});

test('screenText evaluates a valid document', () => {
  expect(screenText(JSON.stringify(buildDocument({ smoking: 'current' })))).toEqual({ ok: true, result: { ...evaluate(buildDocument({ smoking: 'current' })), notUsed: [], listsCompleted: [] } });
});

test('a JSON Lines output line is the result, or the problems under "error", on one line', () => {
  const valid = screenText(JSON.stringify(buildDocument()));
  expect(JSON.parse(jsonlLine(valid))).toEqual({ ...evaluate(buildDocument()), notUsed: [], listsCompleted: [] });
  expect(jsonlLine({ ok: false, problems: ['answers.age: is required'] })).toBe('{"error":["answers.age: is required"]}');
  expect(jsonlLine(valid)).not.toContain('\n');
});

describe('a FHIR QuestionnaireResponse', () => {
  const response = answersToQuestionnaireResponse(buildDocument({ smoking: 'current' }), { authored: '2026-11-22T10:00:00Z' });

  test('reads as the answers document it holds', () => {
    expect(parseAnswersText(JSON.stringify(response))).toEqual({ ok: true, value: buildDocument({ smoking: 'current' }) });
  });

  test('screens like the answers document', () => {
    expect(screenText(JSON.stringify(response))).toEqual({ ok: true, result: { ...evaluate(buildDocument({ smoking: 'current' })), notUsed: [], listsCompleted: [] } });
  });

  test.each([
    ['another resource type', { resourceType: 'Patient' }, 'resourceType: must be "QuestionnaireResponse", not "Patient"'],
    ['no questionnaire', { ...response, questionnaire: undefined }, expect.stringMatching(/^questionnaire: is required/)],
    ['an unknown linkId', { ...response, item: [{ linkId: 'shoeSize', answer: [{ valueInteger: 42 }] }] }, 'item[0] (linkId shoeSize): is not a question in this questionnaire. Remove it, or check that the file was made for the JAK Screener.'],
  ])('refuses %s with path: message', (_situation, json, problem) => {
    expect(inEnglish(parseAnswersText(JSON.stringify(json)))).toEqual({ ok: false, problems: expect.arrayContaining([problem]) });
  });
});

test('a "using now" tick for a treatment "ever used" lacks is read, with "ever used" completed and said so', () => {
  const read = screenText(JSON.stringify(buildDocument({ treatmentsTried: ['topicalSteroid'], treatmentsCurrent: ['dupilumab'] })));
  expect(read).toMatchObject({ ok: true, result: { listsCompleted: ['The file says “Dupilumab shots” under “Using now” but not under “Ever used for eczema”, so it was added to “Ever used for eczema”.'] } });
});

test('a list that said "None of these" says it was replaced', () => {
  const read = screenText(JSON.stringify(buildDocument({ treatmentsTried: ['none'], treatmentsCurrent: ['dupilumab', 'methotrexate'] })));
  expect(read).toMatchObject({
    ok: true,
    result: { listsCompleted: ['The file says “Dupilumab shots” and “Methotrexate” under “Using now” but not under “Ever used for eczema”, so they were added to “Ever used for eczema” in place of “None of these”.'] },
  });
});
