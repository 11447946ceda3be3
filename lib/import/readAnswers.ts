/**
 * The one reading function of every import: the answers file and the FHIR file on the start page, a scanned QR
 * code, and the command line. Whatever the entry point, every answer in the input ends in exactly one of three
 * places: read into the answers document, named in a refusal, or named in the "not used" list (answers to
 * questions the person would not have been shown). Nothing else happens to an answer.
 *
 * Order: size (before reading), encoding (UTF-8 with or without a byte-order mark), depth, JSON with duplicate
 * names refused, then the format: a FHIR QuestionnaireResponse (it says so in `resourceType`) or the answers
 * document of questions.md. Never throws: a bug in a reader becomes a refusal, not an "internal error".
 */
import { parseAnswersDocument, pruneHidden } from '@/lib/answers';
import type { AnswersDocument } from '@/lib/answers';
import { questionById } from '@/lib/questionnaire';
import { listTickedRows } from '@/lib/questionnaire/layout';
import type { ListCompleted } from '@/lib/questionnaire/layout';
import { readQuestionnaireResponse } from '@/lib/fhir/parseQuestionnaireResponse';
import { answersNotUsed } from './answersNotUsed';
import type { NotUsedAnswer } from './answersNotUsed';
import { birthDateNotes } from './birthDateNotes';
import { decodeUtf8, parseJsonText } from './jsonText';
import { capProblems } from './problemList';
import { problemAt, problemOf } from '@/lib/i18n/problem';
import type { Problem } from '@/lib/i18n/problem';

export type InputFormat = 'answers' | 'fhir';

/** What the person checking an import is told besides the answers. */
export interface ImportReport {
  format: InputFormat;
  /** False when a FHIR response does not say who answered (no author or source). */
  respondentStated: boolean;
  /** Answers in the input to questions that would not have been shown, each with its reason. */
  notUsed: NotUsedAnswer[];
  /** A partial date of birth, or one that does not match the age answer. */
  dateNotes: Problem[];
  /** Items a "using now" tick named that its "ever used" list lacked, added to that list (listTickedRows). */
  listsCompleted: ListCompleted[];
}

export type ImportResult =
  | { ok: true; document: AnswersDocument; report: ImportReport }
  | { ok: false; /** At most a screenful of problems, the last one counting the rest (problemText puts them in words). */ problems: Problem[] };

export interface ReadOptions {
  /** The day of the import (YYYY-MM-DD): a date of birth after it is refused. Defaults to today (UTC). */
  today?: string;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "This file is not an answers file: it holds a list, not a set of answers." */
function notADocument(value: unknown): Problem | null {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return null;
  const holds = Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value === 'string' ? 'text' : typeof value;
  return problemOf('notADocument', { holds });
}

/**
 * A problem at `answers.age`, or at a FHIR item whose linkId is a question, names its question too, in the reader's
 * language ("answers.age (Age (years)): must be …", "item[2] (linkId hiv) (HIV or …): …").
 */
function withQuestion(problem: Problem): Problem {
  const id = /^answers\.([^.]+)(?:\.\d+)?$/.exec(problem.path ?? '')?.[1] ?? problem.linkId;
  return id !== undefined && questionById(id) ? { ...problem, question: id } : problem;
}

function readValue(value: unknown, today: string): ImportResult {
  const notDocument = notADocument(value);
  if (notDocument) return { ok: false, problems: [notDocument] };
  let document: AnswersDocument;
  let format: InputFormat;
  let respondentStated = true;
  if ('resourceType' in (value as object)) {
    format = 'fhir';
    const read = readQuestionnaireResponse(value, today);
    if (!read.ok) return { ok: false, problems: read.problems.map(withQuestion) };
    document = read.value.document;
    respondentStated = read.value.respondentStated;
  } else {
    format = 'answers';
    if (!['schemaVersion', 'respondent', 'answers'].some((key) => key in (value as object))) {
      return { ok: false, problems: [problemOf('noAnswersFields')] };
    }
    const read = parseAnswersDocument(value);
    if (!read.ok) return { ok: false, problems: read.problems.map(withQuestion) };
    document = read.value;
    const born = document.patient?.dateOfBirth;
    if (born !== undefined && FULL_DATE.test(born) && born > today) {
      return { ok: false, problems: [problemAt('patient.dateOfBirth', 'dateInFuture', { date: born })] };
    }
  }
  // A tick says the item is used, so it was used: the list gets the item (said in the notes) before anything is pruned.
  const { answers, added: listsCompleted } = listTickedRows(document.answers);
  const notUsed = answersNotUsed(answers);
  const dateNotes = birthDateNotes(document.patient?.dateOfBirth, answers.age, today);
  return { ok: true, document: { ...document, answers: pruneHidden(answers) }, report: { format, respondentStated, notUsed, dateNotes, listsCompleted } };
}

function guarded(read: () => ImportResult): ImportResult {
  try {
    const result = read();
    return result.ok ? result : { ok: false, problems: capProblems(result.problems) };
  } catch {
    // A reader bug, never the person's fault: still a plain refusal that changes nothing.
    return { ok: false, problems: [problemOf('readerBug')] };
  }
}

const todayOf = (options: ReadOptions) => options.today ?? new Date().toISOString().slice(0, 10);

/** Reads JSON text (a decoded file, a QR code's payload, a line of JSON Lines). A leading U+FEFF is skipped. */
export function readAnswersText(text: string, options: ReadOptions = {}): ImportResult {
  return guarded(() => {
    const json = parseJsonText(text);
    return json.ok ? readValue(json.value, todayOf(options)) : json;
  });
}

/** Reads a file's bytes: size and encoding first (UTF-8, with or without a byte-order mark), then as text. */
export function readAnswersBytes(bytes: Uint8Array, options: ReadOptions = {}): ImportResult {
  return guarded(() => {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) return decoded;
    const json = parseJsonText(decoded.text);
    return json.ok ? readValue(json.value, todayOf(options)) : json;
  });
}
