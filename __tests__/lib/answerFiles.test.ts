import { answerFileText } from '@/lib/answerFileText';
import { parseAnswerFile } from '@/lib/answerFiles';
import { answersToQuestionnaireResponse, YES_NO_UNSURE_SYSTEM } from '@/lib/fhir';
import { LOW_RISK_ADULT } from '@/__tests__/support/vignettes';
import { inEnglish } from '@/__tests__/support/inEnglish';

test('a valid file gives its answers document', () => {
  expect(parseAnswerFile(JSON.stringify(LOW_RISK_ADULT))).toEqual({ ok: true, value: LOW_RISK_ADULT });
});

test('answers to hidden questions are dropped on load', () => {
  const result = parseAnswerFile(JSON.stringify({ ...LOW_RISK_ADULT, answers: { ...LOW_RISK_ADULT.answers, pregnant: 'yes', jakReaction: 'yes' } }));
  expect(result).toEqual({ ok: true, value: LOW_RISK_ADULT });
});

test('text that is not JSON gives one clear problem', () => {
  expect(inEnglish(parseAnswerFile('hello'))).toEqual({ ok: false, problems: ['This file is not an answers file: it is not readable JSON text (line 1, column 1). Choose the answers file saved from this tool, or the file for your clinic (FHIR).'] });
});

test('each problem names its question', () => {
  const noAge = Object.fromEntries(Object.entries(LOW_RISK_ADULT.answers).filter(([id]) => id !== 'age'));
  const result = parseAnswerFile(JSON.stringify({ ...LOW_RISK_ADULT, answers: { ...noAge, smoking: 'sometimes', shoeSize: 42 } }));
  expect(inEnglish(result)).toEqual({
    ok: false,
    problems: expect.arrayContaining([
      'answers.age (Age (years)): is required',
      'answers.smoking (Tobacco smoking): must be one of "never", "former", "current"',
      'answers.shoeSize: is not a question in this questionnaire',
    ]),
  });
});

test('a saved file reads back as the same document', () => {
  expect(parseAnswerFile(answerFileText(LOW_RISK_ADULT))).toEqual({ ok: true, value: LOW_RISK_ADULT });
});

describe('a FHIR QuestionnaireResponse file', () => {
  const response = answersToQuestionnaireResponse(LOW_RISK_ADULT, { authored: '2026-11-22T10:00:00Z' });

  test('reads as the same answers document', () => {
    expect(parseAnswerFile(JSON.stringify(response))).toEqual({ ok: true, value: LOW_RISK_ADULT });
  });

  test('answers to hidden questions in it are dropped on load', () => {
    // No JAK inhibitor tried, so "reaction to a JAK inhibitor" is hidden; another system might still send it.
    const withHidden = JSON.parse(JSON.stringify(response)) as { item: { linkId: string; item: object[] }[] };
    withHidden.item.find((s) => s.linkId === 'step-treatments')!.item.push({ linkId: 'jakReaction', answer: [{ valueCoding: { system: YES_NO_UNSURE_SYSTEM, code: 'yes' } }] });
    expect(parseAnswerFile(JSON.stringify(withHidden))).toEqual({ ok: true, value: LOW_RISK_ADULT });
  });

  test('each problem is named by its linkId', () => {
    const bad = JSON.parse(JSON.stringify(response)) as { item: { item: { linkId: string; answer: object[] }[] }[] };
    bad.item[0].item.find((i) => i.linkId === 'age')!.answer = [{ valueString: 'thirty' }];
    bad.item[0].item.push({ linkId: 'shoeSize', answer: [{ valueInteger: 42 }] });
    expect(inEnglish(parseAnswerFile(JSON.stringify(bad)))).toEqual({
      ok: false,
      problems: ['item[0].item[0].answer[0] (linkId age) (Age (years)): must be given as valueInteger, not valueString', 'item[0].item[4] (linkId shoeSize): is not a question in this questionnaire. Remove it, or check that the file was made for the JAK Screener.'],
    });
  });

  test('another FHIR resource is refused by its resourceType', () => {
    expect(inEnglish(parseAnswerFile(JSON.stringify({ resourceType: 'Patient' })))).toEqual({
      ok: false,
      problems: ['resourceType: must be "QuestionnaireResponse", not "Patient"'],
    });
  });
});
