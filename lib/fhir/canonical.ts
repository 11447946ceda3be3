/**
 * The project's own FHIR identities: the Questionnaire's canonical URL and version, and the code systems of
 * its answers.
 *
 * The project has no domain of its own, so the base is under `.example` (RFC 2606 reserves it: it will never
 * resolve and never belong to someone else). A clinic that publishes the Questionnaire on its own server keeps
 * this canonical URL: a canonical URL names the questionnaire, it is not where it is downloaded from.
 *
 * The version is the answers document's schemaVersion ("2" = questionnaire contract v2; "1" is still read): the ids, types and
 * option ids are the contract, so a new version means answers that an older reader cannot take. Wording
 * changes keep the version.
 */
import { READABLE_SCHEMA_VERSIONS, SCHEMA_VERSION } from '@/lib/answers';
import type { Question } from '@/lib/questionnaire';

const FHIR_BASE = 'https://jak-screener.example/fhir';

export const QUESTIONNAIRE_URL = `${FHIR_BASE}/Questionnaire/jak-screener`;
export const QUESTIONNAIRE_VERSION = String(SCHEMA_VERSION);
/**
 * The versions a QuestionnaireResponse may name to be read back, oldest first: exactly the schemaVersions the
 * answers schema reads (older ones through the one migration, lib/answers/migrate.ts).
 */
export const READABLE_QUESTIONNAIRE_VERSIONS: readonly string[] = READABLE_SCHEMA_VERSIONS.map(String);
/** `url|version`: what QuestionnaireResponse.questionnaire carries. */
export const QUESTIONNAIRE_CANONICAL = `${QUESTIONNAIRE_URL}|${QUESTIONNAIRE_VERSION}`;

/** yes / no / unsure: the answer set of every `tri` question. `unsure` is an answer, never "no". */
export const YES_NO_UNSURE_SYSTEM = `${FHIR_BASE}/CodeSystem/yes-no-unsure`;

/**
 * One code system per choice or multi question, named after the question id: the same option id means
 * different things in different questions (`mild` liver disease is not `mild` eczema), and a code has one
 * meaning in its system.
 */
export function optionSystem(questionId: string): string {
  return `${FHIR_BASE}/CodeSystem/${questionId}`;
}

/** The code system of a question's coded answers, or undefined for integer and text questions. */
export function answerSystem(question: Question): string | undefined {
  switch (question.type) {
    case 'tri':
      return YES_NO_UNSURE_SYSTEM;
    case 'choice':
    case 'multi':
    case 'map':
      return optionSystem(question.id);
    default:
      return undefined;
  }
}

/**
 * The linkId of a step's group item. Not the bare step id: step `medicines` holds question `medicines`, and
 * linkIds must be unique in a Questionnaire (R4 invariant que-2).
 */
export function stepLinkId(stepId: string): string {
  return `step-${stepId}`;
}

/** The step id of a group linkId, or undefined for any other linkId. */
export function stepIdOfLinkId(linkId: string): string | undefined {
  return linkId.startsWith('step-') ? linkId.slice('step-'.length) : undefined;
}

/**
 * The linkId of one row of a map question (`treatmentOutcomes.dupilumab`): a child item of the question's group,
 * answered with a Coding of the question's own code system (docs/fhir/README.md, "Per-treatment outcomes").
 */
export function mapRowLinkId(questionId: string, key: string): string {
  return `${questionId}.${key}`;
}

/** Extensions used, all from FHIR R4 core or SDC (http://hl7.org/fhir/uv/sdc). */
export const EXTENSION = {
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  optionExclusive: 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive',
  enableWhenExpression: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression',
  // Core extension-translation: a string element's wording in another language (sub-extensions `lang`, `content`).
  translation: 'http://hl7.org/fhir/StructureDefinition/translation',
} as const;

export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
