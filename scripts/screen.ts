/**
 * Screens answers documents, or FHIR QuestionnaireResponses (issue 6), from the command line (issue 2):
 *   npm run --silent screen -- FILE      one document from a file; FILE may be "-" for stdin
 *   npm run --silent screen -- --jsonl   one document per line on stdin, one result per line on stdout
 * Invalid input: exit status 2, each problem on stderr as "path: message" (or "linkId x: message" for a
 * QuestionnaireResponse), nothing on stdout for that document.
 */
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { jsonlLine, screenBytes, screenText } from '@/lib/cli/screenText';
import { MAX_INPUT_BYTES, sizeProblem } from '@/lib/import';

const INVALID_INPUT = 2;
const USAGE = 'usage: npm run --silent screen -- FILE | - | --jsonl';

/** Stdin as bytes; stops reading once past the size limit, so a huge input is refused without being kept. */
async function readStdin(): Promise<{ bytes: Uint8Array } | { problem: string }> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > MAX_INPUT_BYTES) {
      process.stdin.destroy();
      return { problem: sizeProblem(length)!.replace(/^This file/, 'The input') };
    }
  }
  return { bytes: Buffer.concat(chunks) };
}

/** A file's bytes; its size is checked before any of it is read. The reader decodes (UTF-8, with or without a BOM). */
async function readSource(source: string): Promise<{ bytes: Uint8Array } | { problem: string }> {
  if (source === '-') return readStdin();
  try {
    const tooLarge = sizeProblem((await stat(source)).size);
    if (tooLarge) return { problem: tooLarge };
    return { bytes: await readFile(source) };
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
  const outcome = screenBytes(read.bytes);
  if (!outcome.ok) return fail(outcome.problems);
  process.stdout.write(`${JSON.stringify(outcome.result, null, 2)}\n`);
}

async function screenJsonl(): Promise<void> {
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber += 1;
    const tooLarge = sizeProblem(Buffer.byteLength(line));
    const outcome = tooLarge ? { ok: false as const, problems: [tooLarge.replace(/^This file/, 'This line')] } : screenText(line);
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
