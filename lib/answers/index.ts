export * from './types';
export * from './schema';
export { pruneHidden, isShown, conditionHolds, shownQuestions, questionsShownFor } from './pruneHidden';
export { keepValidAnswers, wellFormedAnswers, cachedAnswerSchema } from './keepValidAnswers';
