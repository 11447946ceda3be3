export * from './types';
export * from './schema';
export { pruneHidden, pruneHiddenForReading, isShown, conditionHolds, shownQuestions, questionsShownFor } from './pruneHidden';
export { migrateDocument, migrateMedicinesV1, READABLE_SCHEMA_VERSIONS } from './migrate';
export { keepValidAnswers, wellFormedAnswers, cachedAnswerSchema } from './keepValidAnswers';
