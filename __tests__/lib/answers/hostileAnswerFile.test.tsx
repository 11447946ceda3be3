/**
 * A hostile answer file (docs/SECURITY.md "A malicious answer file"): markup in text fields is kept as plain
 * text and renders inert; prototype keys, huge strings and deep nesting are refused with a short message,
 * without a crash, without touching Object.prototype, and without storing anything.
 */
import { render, screen } from '@testing-library/react';
import { parseAnswersDocument, type AnswersDocument } from '@/lib/answers';
import { inEnglish } from '@/__tests__/support/inEnglish';

const HOSTILE_TEXT = [
  '<script>window.pwned = "script"</script>',
  '<img src="x" onerror="window.pwned = \'img\'">',
  '"><svg onload="window.pwned = \'svg\'">',
  '<a href="javascript:window.pwned = \'link\'">open</a>',
  '{{constructor.constructor("window.pwned = 1")()}}',
];

/** A minimal, valid document; `overrides` go into the document, `answers` into its answers. */
function fileText(answers: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ schemaVersion: 1, respondent: 'patient', answers: { age: 34, severity: 'severe', ...answers }, ...overrides });
}

/** As the import reads a file: text → JSON.parse → validation. */
const load = (text: string) => parseAnswersDocument(JSON.parse(text));

function problemsOf(text: string): string[] {
  const result = load(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return inEnglish(result).problems!;
}

/** Nested arrays `depth` deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

afterEach(() => {
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(window.localStorage).toHaveLength(0);
  expect(window.sessionStorage).toHaveLength(0);
});

test.each(HOSTILE_TEXT)('markup in free text is accepted as plain text, unchanged: %s', (hostile) => {
  const result = load(
    fileText({ medicinesOther: hostile, questionsForDoctor: hostile }, { patient: { name: hostile } }),
  );
  expect(result).toEqual({
    ok: true,
    value: expect.objectContaining({
      answers: expect.objectContaining({ medicinesOther: hostile, questionsForDoctor: hostile }),
      patient: { name: hostile },
    }),
  });
});

describe('rendered through React, accepted hostile text stays text', () => {
  /** The smallest honest stand-in for the review and summary: answers as React children. */
  function AnswerEcho({ doc }: { doc: AnswersDocument }) {
    return (
      <dl>
        <dt>Name</dt>
        <dd>{doc.patient?.name}</dd>
        <dt>Other medicines</dt>
        <dd>{doc.answers.medicinesOther}</dd>
        <dt>Questions for the doctor</dt>
        <dd>{doc.answers.questionsForDoctor}</dd>
      </dl>
    );
  }

  test.each(HOSTILE_TEXT)('%s', (hostile) => {
    const result = load(fileText({ medicinesOther: hostile, questionsForDoctor: hostile }, { patient: { name: hostile } }));
    if (!result.ok) throw new Error(inEnglish(result).problems!.join('\n'));

    render(<AnswerEcho doc={result.value} />);

    // The person sees the characters they typed (or the file held), as text...
    expect(screen.getAllByText(hostile, { exact: true })).toHaveLength(3);
    // ...and no element came out of it: no image, link or graphic, and no script element in the document.
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(document.scripts).toHaveLength(0);
    expect(window).not.toHaveProperty('pwned');
  });
});

describe('prototype keys are refused and pollute nothing', () => {
  test.each([
    ['in the answers', `{"schemaVersion":1,"respondent":"patient","answers":{"age":34,"severity":"mild","__proto__":{"polluted":"yes"}}}`, 'answers.__proto__: is not a question in this questionnaire'],
    ['at the top of the document', `{"__proto__":{"polluted":"yes"},"schemaVersion":1,"respondent":"patient","answers":{"age":34,"severity":"mild"}}`, '__proto__: is not a known field'],
    ['in the patient', `{"schemaVersion":1,"respondent":"patient","answers":{"age":34,"severity":"mild"},"patient":{"__proto__":{"polluted":"yes"}}}`, 'patient.__proto__: is not a known field'],
    ['as constructor.prototype', `{"schemaVersion":1,"respondent":"patient","answers":{"age":34,"severity":"mild","constructor":{"prototype":{"polluted":"yes"}}}}`, 'answers.constructor: is not a question in this questionnaire'],
  ])('%s', (_where, text, problem) => {
    expect(problemsOf(text)).toContain(problem);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('5 MB strings are refused, and the message does not repeat them', () => {
  const huge = 'A'.repeat(5 * 1024 * 1024);

  test.each([
    ['other medicines', fileText({ medicinesOther: huge }), 'answers.medicinesOther: must be at most 500 characters'],
    ['questions for the doctor', fileText({ questionsForDoctor: huge }), 'answers.questionsForDoctor: must be at most 1000 characters'],
    ['the name', fileText({}, { patient: { name: huge } }), 'patient.name: must be at most 100 characters'],
    ['a choice', fileText({ severity: huge }), 'answers.severity: must be one of "mild", "moderate", "severe"'],
    ['an unknown key', fileText({ [huge.slice(0, 64)]: huge }), `answers.${huge.slice(0, 64)}: is not a question in this questionnaire`],
  ])('in %s', (_where, text, problem) => {
    const problems = problemsOf(text);
    expect(problems).toContain(problem);
    expect(problems.join('\n').length).toBeLessThan(1_000);
  });
});

describe('deep nesting is refused without a stack overflow', () => {
  const deep = nested(100_000);

  test.each([
    ['as an answer', { schemaVersion: 1, respondent: 'patient', answers: { age: deep, severity: 'mild' } }, 'answers.age: must be a whole number from 0 to 120'],
    ['as the answers', { schemaVersion: 1, respondent: 'patient', answers: deep }, 'answers: must be an object of answers'],
    ['as the patient', { schemaVersion: 1, respondent: 'patient', answers: { age: 34, severity: 'mild' }, patient: deep }, 'patient: must be a set of fields'],
    ['under an unknown key', { schemaVersion: 1, respondent: 'patient', answers: { age: 34, severity: 'mild' }, extra: deep }, 'extra: is not a known field'],
    ['as the whole document', deep, '(the file): must be a set of fields'],
  ])('%s', (_where, input, problem) => {
    const result = parseAnswersDocument(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(inEnglish(result).problems).toContain(problem);
  });

  test('a deeply nested file is read and refused the same way', () => {
    const text = fileText({ medicinesOther: '__DEEP__' }).replace('"__DEEP__"', '['.repeat(100_000) + ']'.repeat(100_000));
    expect(problemsOf(text)).toContain('answers.medicinesOther: must be text');
  });
});
