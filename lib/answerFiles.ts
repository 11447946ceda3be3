/**
 * Answer files: the answers document of questions.md as a JSON file, or a FHIR R4 QuestionnaireResponse (the
 * "Download for your clinic (FHIR)" file, or one made by a clinic's own system). A patient saves it at home and
 * loads it at the clinic; tests load patients with it. One entry point for every format the start page reads.
 * Saving is in lib/answerFileText.ts.
 */
import { questionById } from '@/lib/questionnaire';
import { pruneHidden } from '@/lib/answers';
import { parseAnswerInput } from '@/lib/answerInput';
import type { AnswersDocument, ParseResult } from '@/lib/answers';

/** "answers.age: must be …" becomes "Age (years) (answers.age): must be …": each problem names its question. */
function withQuestion(problem: string): string {
  const match = /^answers\.([^.:]+)(.*)$/.exec(problem);
  const question = match ? questionById(match[1]) : undefined;
  return question ? `${question.short} (${problem})` : problem;
}

export function parseAnswerFile(text: string): ParseResult<AnswersDocument> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['This file is not an answers file: it is not readable JSON text.'] };
  }
  const { format, result } = parseAnswerInput(json);
  // FHIR problems are named by linkId, the clinic's own terms; answers-document problems get the question too.
  if (!result.ok) return { ok: false, problems: format === 'fhir' ? result.problems : result.problems.map(withQuestion) };
  // Hidden means absent: answers to questions the person would not have seen are dropped.
  return { ok: true, value: { ...result.value, answers: pruneHidden(result.value.answers) } };
}
