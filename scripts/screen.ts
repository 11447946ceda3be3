/**
 * Screens answers documents, or FHIR QuestionnaireResponses (issue 6), from the command line (issue 2):
 *   npm run --silent screen -- FILE      one document from a file; FILE may be "-" for stdin
 *   npm run --silent screen -- --jsonl   one document per line on stdin, one result per line on stdout
 * Invalid input: exit status 2, each problem on stderr as "path: message" (or "linkId x: message" for a
 * QuestionnaireResponse), nothing on stdout for that document.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { jsonlLine, screenText } from '@/lib/cli/screenText';

const INVALID_INPUT = 2;
const USAGE = 'usage: npm run --silent screen -- FILE | - | --jsonl';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function readSource(source: string): Promise<{ text: string } | { problem: string }> {
  if (source === '-') return { text: await readStdin() };
  try {
    return { text: await readFile(source, 'utf8') };
  } catch (error) {
    return { problem: `${source}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
}

function fail(problems: readonly string[]): void {
  process.stderr.write(problems.map((p) => `${p}\n`).join(''));
  process.exitCode = INVALID_INPUT;
}

async function screenOne(source: string): Promise<void> {
  const read = await readSource(source);
  if ('problem' in read) return fail([read.problem]);
  const outcome = screenText(read.text);
  if (!outcome.ok) return fail(outcome.problems);
  process.stdout.write(`${JSON.stringify(outcome.result, null, 2)}\n`);
}

async function screenJsonl(): Promise<void> {
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber += 1;
    const outcome = screenText(line);
    if (!outcome.ok) fail(outcome.problems.map((p) => `line ${lineNumber}: ${p}`));
    process.stdout.write(`${jsonlLine(outcome)}\n`);
  }
}

async function main(args: readonly string[]): Promise<void> {
  if (args.length !== 1) return fail([USAGE]);
  await (args[0] === '--jsonl' ? screenJsonl() : screenOne(args[0]));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // A bug, not bad input: one line, no stack trace, a different status from invalid input.
  process.stderr.write(`screen: internal error: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
