import { answerFileText, parseAnswerFile } from '@/lib/answerFiles';
import { LOW_RISK_ADULT } from '@/test-support/vignetteAnswers';

test('a valid file gives its answers document', () => {
  expect(parseAnswerFile(JSON.stringify(LOW_RISK_ADULT))).toEqual({ ok: true, value: LOW_RISK_ADULT });
});

test('answers to hidden questions are dropped on load', () => {
  const result = parseAnswerFile(JSON.stringify({ ...LOW_RISK_ADULT, answers: { ...LOW_RISK_ADULT.answers, pregnant: 'yes', jakReaction: 'yes' } }));
  expect(result).toEqual({ ok: true, value: LOW_RISK_ADULT });
});

test('text that is not JSON gives one clear problem', () => {
  expect(parseAnswerFile('hello')).toEqual({ ok: false, problems: ['This file is not an answers file: it is not readable JSON text.'] });
});

test('each problem names its question', () => {
  const noAge = Object.fromEntries(Object.entries(LOW_RISK_ADULT.answers).filter(([id]) => id !== 'age'));
  const result = parseAnswerFile(JSON.stringify({ ...LOW_RISK_ADULT, answers: { ...noAge, smoking: 'sometimes', shoeSize: 42 } }));
  expect(result).toEqual({
    ok: false,
    problems: expect.arrayContaining([
      'Age (years) (answers.age: is required)',
      'Tobacco smoking (answers.smoking: must be one of "never", "former", "current")',
      'answers.shoeSize: is not a question in this questionnaire',
    ]),
  });
});

test('a saved file reads back as the same document', () => {
  expect(parseAnswerFile(answerFileText(LOW_RISK_ADULT))).toEqual({ ok: true, value: LOW_RISK_ADULT });
});
