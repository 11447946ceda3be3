export * from './types';
export * from './schema';
export { pruneHidden, isShown, conditionHolds, shownQuestions } from './pruneHidden';
