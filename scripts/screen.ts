/**
 * Screens answers documents, or FHIR QuestionnaireResponses (issue 6), from the command line (issue 2):
 *   npm run --silent screen -- FILE      one document from a file; FILE may be "-" for stdin
 *   npm run --silent screen -- --jsonl   one document per line on stdin, one result per line on stdout
 * A read document prints its ScreeningResult with `notUsed` (sentences naming answers to questions that would not
 * have been shown) and `listsCompleted` (sentences naming treatments a "using now" tick added to "ever used"); in
 * single-file mode those sentences go to stderr too. Invalid input: exit status 2, each
 * problem on stderr as "path: message" (or "linkId x: message" for a QuestionnaireResponse), nothing on stdout
 * for that document.
 *
 * Every input is read with a byte limit (MAX_INPUT_BYTES): a device (/dev/zero), a pipe that never ends or a line
 * with no newline is refused once past it, never held whole.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { jsonlLine, screenBytes } from '@/lib/cli/screenText';
import type { ScreenOutcome } from '@/lib/cli/screenText';
import { MAX_INPUT_BYTES, sizeProblem } from '@/lib/import';
import { problemLine } from '@/lib/import/problemLines';

const INVALID_INPUT = 2;
const USAGE = `usage: npm run --silent screen -- FILE | - | --jsonl
  FILE     an answers file or a FHIR QuestionnaireResponse (JSON), or a JAKS2: hand-off code as text
  -        the same, read from standard input
  --jsonl  one document per line on standard input, one result per line on standard output (blank lines skipped)
Prints the screening result as JSON, with "notUsed": a sentence for each answer that was not used because its
question would not have been shown, and "listsCompleted": a sentence for each treatment a "using now" answer named
that "ever used" lacked, added to "ever used". For FILE and -, those sentences go to standard error too.
Exit status 0: read; 2: refused (each problem on standard error); 1: a bug.`;

const tooLargeStream = (what: string) =>
  `${what} is too large to be an answers file: it goes past the limit of ${MAX_INPUT_BYTES.toLocaleString('en-US')} bytes (1 MB), so it was not read. Answers files from this tool are a few KB.`;

/** A stream's bytes, stopping once past the size limit, so a huge or endless input is refused without being kept. */
async function readLimited(input: Readable, what: string): Promise<{ bytes: Uint8Array } | { problem: string }> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of input) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > MAX_INPUT_BYTES) {
      input.destroy();
      return { problem: tooLargeStream(what) };
    }
  }
  return { bytes: Buffer.concat(chunks) };
}

/** A plain sentence for a file that cannot be opened, instead of the system's code (ENOENT, EISDIR). */
function cannotOpen(source: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `${source}: there is no file with this name. Check the name and the folder, and try again.`;
  if (code === 'EISDIR') return `${source}: is a folder, not a file. Give the name of an answers file in it.`;
  if (code === 'EACCES' || code === 'EPERM') return `${source}: this file cannot be opened: you do not have permission to read it.`;
  return `${source}: this file cannot be opened. Check that it is an answers file you can read, and try again.`;
}

/** A file's bytes: a regular file's size is checked before any of it is read; anything else is read with the limit. */
async function readSource(source: string): Promise<{ bytes: Uint8Array } | { problem: string }> {
  if (source === '-') return readLimited(process.stdin, 'The input');
  try {
    const info = await stat(source);
    if (info.isDirectory()) return { problem: cannotOpen(source, { code: 'EISDIR' }) };
    // A device or a pipe (/dev/zero, /dev/stdin) says size 0, so its size says nothing: the limit decides.
    if (info.isFile()) {
      const tooLarge = sizeProblem(info.size);
      if (tooLarge) return { problem: problemLine(tooLarge) };
    }
    return await readLimited(createReadStream(source), 'This file');
  } catch (error) {
    return { problem: cannotOpen(source, error) };
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
  process.stderr.write([...outcome.result.listsCompleted, ...outcome.result.notUsed].map((sentence) => `${sentence}\n`).join(''));
  process.stdout.write(`${JSON.stringify(outcome.result, null, 2)}\n`);
}

/** In --jsonl mode each problem is about one line, so "This file …" is said as "This line …". */
const ofLine = (problem: string) => problem.replace(/^This file/, 'This line').replace(/^The input/, 'This line');

/**
 * Lines of stdin as bytes, each held only up to the size limit: a longer line is read to its end and counted, but
 * not kept, and comes back as its byte count alone. A final line without a newline is still a line.
 */
async function* limitedLines(input: Readable): AsyncGenerator<Uint8Array | { tooLong: number }> {
  let parts: Buffer[] = [];
  let length = 0;
  const finish = () => {
    const line = length > MAX_INPUT_BYTES ? { tooLong: length } : Buffer.concat(parts);
    parts = [];
    length = 0;
    return line;
  };
  for await (const chunk of input) {
    let rest = chunk as Buffer;
    for (let newline = rest.indexOf(10); newline >= 0; newline = rest.indexOf(10)) {
      const piece = rest.subarray(0, newline);
      length += piece.length;
      if (length <= MAX_INPUT_BYTES) parts.push(piece);
      yield finish();
      rest = rest.subarray(newline + 1);
    }
    length += rest.length;
    if (length <= MAX_INPUT_BYTES) parts.push(Buffer.from(rest));
    else parts = [];
  }
  if (length > 0) yield finish();
}

async function screenJsonl(): Promise<void> {
  let lineNumber = 0;
  for await (const line of limitedLines(process.stdin)) {
    lineNumber += 1;
    let outcome: ScreenOutcome;
    if ('tooLong' in line) outcome = { ok: false, problems: [ofLine(problemLine(sizeProblem(line.tooLong)!))] };
    else {
      const bytes = line.at(-1) === 13 ? line.subarray(0, -1) : line; // a CRLF line ending
      if (Buffer.from(bytes).toString('utf8').trim() === '') continue; // a blank line is not a document
      const screened = screenBytes(bytes);
      outcome = screened.ok ? screened : { ok: false, problems: screened.problems.map(ofLine) };
    }
    if (!outcome.ok) fail(outcome.problems.map((p) => `line ${lineNumber}: ${p}`));
    process.stdout.write(`${jsonlLine(outcome)}\n`);
  }
}

async function main(args: readonly string[]): Promise<void> {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.length !== 1) return fail([USAGE]);
  await (args[0] === '--jsonl' ? screenJsonl() : screenOne(args[0]));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // A bug, not bad input: one line, no stack trace, a different status from invalid input.
  process.stderr.write(`screen: internal error: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
