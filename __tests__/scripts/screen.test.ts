/**
 * @jest-environment node
 */
/** Spawns the real command, `npm run --silent screen -- …`, as a user would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { answersToQuestionnaireResponse } from '@/lib/fhir';
import type { AnswersDocument } from '@/lib/answers';
import { answersNotUsed, listCompletedSentence, notUsedSentence } from '@/lib/import';
import { listTickedRows } from '@/lib/questionnaire/layout';
import { asImported } from '../support/asImported';
import { evaluate } from '@/rules';
import { answersDocumentArbitrary } from '../support/arbitraries';
import { buildDocument } from '../support/buildAnswers';
import { vignette } from '../support/vignettes';

const ROOT = path.join(__dirname, '..', '..');
const WORK = mkdtempSync(path.join(tmpdir(), 'screen-test-'));
const SPAWN_TIMEOUT_MS = 30_000;
// 1,000 results with their clinician text run to several megabytes; spawnSync's default buffer is 1 MB.
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
jest.setTimeout(SPAWN_TIMEOUT_MS);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

function screen(args: string[], input = '') {
  const run = spawnSync('npm', ['run', '--silent', 'screen', '--', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: SPAWN_TIMEOUT_MS, maxBuffer: MAX_OUTPUT_BYTES });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, stderrLines: run.stderr.split('\n') };
}

function writeInput(name: string, content: string): string {
  const file = path.join(WORK, name);
  writeFileSync(file, content);
  return file;
}

/** What the command prints for a document: its ScreeningResult and the sentences for answers not used. */
const screened = (given: AnswersDocument) => {
  const doc = asImported(given);
  const { added } = listTickedRows(given.answers);
  return { ...evaluate(doc), notUsed: answersNotUsed(doc.answers).map((item) => notUsedSentence(item)), listsCompleted: added.map((entry) => listCompletedSentence(entry)) };
};

const PREGNANT = buildDocument({ pregnancyPossible: 'yes', pregnant: 'yes' });
const NO_STACK_TRACE = /^\s+at /m;

test('screens a file and prints the ScreeningResult as JSON', () => {
  const run = screen([writeInput('pregnant.json', JSON.stringify(PREGNANT))]);
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual(screened(PREGNANT));
});

test('screens a public vignette file as it is shared', () => {
  const { input, expect: expected } = vignette('breastfeeding-mother');
  const run = screen([writeInput('vignette.json', JSON.stringify(input))]);
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout).byDrug).toEqual(expected.byDrug);
});

test('screens a FHIR QuestionnaireResponse file (docs/fhir) like the answers document it holds', () => {
  const { input } = vignette('breastfeeding-mother');
  const run = screen([path.join(ROOT, 'docs/fhir/QuestionnaireResponse-breastfeeding-mother.json')]);
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual(screened(input));
});

test('a malformed QuestionnaireResponse: exit 2, each problem as linkId x: message on stderr, nothing on stdout', () => {
  const response = answersToQuestionnaireResponse(PREGNANT, { authored: '2026-11-22T10:00:00Z' });
  const steps = response.item!.map((step) => ({
    ...step,
    item: step.item!.map((item) => (item.linkId === 'age' ? { linkId: 'age', answer: [{ valueString: '29' }] } : item)),
  }));
  const bad = { ...response, item: [...steps, { linkId: 'shoeSize', answer: [{ valueInteger: 42 }] }] };
  const run = screen(['-'], JSON.stringify(bad));
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderrLines).toEqual(expect.arrayContaining([
    'item[0].item[0].answer[0] (linkId age) (Age (years)): must be given as valueInteger, not valueString',
    'item[8] (linkId shoeSize): is not a question in this questionnaire. Remove it, or check that the file was made for the JAK Screener.',
  ]));
  expect(run.stderr).not.toMatch(NO_STACK_TRACE);
});

test('--jsonl takes answers documents and QuestionnaireResponses mixed, one a line', () => {
  const response = answersToQuestionnaireResponse(PREGNANT, { authored: '2026-11-22T10:00:00Z' });
  const run = screen(['--jsonl'], [JSON.stringify(response), JSON.stringify(buildDocument())].join('\n'));
  expect(run.status).toBe(0);
  expect(run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([screened(PREGNANT), screened(buildDocument())]);
});

test('reads stdin when FILE is -', () => {
  const run = screen(['-'], JSON.stringify(PREGNANT));
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual(screened(PREGNANT));
});

test('invalid input: exit 2, each problem as path: message on stderr, nothing on stdout, no stack trace', () => {
  const bad = { ...buildDocument({ age: 130, hiv: 'maybe' as never }), respondent: 'robot' };
  const run = screen([writeInput('bad.json', JSON.stringify(bad))]);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderrLines).toEqual(expect.arrayContaining([
    'respondent: must be one of "patient", "caregiver", "staff"',
    'answers.age (Age (years)): must be a whole number from 0 to 120',
    'answers.hiv (HIV): must be one of "yes", "no", "unsure"',
  ]));
  expect(run.stderr).not.toMatch(NO_STACK_TRACE);
});

test.each([
  ['text that is not JSON', ['-'], '{"schemaVersion": 1', /^This file is not an answers file: it is not readable JSON text \(line 1, column 20\)/],
  ['empty stdin', ['-'], '', /^This file is empty\./],
  ['a file that does not exist', [path.join(WORK, 'missing.json')], '', /missing\.json: there is no file with this name\. Check the name and the folder, and try again\.$/],
  ['no FILE at all', [], '', /^usage: /],
])('refuses %s with exit 2 and one line on stderr', (_situation, args, input, problem) => {
  const run = screen(args, input);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderrLines.some((line) => problem.test(line))).toBe(true);
  expect(run.stderr).not.toMatch(NO_STACK_TRACE);
});

test('--jsonl writes one result per line in order; an invalid line gets {"error": …} and exit 2', () => {
  const lines = [JSON.stringify(PREGNANT), JSON.stringify(buildDocument({ age: 3.5 })), 'not json', JSON.stringify(buildDocument())];
  const run = screen(['--jsonl'], `${lines.join('\n')}\n`);
  expect(run.status).toBe(2);
  const out = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
  expect(out).toEqual([
    screened(PREGNANT),
    { error: ['answers.age (Age (years)): must be a whole number from 0 to 120'] },
    { error: [expect.stringMatching(/^This line is not an answers file: it is not readable JSON text/)] },
    screened(buildDocument()),
  ]);
  expect(run.stderrLines).toContain('line 2: answers.age (Age (years)): must be a whole number from 0 to 120');
});

test('--jsonl takes 1,000 random documents in one run, in order, with exit 0', () => {
  const docs = fc.sample(answersDocumentArbitrary, { numRuns: 1000, seed: 1 });
  const run = screen(['--jsonl'], docs.map((d) => JSON.stringify(d)).join('\n'));
  expect(run.status).toBe(0);
  const out = run.stdout.trimEnd().split('\n');
  expect(out).toHaveLength(1000);
  out.forEach((line, i) => expect(JSON.parse(line)).toEqual(screened(docs[i])));
});
