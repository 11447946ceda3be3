/**
 * A QuestionnaireResponse from outside (a file, another system) back to an answers document. Every answer in the
 * response is read, or the response is refused with the answer's path; nothing is skipped without a word.
 *
 * - The whole tree is walked: step groups, question items, items nested under a question (`item[].item`) and
 *   under an answer (`answer[].item`), as FHIR R4 allows; past MAX_ITEM_DEPTH levels the response is refused.
 * - A question is found by its linkId wherever it sits (linkIds are unique in the Questionnaire, que-2); the same
 *   linkId answered twice with different answers is refused.
 * - Refused: another questionnaire or a version not in READABLE_VERSIONS, a status other than completed/amended,
 *   `modifierExtension` or `implicitRules` anywhere (FHIR: a reader that does not understand them must refuse),
 *   elements this reader does not know, unknown linkIds, a value[x] of the wrong type, coded answers of another
 *   system, a date of birth in the future. `extension` (never a modifier) is allowed and not read.
 * - `author` is optional (0..1 in R4; LHC-Forms writes none): then who answered is "not stated", and the caller
 *   says so. An author of a type this app cannot place is refused.
 * Every problem names the path and the linkId: `item[2].item[0].answer[0].item[0] (linkId hiv): …`.
 */
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { isCalendarDate, parseAnswersDocument } from '@/lib/answers';
import type { AnswersDocument, ParseResult, PatientIdentity } from '@/lib/answers';
import { questionById, stepById } from '@/lib/questionnaire';
import { TRI_LABELS } from '@/lib/questionnaire/formatAnswer';
import type { Question, Respondent } from '@/lib/questionnaire';
import { childPath } from '@/lib/import/jsonText';
import { MAX_ITEM_DEPTH } from '@/lib/import/limits';
import { quote } from '@/lib/import/problemList';
import { problemLines } from '@/lib/import/problemLines';
import { problemAt } from '@/lib/i18n/problem';
import type { Problem, ProblemCode, ProblemValue } from '@/lib/i18n/problem';
import { answerSystem, QUESTIONNAIRE_URL, READABLE_QUESTIONNAIRE_VERSIONS, stepIdOfLinkId } from './canonical';

type MapQuestion = Question & { type: 'map' };

/** A row of a map question (`treatmentOutcomes.dupilumab`, docs/fhir/README.md "Per-treatment outcomes"), or undefined. */
function mapRowOf(linkId: string): { question: MapQuestion; key: string } | undefined {
  const dot = linkId.indexOf('.');
  if (dot < 0) return undefined;
  const question = questionById(linkId.slice(0, dot));
  const key = linkId.slice(dot + 1);
  return question?.type === 'map' && question.keys.some((k) => k.id === key) ? { question, key } : undefined;
}
import { respondentOfType } from './respondent';

const ACCEPTED_STATUS = ['completed', 'amended'];

/** R4 QuestionnaireResponse elements this reader knows; `modifierExtension` and `implicitRules` are refused apart. */
const RESPONSE_KEYS = new Set([
  'resourceType', 'id', 'meta', 'language', 'text', 'contained', 'extension', 'identifier', 'basedOn', 'partOf',
  'questionnaire', 'status', 'subject', 'encounter', 'authored', 'author', 'source', 'item',
]);
const ITEM_KEYS = new Set(['id', 'extension', 'linkId', 'definition', 'text', 'answer', 'item']);
const ANSWER_KEYS = new Set(['id', 'extension', 'item']);
const CODING_KEYS = new Set(['id', 'extension', 'system', 'version', 'code', 'display', 'userSelected']);
const REFERENCE_KEYS = new Set(['id', 'extension', 'reference', 'type', 'identifier', 'display']);
/** FHIR R4 date: a year, a year and month, or a full date. */
const FHIR_DATE = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** What a response says besides the answers document. */
export interface ResponseReading {
  document: AnswersDocument;
  /** False when the response has no `author` or `source`: who answered is not stated. */
  respondentStated: boolean;
  /** Where each answered linkId was found, for messages: `item[0].item[3]`. */
  paths: Readonly<Record<string, string>>;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** What a value is, as a `problems.kinds` key ("a list", "text" in words). */
const KIND = (value: unknown) =>
  Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value === 'string' ? 'text' : typeof value;

type Values = Readonly<Record<string, ProblemValue>>;

class Reader {
  readonly problems: Problem[] = [];
  readonly answers: Record<string, unknown> = {};
  readonly paths: Record<string, string> = {};

  problem(path: string, code: ProblemCode, values?: Values) {
    this.problems.push(problemAt(path, code, values));
  }

  /** A problem about an item, named by its path and its linkId. */
  problemOfItem(path: string, linkId: string, code: ProblemCode, values?: Values) {
    this.problems.push({ ...problemAt(path, code, values), linkId });
  }

  /** Refuses every key not in `known`, naming it; FHIR forbids elements a resource does not define. */
  unknownKeys(object: Json, known: ReadonlySet<string>, path: string, what: 'response' | 'item' | 'answer' | 'coding' | 'reference') {
    for (const key of Object.keys(object)) {
      if (key === 'modifierExtension' || key === 'implicitRules' || known.has(key)) continue;
      if (/^value[A-Z]/.test(key) && what === 'answer') continue;
      this.problem(childPath(path, key), 'notAnElement', { what });
    }
  }

  /** modifierExtension and implicitRules anywhere in the resource change its meaning in ways this tool cannot know. */
  modifiers(value: unknown, path: string) {
    // Depth is bounded by the JSON depth limit checked before parsing, so recursion is safe here.
    if (Array.isArray(value)) return value.forEach((v, i) => this.modifiers(v, childPath(path, i)));
    if (!isObject(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'modifierExtension') {
        this.problem(childPath(path, key), 'modifierExtension');
      } else if (key === 'implicitRules') {
        this.problem(childPath(path, key), 'implicitRules');
      } else this.modifiers(child, childPath(path, key));
    }
  }

  items(items: unknown, path: string, depth: number) {
    if (items === undefined) return;
    if (!Array.isArray(items)) return this.problem(path, 'itemsNotList', { kind: KIND(items) });
    if (depth > MAX_ITEM_DEPTH) return this.problem(path, 'itemsTooDeep', { max: MAX_ITEM_DEPTH });
    items.forEach((raw, index) => this.item(raw, childPath(path, index), depth));
  }

  item(raw: unknown, path: string, depth: number) {
    if (!isObject(raw)) return this.problem(path, 'itemNotObject', { kind: KIND(raw) });
    this.unknownKeys(raw, ITEM_KEYS, path, 'item');
    const { linkId } = raw;
    if (typeof linkId !== 'string') return this.problem(path, 'noLinkId');
    const shownId = quote(linkId).slice(1, -1);
    const label = (code: ProblemCode, values?: Values) => this.problemOfItem(path, shownId, code, values);
    const question = questionById(linkId);
    const step = stepById(stepIdOfLinkId(linkId) ?? '');
    const answers = raw.answer;
    if (answers !== undefined && !Array.isArray(answers)) return label('answerNotList', { kind: KIND(answers) });
    const row = question ? undefined : mapRowOf(linkId);
    if (question?.type === 'map') {
      // The group's path names the whole map in messages about it (a version-1 response that has it).
      this.paths[question.id] ??= path;
      if (answers && answers.length > 0) label('mapGroupAnswer');
    } else if (question) this.answersOf(question, answers ?? [], path);
    else if (row) this.answersOf(row.question, answers ?? [], path, row.key);
    else if (step) {
      if (answers && answers.length > 0) label('groupAnswer');
    } else label('unknownLinkId');
    (answers ?? []).forEach((answer, index) => {
      if (isObject(answer)) this.items(answer.item, `${childPath(childPath(path, 'answer'), index)}.item`, depth + 1);
    });
    this.items(raw.item, childPath(path, 'item'), depth + 1);
  }

  /**
   * One question's answers, checked against its type; recorded under its linkId if all are readable. For a row of a
   * map question, `rowKey` names the row and the answer goes into the question's map under it.
   */
  answersOf(question: Question, answers: readonly unknown[], path: string, rowKey?: string) {
    const linkId = rowKey === undefined ? question.id : `${question.id}.${rowKey}`;
    const key = question.type === 'integer' ? 'valueInteger' : question.type === 'text' ? 'valueString' : 'valueCoding';
    const values: unknown[] = [];
    let readable = true;
    answers.forEach((answer, index) => {
      const value = this.answerValue(question, key, answer, `${path}.answer[${index}]`, linkId);
      if (value === undefined) readable = false;
      else values.push(value);
    });
    if (!readable || values.length === 0) return;
    if (question.type !== 'multi' && values.length > 1) {
      return this.problemOfItem(path, linkId, 'tooManyAnswers', { count: values.length });
    }
    const value = question.type === 'multi' ? values : values[0];
    const map = (this.answers[question.id] ?? {}) as Record<string, unknown>;
    const recorded = rowKey === undefined ? this.answers[question.id] : map[rowKey];
    const earlier = this.paths[linkId];
    if (earlier !== undefined) {
      if (JSON.stringify(recorded) !== JSON.stringify(value)) {
        this.problemOfItem(path, linkId, 'differentAnswer', { earlier });
      }
      return;
    }
    if (rowKey === undefined) this.answers[question.id] = value;
    else this.answers[question.id] = { ...map, [rowKey]: value };
    this.paths[linkId] = path;
  }

  answerValue(question: Question, key: string, answer: unknown, at: string, linkId: string): unknown {
    const problem = (code: ProblemCode, values?: Values) => void this.problemOfItem(at, linkId, code, values);
    if (!isObject(answer)) return problem('answerNotObject', { kind: KIND(answer) });
    this.unknownKeys(answer, ANSWER_KEYS, at, 'answer');
    const given = Object.keys(answer).filter((k) => /^value[A-Z]/.test(k));
    if (given.length !== 1 || given[0] !== key) {
      // Element names are FHIR's own, the same in every language, so a comma joins them rather than a word.
      return given.length > 0 ? problem('valueOther', { key, given: given.join(', ') }) : problem('valueMissing', { key });
    }
    const value = answer[key];
    if (key === 'valueInteger') return Number.isInteger(value) ? value : problem('integerNotWhole', { value: quote(value) });
    if (key === 'valueString') return typeof value === 'string' ? value : problem('stringNotText', { kind: KIND(value) });
    if (!isObject(value)) return problem('codingNotObject', { kind: KIND(value) });
    this.unknownKeys(value, CODING_KEYS, `${at}.valueCoding`, 'coding');
    const system = answerSystem(question);
    if (value.system !== system) {
      const expected = String(system);
      return value.system === undefined ? problem('systemMissing', { system: expected }) : problem('systemOther', { system: expected, given: quote(value.system) });
    }
    if (value.code === undefined) return problem('noCode');
    if (typeof value.code !== 'string') return problem('codeNotText', { kind: KIND(value.code), value: quote(value.code) });
    if (displayContradicts(question, value.code, value.display)) {
      return problem('displayContradiction', { code: quote(value.code), display: quote(value.display) });
    }
    return value.code;
  }
}

/**
 * A Coding whose `display` is the label of another option of the same question (code "no", display "Yes"): the
 * person saw one answer and the code says another, so neither can be trusted. Any other display (a translation,
 * extra words) is not compared: FHIR makes the code the meaning, and display only a rendering of it.
 */
function displayContradicts(question: Question, code: string, display: unknown): boolean {
  if (typeof display !== 'string') return false;
  const labels: [string, string][] =
    question.type === 'tri'
      ? Object.entries(TRI_LABELS)
      : question.type === 'choice' || question.type === 'multi' || question.type === 'map'
        ? question.options.map((o) => [o.id, o.label])
        : [];
  const shown = display.trim().toLowerCase();
  const meant = labels.find(([, label]) => label.toLowerCase() === shown);
  return meant !== undefined && meant[0] !== code;
}

function checkCanonical(questionnaire: unknown): { version: string } | { problem: Problem } {
  // The catalogue says "{oldest} or {newest}": this app reads two versions (canonical.ts).
  const readable = { oldest: READABLE_QUESTIONNAIRE_VERSIONS[0], newest: READABLE_QUESTIONNAIRE_VERSIONS.at(-1)! };
  const canonical = `${QUESTIONNAIRE_URL}|${READABLE_QUESTIONNAIRE_VERSIONS.at(-1)}`;
  const problem = (code: ProblemCode, values: Values) => ({ problem: problemAt('questionnaire', code, values) });
  if (typeof questionnaire !== 'string') return problem('questionnaireMissing', { canonical });
  const [url, version, ...rest] = questionnaire.split('|');
  if (url !== QUESTIONNAIRE_URL || rest.length > 0) return problem('otherQuestionnaire', { given: quote(questionnaire), url: QUESTIONNAIRE_URL });
  if (version === undefined) return problem('noVersion', { ...readable, canonical });
  if (!READABLE_QUESTIONNAIRE_VERSIONS.includes(version)) return problem('versionNotRead', { given: quote(version), ...readable });
  return { version };
}

/** The contained resource a `#id` reference points to. */
function contained(response: Json, reference: unknown): Json | undefined {
  if (typeof reference !== 'string' || !reference.startsWith('#') || !Array.isArray(response.contained)) return undefined;
  return response.contained.find((c): c is Json => isObject(c) && `#${String(c.id)}` === reference);
}

/** The resource type a reference points to: its `type`, its contained resource, or `Type/id`. */
function typeOf(response: Json, ref: Json): string | undefined {
  if (typeof ref.type === 'string') return ref.type;
  const inside = contained(response, ref.reference);
  if (typeof inside?.resourceType === 'string') return inside.resourceType;
  return typeof ref.reference === 'string' && ref.reference.includes('/') ? ref.reference.split('/')[0] : undefined;
}

/** `author`, else `source`: who typed the answers, or null when the response does not say. */
function respondentOf(reader: Reader, response: Json): Respondent | null | undefined {
  for (const element of ['author', 'source'] as const) {
    const ref = response[element];
    if (ref === undefined) continue;
    if (!isObject(ref)) return void reader.problem(element, 'notReference', { kind: KIND(ref) });
    reader.unknownKeys(ref, REFERENCE_KEYS, element, 'reference');
    const respondent = respondentOfType(typeOf(response, ref));
    if (!respondent) return void reader.problem(element, 'authorType');
    return respondent;
  }
  return null;
}

/** Name and date of birth from the contained Patient that `subject` points to, if any. */
function patientIdentity(reader: Reader, response: Json, today: string): PatientIdentity | undefined {
  if (Array.isArray(response.contained)) {
    response.contained.forEach((c, i) => {
      if (!isObject(c) || c.resourceType !== 'Patient') {
        if (isObject(c) && typeof c.resourceType === 'string') reader.problem(`contained[${i}]`, 'containedOther', { resourceType: quote(c.resourceType).slice(1, -1) });
        else reader.problem(`contained[${i}]`, 'containedNotResource');
      }
    });
  } else if (response.contained !== undefined) reader.problem('contained', 'containedNotList', { kind: KIND(response.contained) });
  const subject = response.subject;
  if (!isObject(subject)) return undefined;
  const patient = contained(response, subject.reference);
  if (!patient || patient.resourceType !== 'Patient') return undefined;
  const index = (response.contained as unknown[]).indexOf(patient);
  const names = Array.isArray(patient.name) ? patient.name : [];
  const name = isObject(names[0]) ? names[0] : {};
  const given = Array.isArray(name.given) ? name.given.filter((g) => typeof g === 'string') : [];
  const text = typeof name.text === 'string' ? name.text : [...given, ...(typeof name.family === 'string' ? [name.family] : [])].join(' ') || undefined;
  const { birthDate } = patient;
  const at = `contained[${index}].birthDate`;
  if (birthDate !== undefined) {
    if (typeof birthDate !== 'string' || !FHIR_DATE.test(birthDate)) reader.problem(at, 'partialDateFormatNot', { value: quote(birthDate) });
    else if (!isCalendarDate(birthDate)) reader.problem(at, 'notACalendarDate', { date: birthDate });
    else if (birthDate > today.slice(0, birthDate.length)) reader.problem(at, 'dateInFuture', { date: birthDate });
  }
  return {
    ...(text !== undefined ? { name: text } : {}),
    ...(typeof birthDate === 'string' && FHIR_DATE.test(birthDate) ? { dateOfBirth: birthDate } : {}),
  };
}

/** The answers schema's paths (`answers.age`, `patient.dateOfBirth`) in FHIR terms, with the item's path. */
function inFhirTerms(problem: Problem, paths: Readonly<Record<string, string>>): Problem {
  const path = problem.path ?? '';
  const answer = /^answers\.([^.]+)(\.\d+)?$/.exec(path);
  if (answer) {
    const linkId = answer[1];
    const where = paths[linkId];
    if (where) return { ...problem, path: where, linkId };
    const { path: _answersPath, ...rest } = problem;
    return { ...rest, linkId, code: problem.code === 'required' ? 'noAnswer' : problem.code };
  }
  const fhirName = path.replace(/^patient\.name$/, 'Patient.name').replace(/^patient\.dateOfBirth$/, 'Patient.birthDate');
  return { ...problem, path: fhirName };
}

/**
 * Reads a parsed QuestionnaireResponse. `today` (YYYY-MM-DD) is when the import happens, for the date of birth.
 * Never throws; problems name the path and the linkId.
 */
export function readQuestionnaireResponse(json: unknown, today: string = new Date().toISOString().slice(0, 10)): ParseResult<ResponseReading> {
  const resourceType = isObject(json) ? json.resourceType : undefined;
  if (isObject(json) && resourceType === 'Bundle') {
    return { ok: false, problems: [problemAt('resourceType', 'bundle')] };
  }
  if (!isObject(json) || resourceType !== 'QuestionnaireResponse') {
    const problem = resourceType === undefined ? problemAt('resourceType', 'resourceType') : problemAt('resourceType', 'resourceTypeNot', { given: quote(resourceType) });
    return { ok: false, problems: [problem] };
  }
  const canonical = checkCanonical(json.questionnaire);
  if ('problem' in canonical) return { ok: false, problems: [canonical.problem] };
  if (typeof json.status !== 'string' || !ACCEPTED_STATUS.includes(json.status)) {
    return { ok: false, problems: [problemAt('status', 'status', { given: quote(json.status) })] };
  }
  const reader = new Reader();
  reader.modifiers(json, '');
  reader.unknownKeys(json, RESPONSE_KEYS, '', 'response');
  reader.items(json.item, 'item', 1);
  const respondent = respondentOf(reader, json);
  const patient = patientIdentity(reader, json, today);
  if (reader.problems.length > 0) return { ok: false, problems: reader.problems };

  const doc = {
    schemaVersion: Number(canonical.version),
    // The answers document needs a respondent for its wording; the caller shows that the file did not say.
    respondent: respondent ?? 'patient',
    answers: reader.answers,
    ...(patient ? { patient } : {}),
  };
  const result = parseAnswersDocument(doc);
  if (!result.ok) return { ok: false, problems: result.problems.map((p) => inFhirTerms(p, reader.paths)) };
  return { ok: true, value: { document: result.value, respondentStated: respondent !== null, paths: reader.paths } };
}

/** The answers document of a response, or its problems: readQuestionnaireResponse without the extras. */
export function parseQuestionnaireResponse(json: unknown): ParseResult<AnswersDocument> {
  const result = readQuestionnaireResponse(json);
  return result.ok ? { ok: true, value: result.value.document } : result;
}

/** The typed way back for a response this app made or already checked; throws with every problem otherwise. */
export function questionnaireResponseToAnswers(qr: QuestionnaireResponse): AnswersDocument {
  const result = parseQuestionnaireResponse(qr);
  if (!result.ok) throw new Error(`Not a readable JAK Screener response:\n${problemLines(result.problems).join('\n')}`);
  return result.value;
}
