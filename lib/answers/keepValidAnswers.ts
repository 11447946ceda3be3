/**
 * "Keep what is valid": for answers that come from somewhere half-trusted (saved state that no longer parses, a
 * step left with Back before it was complete), each answer that is well formed on its own is kept, the rest go.
 */
import { QUESTIONS } from '@/lib/questionnaire';
import type { Question } from '@/lib/questionnaire';
import { answerSchema } from './schema';
import { pruneHidden } from './pruneHidden';
import type { Answers, PrunedAnswers } from './types';

type AnswerMap = Record<string, unknown>;

const schemaCache = new Map<Question, ReturnType<typeof answerSchema>>();

/** The zod schema of one question's answer, built once per question. */
export function cachedAnswerSchema(question: Question): ReturnType<typeof answerSchema> {
  let schema = schemaCache.get(question);
  if (!schema) {
    schema = answerSchema(question);
    schemaCache.set(question, schema);
  }
  return schema;
}

/** The answers among `given` to `questions` that are well formed on their own (not pruned). */
export function wellFormedAnswers(given: unknown, questions: readonly Question[] = QUESTIONS): AnswerMap {
  if (given === null || typeof given !== 'object') return {};
  const map = given as AnswerMap;
  const kept: AnswerMap = {};
  for (const q of questions) {
    if (Object.hasOwn(map, q.id) && map[q.id] !== undefined && cachedAnswerSchema(q).safeParse(map[q.id]).success) kept[q.id] = map[q.id];
  }
  return kept;
}

/** Every answer that is well formed on its own, hidden ones pruned (one prune); anything else is dropped. */
export function keepValidAnswers(answers: unknown): PrunedAnswers {
  return pruneHidden(wellFormedAnswers(answers) as Answers);
}
