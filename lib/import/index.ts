/** Every import (answers file, FHIR file, QR code, command line) reads through one function: readAnswersBytes/Text. */
export { readAnswersBytes, readAnswersText } from './readAnswers';
export type { ImportReport, ImportResult, InputFormat, ReadOptions } from './readAnswers';
export { answersNotUsed } from './answersNotUsed';
export { listCompletedSentence, notUsedSentence, problemLine, problemLines } from './problemLines';
export type { NotUsedAnswer } from './answersNotUsed';
export { sizeProblem } from './jsonText';
export { MAX_INPUT_BYTES } from './limits';
export { rememberImport, importNotesFor, subscribeImportNotes, importNotesVersion } from './importNotes';
