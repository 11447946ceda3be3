import { parseAnswersText } from '@/lib/cli/parseAnswersText';
import { jsonlLine, screenText } from '@/lib/cli/screenText';
import { evaluate } from '@/rules';
import { buildDocument } from '../../support/buildAnswers';

test('reads a valid answers document', () => {
  expect(parseAnswersText(JSON.stringify(buildDocument()))).toEqual({ ok: true, value: buildDocument() });
});

test.each([
  ['empty text', '', '(document): is empty; expected an answers document in JSON'],
  ['blank text', '  \n', '(document): is empty; expected an answers document in JSON'],
  ['text that is not JSON', '{"schemaVersion": 1,', expect.stringMatching(/^\(document\): is not valid JSON \(.+\)$/)],
  ['JSON that breaks the schema', JSON.stringify(buildDocument({ age: 130 })), 'answers.age: must be a whole number from 0 to 120'],
])('refuses %s with path: message', (_situation, text, problem) => {
  expect(parseAnswersText(text)).toEqual({ ok: false, problems: [problem] });
});

test('screenText evaluates a valid document', () => {
  expect(screenText(JSON.stringify(buildDocument({ smoking: 'current' })))).toEqual({ ok: true, result: evaluate(buildDocument({ smoking: 'current' })) });
});

test('a JSON Lines output line is the result, or the problems under "error", on one line', () => {
  const valid = screenText(JSON.stringify(buildDocument()));
  expect(JSON.parse(jsonlLine(valid))).toEqual(evaluate(buildDocument()));
  expect(jsonlLine({ ok: false, problems: ['answers.age: is required'] })).toBe('{"error":["answers.age: is required"]}');
  expect(jsonlLine(valid)).not.toContain('\n');
});
