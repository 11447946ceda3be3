/** FHIR R4 out and in: the Questionnaire, QuestionnaireResponse both ways, and their structure checks. */
export * from './canonical';
export { questionnaireToFhir } from './questionnaireToFhir';
export { answersToQuestionnaireResponse } from './answersToQuestionnaireResponse';
export type { ResponseOptions } from './answersToQuestionnaireResponse';
export { parseQuestionnaireResponse, questionnaireResponseToAnswers } from './parseQuestionnaireResponse';
export { r4QuestionnaireSchema, r4QuestionnaireResponseSchema, structureProblems } from './r4Structure';
export { FHIR_JSON_TYPE, RESPONSE_FILE_NAME, responseFileText } from './responseFile';
