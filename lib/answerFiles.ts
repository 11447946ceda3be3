/**
 * Answer files: the answers document of questions.md as a JSON file, or a FHIR R4 QuestionnaireResponse (the
 * "Download for your clinic (FHIR)" file, or one made by a clinic's own system). A thin name over the one shared
 * reader (lib/import), for callers that want the answers document only. Saving is in lib/answerFileText.ts.
 */
import type { AnswersDocument, ParseResult } from '@/lib/answers';
import { readAnswersText } from '@/lib/import';

/** The answers document of a file's text, answers to hidden questions dropped; or the problems, capped. */
export function parseAnswerFile(text: string): ParseResult<AnswersDocument> {
  const result = readAnswersText(text);
  return result.ok ? { ok: true, value: result.document } : result;
}
