/** FHIR R4 out and in: the Questionnaire and QuestionnaireResponse both ways (structure checks: __tests__/support/r4Structure.ts). */
export * from './canonical';
export { questionnaireToFhir } from './questionnaireToFhir';
export { answersToQuestionnaireResponse } from './answersToQuestionnaireResponse';
export type { ResponseOptions } from './answersToQuestionnaireResponse';
export { parseQuestionnaireResponse, questionnaireResponseToAnswers } from './parseQuestionnaireResponse';
export { FHIR_JSON_TYPE, RESPONSE_FILE_NAME, responseFileText } from './responseFile';
