/**
 * Answers that come from outside (a file, stdin, a line of JSON Lines), already parsed from JSON: either the
 * answers document of questions.md or a FHIR R4 QuestionnaireResponse. A FHIR resource says what it is in
 * `resourceType`, which the answers document never has; each goes through its own validation, and FHIR
 * problems are named by linkId.
 */
import { parseAnswersDocument } from '@/lib/answers';
import type { AnswersDocument, ParseResult } from '@/lib/answers';
import { parseQuestionnaireResponse } from '@/lib/fhir/parseQuestionnaireResponse';

export interface AnswerInput {
  format: 'answers' | 'fhir';
  result: ParseResult<AnswersDocument>;
}

export function parseAnswerInput(json: unknown): AnswerInput {
  return json !== null && typeof json === 'object' && 'resourceType' in json
    ? { format: 'fhir', result: parseQuestionnaireResponse(json) }
    : { format: 'answers', result: parseAnswersDocument(json) };
}
