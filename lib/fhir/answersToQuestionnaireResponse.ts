/**
 * An answers document as a FHIR R4 QuestionnaireResponse for the clinic's EHR: the answers of shown questions
 * only (hidden means absent: pruneHidden first), grouped by step like the Questionnaire, in its order.
 */
import type {
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import { pruneHidden } from '@/lib/answers';
import type { AnswersDocument, PatientIdentity } from '@/lib/answers';
import { STEPS } from '@/lib/questionnaire';
import type { Question, Step } from '@/lib/questionnaire';
import { mapRowLinkId, QUESTIONNAIRE_CANONICAL, stepLinkId } from './canonical';
import { answerCoding } from './questionnaireToFhir';
import { RESPONDENT_REFERENCE } from './respondent';

/** The id of the contained Patient that holds the optional name and date of birth. */
const CONTAINED_PATIENT_ID = 'patient';

export interface ResponseOptions {
  /** When the answers were completed: an ISO 8601 date-time with a time zone. Passed in: no clock here. */
  authored: string;
}

function answersOf(question: Question, value: unknown): QuestionnaireResponseItemAnswer[] {
  switch (question.type) {
    case 'integer':
      return [{ valueInteger: value as number }];
    case 'text':
      return [{ valueString: value as string }];
    case 'multi':
      return (value as string[]).map((code) => ({ valueCoding: answerCoding(question, code) }));
    case 'tri':
    case 'choice':
      return [{ valueCoding: answerCoding(question, value as string) }];
    case 'map':
      return [];
  }
}

/** One response item per question; a map question is a group of one answered item per row (in key order). */
function questionItem(question: Question, value: unknown): QuestionnaireResponseItem {
  if (question.type !== 'map') return { linkId: question.id, text: question.text.self, answer: answersOf(question, value) };
  const map = value as Record<string, string>;
  return {
    linkId: question.id,
    text: question.text.self,
    item: question.keys
      .filter((key) => map[key.id] !== undefined)
      .map((key) => ({ linkId: mapRowLinkId(question.id, key.id), text: key.label, answer: [{ valueCoding: answerCoding(question, map[key.id]) }] })),
  };
}

/** FHIR has no empty answer (a string is never empty; an item has answers or none): "" and [] are unanswered. */
function isAnswered(value: unknown): boolean {
  return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
}

function stepItem(step: Step, answers: Readonly<Record<string, unknown>>): QuestionnaireResponseItem | null {
  const item = step.questions
    .filter((q) => isAnswered(answers[q.id]))
    .map((q) => questionItem(q, answers[q.id]));
  return item.length > 0 ? { linkId: stepLinkId(step.id), text: step.title.self, item } : null;
}

/**
 * Name and date of birth, only when given, as a contained Patient that `subject` points to: they belong to the
 * person the answers are about, and FHIR has a place for each (name.text, birthDate). No identifier is made up.
 */
function containedPatient(identity: PatientIdentity): Patient {
  return {
    resourceType: 'Patient',
    id: CONTAINED_PATIENT_ID,
    ...(identity.name ? { name: [{ text: identity.name }] } : {}),
    ...(identity.dateOfBirth !== undefined ? { birthDate: identity.dateOfBirth } : {}),
  };
}

export function answersToQuestionnaireResponse(doc: AnswersDocument, { authored }: ResponseOptions): QuestionnaireResponse {
  const answers = pruneHidden(doc.answers) as Readonly<Record<string, unknown>>;
  const who = RESPONDENT_REFERENCE[doc.respondent];
  const item = (STEPS as readonly Step[]).map((step) => stepItem(step, answers)).filter((i) => i !== null);
  return {
    resourceType: 'QuestionnaireResponse',
    ...(doc.patient ? { contained: [containedPatient(doc.patient)] } : {}),
    questionnaire: QUESTIONNAIRE_CANONICAL,
    status: 'completed',
    ...(doc.patient ? { subject: { reference: `#${CONTAINED_PATIENT_ID}`, type: 'Patient' } } : {}),
    authored,
    author: { ...who },
    source: { ...who },
    item,
  };
}
