/**
 * Bytes to JSON values, refusing what FHIR JSON forbids or what cannot be read safely, each with a coded problem:
 * - a text encoding other than UTF-8 (FHIR R4 json.html: "JSON is always encoded in UTF-8"); a UTF-8 byte-order
 *   mark is allowed and skipped, so a file reads the same on the start page and on the command line;
 * - nesting deeper than MAX_JSON_DEPTH, checked by a scan of the text before any parser recurses into it;
 * - a name written twice in one object (FHIR json.html: duplicate property names are not allowed). JSON.parse keeps
 *   the last one silently, so the text is parsed with @humanwhocodes/momoa, which keeps every member.
 */
import { parse } from '@humanwhocodes/momoa';
import type { AnyNode } from '@humanwhocodes/momoa';
import { problemAt, problemOf } from '@/lib/i18n/problem';
import type { Problem, ProblemCode } from '@/lib/i18n/problem';
import { MAX_INPUT_BYTES, MAX_JSON_DEPTH } from './limits';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/** The size check, on the byte count alone: the caller can make it before reading the file. */
export function sizeProblem(byteCount: number): Problem | null {
  if (byteCount <= MAX_INPUT_BYTES) return null;
  return problemOf('fileTooLarge', { bytes: byteCount, limit: MAX_INPUT_BYTES });
}

/** The encoding a byte-order mark or a NUL pattern gives away, for files that are not UTF-8 (a catalogue select key). */
function otherEncoding(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return 'utf32be';
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return 'utf32le';
  if (a === 0xfe && b === 0xff) return 'utf16be';
  if (a === 0xff && b === 0xfe) return 'utf16le';
  // Without a mark, UTF-16 text of ASCII characters has every other byte zero; UTF-8 JSON has no zero bytes.
  if (bytes.length >= 2 && a !== 0x00 && b === 0x00) return 'utf16le';
  if (bytes.length >= 2 && a === 0x00 && b !== 0x00) return 'utf16be';
  return null;
}

/** UTF-8 bytes (with or without a byte-order mark) to text; any other encoding is refused by name. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  const tooLarge = sizeProblem(bytes.length);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const encoding = otherEncoding(bytes);
  if (encoding) return { ok: false, problems: [problemOf('otherEncoding', { encoding })] };
  const skipped = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // Bytes from another realm (a FileReader's ArrayBuffer in some environments) are copied into this one first.
  const body = skipped instanceof Uint8Array ? skipped : Uint8Array.from(skipped);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return { ok: false, problems: [problemOf('notUtf8')] };
  }
}

/** Where objects and lists first go deeper than MAX_JSON_DEPTH, as a 1-based line number; null if they never do. */
function tooDeepAt(text: string): number | null {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++; // backslash: the next character is escaped
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_JSON_DEPTH) return line;
    } else if (c === 125 || c === 93) depth--;
  }
  return null;
}

/** `item[0].answer[1]` style paths, the way FHIR and the refusals name places in a file. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key.length > 40 ? `${key.slice(0, 39)}…` : key);
  return path === '' ? name : `${path}.${name}`;
}

/** True when JSON number text (`-12.50e1`) stands for a whole number, judged on its digits, not on a float. */
function textIsWhole(raw: string): boolean {
  const match = /^-?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(raw);
  if (!match) return false;
  const fraction = match[2] ?? '';
  const exponent = Number(match[3] ?? 0);
  // The digits after the point that remain a fraction once the exponent moves the point.
  const digits = match[1] + fraction;
  const pointAt = match[1].length + exponent;
  const remaining = pointAt <= 0 ? digits : digits.slice(Math.min(pointAt, digits.length));
  return /^0*$/.test(remaining);
}

/**
 * Why a number cannot be used as written, or null. JSON.parse and momoa round to the nearest float, so
 * `11.99999999999999999` would read as 12 and `1e400` as Infinity: the rules would then see an age the person did
 * not write. The raw text decides: a whole float from text that is not whole, anything past Infinity, and whole
 * numbers beyond exact float range are refused, quoting the text as written. `45.0` is whole and reads as 45.
 */
function numberProblem(raw: string, value: number): ProblemCode | null {
  if (!Number.isFinite(value) || (Number.isInteger(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER)) return 'numberTooLarge';
  if (Number.isInteger(value) && !textIsWhole(raw)) return 'numberNotWhole';
  return null;
}

/** A momoa node to a plain value; names written twice are reported with their path and the value is not used. */
function toValue(node: AnyNode, path: string, problems: Problem[], text: string): unknown {
  switch (node.type) {
    case 'Document':
      return toValue(node.body, path, problems, text);
    case 'Number': {
      const raw = text.slice(node.loc.start.offset, node.loc.end.offset);
      const problem = numberProblem(raw, node.value);
      if (problem) problems.push(problemAt(path, problem, { number: raw.length > 40 ? `${raw.slice(0, 39)}…` : raw }));
      return problem ? undefined : node.value;
    }
    case 'Object': {
      const object: Record<string, unknown> = {};
      for (const member of node.members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name;
        const at = childPath(path, key);
        if (Object.hasOwn(object, key)) {
          problems.push(problemAt(at, 'writtenTwice'));
          continue;
        }
        // defineProperty, not assignment: a member named "__proto__" stays a plain member.
        Object.defineProperty(object, key, { value: toValue(member.value, at, problems, text), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    case 'Array':
      return node.elements.map((element, index) => toValue(element.value, childPath(path, index), problems, text));
    case 'String':
    case 'Boolean':
      return node.value;
    case 'Null':
      return null;
    default:
      problems.push(problemAt(path, 'notJsonValue'));
      return undefined;
  }
}

/** JSON text to a value, or coded problems (never an exception). A leading U+FEFF is skipped. */
export function parseJsonText(input: string): JsonResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return { ok: false, problems: [problemOf('emptyFile')] };
  const deepLine = tooDeepAt(text);
  if (deepLine !== null) return { ok: false, problems: [problemOf('tooDeep', { max: MAX_JSON_DEPTH, line: String(deepLine) })] };
  let document;
  try {
    document = parse(text, { mode: 'json' });
  } catch (error) {
    const { line, column } = error as { line?: number; column?: number };
    const problem = line !== undefined ? problemOf('notJsonAt', { line: String(line), column: String(column ?? 1) }) : problemOf('notJson');
    return { ok: false, problems: [problem] };
  }
  const problems: Problem[] = [];
  const value = toValue(document, '', problems, text);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
