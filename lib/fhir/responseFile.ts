/**
 * "Download for your clinic (FHIR)": the QuestionnaireResponse as a JSON file. The file name is the same for
 * everyone: a name or an answer in it would show in the downloads list and in any folder it is copied to.
 */
import type { AnswersDocument } from '@/lib/answers';
import { answersToQuestionnaireResponse } from './answersToQuestionnaireResponse';
import type { ResponseOptions } from './answersToQuestionnaireResponse';

export const RESPONSE_FILE_NAME = 'eczema-answers-fhir.json';
/** The FHIR JSON media type (FHIR R4 http.html#mime-type). */
export const FHIR_JSON_TYPE = 'application/fhir+json';

export function responseFileText(doc: AnswersDocument, options: ResponseOptions): string {
  return `${JSON.stringify(answersToQuestionnaireResponse(doc, options), null, 2)}\n`;
}
