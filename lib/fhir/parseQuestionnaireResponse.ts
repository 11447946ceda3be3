/**
 * A QuestionnaireResponse from outside (a file, another system) back to an answers document, validated twice:
 * first as FHIR (resource type, our questionnaire's canonical URL and version, known linkIds, the value[x] type
 * each question takes), then through the same answers schema as every other import (parseAnswersDocument).
 * Every answer problem names its linkId (`linkId hepatitisB: must be one of …`). Nothing is guessed: a response
 * to another questionnaire, or to another version of ours, is refused as a whole.
 */
import { z } from 'zod';
import type { QuestionnaireResponse } from '@medplum/fhirtypes';
import { parseAnswersDocument, READABLE_SCHEMA_VERSIONS } from '@/lib/answers';
import type { AnswersDocument, ParseResult, PatientIdentity } from '@/lib/answers';
import { questionById, stepById } from '@/lib/questionnaire';
import type { Question } from '@/lib/questionnaire';
import { answerSystem, QUESTIONNAIRE_CANONICAL, QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION, stepIdOfLinkId } from './canonical';
import { respondentOfType } from './respondent';

const ACCEPTED_STATUS = ['completed', 'amended'] as const;

const referenceSchema = z.object({ reference: z.string().optional(), type: z.string().optional(), display: z.string().optional() });
const containedSchema = z.object({ resourceType: z.string(), id: z.string().optional() }).loose();
const patientSchema = z
  .object({
    name: z.array(z.object({ text: z.string().optional(), given: z.array(z.string()).optional(), family: z.string().optional() })).optional(),
    birthDate: z.string().optional(),
  })
  .loose();

/** The envelope: what must hold before any answer is read. Other R4 elements (id, meta, text…) are ignored. */
const envelopeSchema = z.object({
  questionnaire: z.string({ error: `is required: the canonical URL of the questionnaire answered, ${QUESTIONNAIRE_CANONICAL}` }),
  status: z.enum(ACCEPTED_STATUS, { error: `must be "completed" or "amended": this app takes finished answers only` }),
  // FHIR: a reader that does not understand a modifier extension must refuse the resource.
  modifierExtension: z.undefined({ error: 'holds modifier extensions, which this app does not understand' }).optional(),
  subject: referenceSchema.optional(),
  author: referenceSchema.optional(),
  source: referenceSchema.optional(),
  contained: z.array(containedSchema).optional(),
  item: z.array(z.unknown(), { error: 'must be a list of items' }).optional(),
});
type Envelope = z.infer<typeof envelopeSchema>;

const itemSchema = z.object({
  linkId: z.string({ error: 'has no linkId' }),
  answer: z.array(z.record(z.string(), z.unknown()), { error: 'answer must be a list' }).optional(),
  item: z.array(z.unknown(), { error: 'item must be a list' }).optional(),
});

/** The value[x] element each question type answers with. */
function valueKey(question: Question): 'valueCoding' | 'valueInteger' | 'valueString' {
  return question.type === 'integer' ? 'valueInteger' : question.type === 'text' ? 'valueString' : 'valueCoding';
}

const codingSchema = z.object({ system: z.string().optional(), code: z.unknown() });

/** One question's answers as an answers-document value; problems are pushed with the linkId in front. */
function readAnswers(question: Question, answers: readonly Record<string, unknown>[], problem: (m: string) => void): unknown {
  const key = valueKey(question);
  const values: unknown[] = [];
  for (const answer of answers) {
    const given = Object.keys(answer).filter((k) => /^value[A-Z]/.test(k));
    if (given.length !== 1 || given[0] !== key) {
      problem(`answer must be ${key}${given.length > 0 ? `, not ${given.join(' and ')}` : ''}`);
      continue;
    }
    if (key !== 'valueCoding') {
      values.push(answer[key]);
      continue;
    }
    const coding = codingSchema.safeParse(answer[key]);
    const system = answerSystem(question);
    if (!coding.success) problem('valueCoding must be a Coding');
    else if (coding.data.system !== system) problem(`valueCoding.system must be ${system}`);
    else values.push(coding.data.code);
  }
  if (question.type === 'multi') return values;
  if (answers.length > 1) problem(`takes one answer, not ${answers.length}`);
  return values[0];
}

/** The rows of a map question's group (`treatmentOutcomes.dupilumab`, one Coding each) as one map answer. */
function readMapRows(question: Question & { type: 'map' }, items: readonly unknown[], where: string, problems: string[]): unknown {
  const map: Record<string, unknown> = {};
  items.forEach((raw, index) => {
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${where}[${index}]: ${i.message}`));
      return;
    }
    const { linkId, answer } = parsed.data;
    const key = linkId.startsWith(`${question.id}.`) ? linkId.slice(question.id.length + 1) : undefined;
    const problem = (message: string) => problems.push(`linkId ${linkId}: ${message}`);
    if (key === undefined || !question.keys.some((k) => k.id === key)) problem(`is not a row of ${question.id}`);
    else if (key in map) problem('is answered more than once');
    else if (answer && answer.length > 0) map[key] = readAnswers(question, answer, problem);
  });
  return Object.keys(map).length > 0 ? map : undefined;
}

/** Walks step groups and question items; collects answers by question id. */
function readItems(items: readonly unknown[], where: string, answers: Record<string, unknown>, problems: string[]): void {
  items.forEach((raw, index) => {
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${where}[${index}]: ${i.message}`));
      return;
    }
    const { linkId, answer, item } = parsed.data;
    const question = questionById(linkId);
    const problem = (message: string) => problems.push(`linkId ${linkId}: ${message}`);
    if (question?.type === 'map') {
      if (linkId in answers) problem('is answered more than once');
      else answers[linkId] = readMapRows(question, item ?? [], `${where}[${index}].item`, problems);
    } else if (question) {
      if (linkId in answers) problem('is answered more than once');
      else if (answer && answer.length > 0) answers[linkId] = readAnswers(question, answer, problem);
    } else if (stepById(stepIdOfLinkId(linkId) ?? '')) {
      readItems(item ?? [], `${where}[${index}].item`, answers, problems);
    } else {
      problem('is not a question in this questionnaire');
    }
  });
}

/** The questionnaire version a response answers (checkCanonical has accepted it). */
function versionOf(questionnaire: string): number {
  return Number(questionnaire.split('|')[1]);
}

function checkCanonical(questionnaire: string): string | null {
  const [url, version, ...rest] = questionnaire.split('|');
  if (url !== QUESTIONNAIRE_URL || rest.length > 0) {
    return `questionnaire: "${questionnaire}" is not the JAK Screener questionnaire (${QUESTIONNAIRE_URL})`;
  }
  if (version === undefined) return `questionnaire: names no version; this app reads version ${QUESTIONNAIRE_VERSION} (${QUESTIONNAIRE_CANONICAL})`;
  // Older versions are read through the one migration of answers documents (lib/answers/migrate.ts).
  if (!READABLE_SCHEMA_VERSIONS.map(String).includes(version)) {
    return `questionnaire: version "${version}" is not supported: this app reads versions ${READABLE_SCHEMA_VERSIONS.join(' and ')} (current: ${QUESTIONNAIRE_VERSION})`;
  }
  return null;
}

function containedById(envelope: Envelope, reference: string | undefined) {
  return reference?.startsWith('#') ? envelope.contained?.find((c) => `#${c.id}` === reference) : undefined;
}

/** The resource type a reference points to: its `type`, its contained resource, or `Type/id`. */
function typeOf(envelope: Envelope, ref: Envelope['author']): string | undefined {
  return ref?.type ?? containedById(envelope, ref?.reference)?.resourceType ?? ref?.reference?.split('/')[0];
}

/** Name and date of birth from the contained Patient that `subject` points to, if any. */
function patientIdentity(envelope: Envelope): PatientIdentity | undefined {
  const contained = containedById(envelope, envelope.subject?.reference);
  if (contained?.resourceType !== 'Patient') return undefined;
  const patient = patientSchema.safeParse(contained);
  if (!patient.success) return {};
  const name = patient.data.name?.[0];
  const text = name?.text ?? ([...(name?.given ?? []), ...(name?.family ? [name.family] : [])].join(' ') || undefined);
  return {
    ...(text !== undefined ? { name: text } : {}),
    ...(patient.data.birthDate !== undefined ? { dateOfBirth: patient.data.birthDate } : {}),
  };
}

/** The answers schema's paths (`answers.age`, `patient.dateOfBirth`) in FHIR terms. */
function inFhirTerms(problem: string): string {
  return problem
    .replace(/^answers\.([^.:]+)(\.\d+)?:/, 'linkId $1:')
    .replace(/^patient\.name:/, 'Patient.name:')
    .replace(/^patient\.dateOfBirth:/, 'Patient.birthDate:');
}

export function parseQuestionnaireResponse(json: unknown): ParseResult<AnswersDocument> {
  const resourceType = json !== null && typeof json === 'object' ? (json as Record<string, unknown>).resourceType : undefined;
  if (resourceType !== 'QuestionnaireResponse') {
    return { ok: false, problems: [`resourceType: must be "QuestionnaireResponse"${resourceType === undefined ? '' : `, not ${JSON.stringify(resourceType)}`}`] };
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`) };
  }
  const envelope = parsed.data;
  const wrongQuestionnaire = checkCanonical(envelope.questionnaire);
  if (wrongQuestionnaire) return { ok: false, problems: [wrongQuestionnaire] };

  const problems: string[] = [];
  const answers: Record<string, unknown> = {};
  readItems(envelope.item ?? [], 'item', answers, problems);
  const respondent = respondentOfType(typeOf(envelope, envelope.author) ?? typeOf(envelope, envelope.source));
  if (!respondent) problems.push('author: must say who typed the answers: a Patient, RelatedPerson (caregiver) or Practitioner (clinic staff)');
  if (problems.length > 0) return { ok: false, problems };

  const patient = patientIdentity(envelope);
  const doc = { schemaVersion: versionOf(envelope.questionnaire), respondent, answers, ...(patient ? { patient } : {}) };
  const result = parseAnswersDocument(doc);
  return result.ok ? result : { ok: false, problems: result.problems.map(inFhirTerms) };
}

/** The typed way back for a response this app made or already checked; throws with every problem otherwise. */
export function questionnaireResponseToAnswers(qr: QuestionnaireResponse): AnswersDocument {
  const result = parseQuestionnaireResponse(qr);
  if (!result.ok) throw new Error(`Not a readable JAK Screener response:\n${result.problems.join('\n')}`);
  return result.value;
}
