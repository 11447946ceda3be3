/**
 * Turns the text of an answers file (a whole file, stdin, or one line of JSON Lines) into a validated
 * answers document. The text may be an answers document or a FHIR R4 QuestionnaireResponse (it says so in
 * `resourceType`); problems are `path: message`, or `linkId x: message` for a response. Pure, so the command
 * line only reads and prints.
 */
import type { AnswersDocument, ParseResult } from '@/lib/answers';
import { parseAnswerInput } from '@/lib/answerInput';

export function parseAnswersText(text: string): ParseResult<AnswersDocument> {
  if (text.trim() === '') return { ok: false, problems: ['(document): is empty; expected an answers document or a FHIR QuestionnaireResponse in JSON'] };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`(document): is not valid JSON (${(error as Error).message})`] };
  }
  return parseAnswerInput(input).result;
}
