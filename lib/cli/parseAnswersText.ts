/**
 * Turns the text of an answers file (a whole file, stdin, or one line of JSON Lines) into a validated
 * answers document. Pure, so other input formats (a FHIR QuestionnaireResponse) can be recognised here
 * later without touching the command line.
 */
import { parseAnswersDocument } from '@/lib/answers';
import type { AnswersDocument, ParseResult } from '@/lib/answers';

export function parseAnswersText(text: string): ParseResult<AnswersDocument> {
  if (text.trim() === '') return { ok: false, problems: ['(document): is empty; expected an answers document in JSON'] };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`(document): is not valid JSON (${(error as Error).message})`] };
  }
  return parseAnswersDocument(input);
}
