/**
 * Saving an answer file: the answers document of questions.md as JSON. Apart from reading files back
 * (lib/answerFiles.ts), because the review page saves but never reads: it need not load the FHIR reader.
 */
import { pruneHidden } from '@/lib/answers';
import type { AnswersDocument } from '@/lib/answers';

export const ANSWER_FILE_NAME = 'eczema-answers.json';
export const ANSWER_FILE_TYPE = 'application/json';

export function answerFileText(document: AnswersDocument): string {
  return `${JSON.stringify({ ...document, answers: pruneHidden(document.answers) }, null, 2)}\n`;
}
