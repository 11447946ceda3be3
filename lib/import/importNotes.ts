/**
 * What the last import reported (answers not used, who answered not stated, date notes, lists completed), kept in
 * memory next to the answers it belongs to. The notes apply while the answers are the ones imported: a change to
 * them or another import makes them stale, and `importNotesFor` then returns null. The notes quote answers, so they
 * are stored only beside those answers, in the same envelope (lib/storage/savedAnswers.ts): kept where the answers
 * are kept, cleared with them, never on a clinic tablet; a reload puts them back here (the machine's resume).
 */
import type { AnswersDocument } from '@/lib/answers';
import type { ImportReport } from './readAnswers';

interface Kept {
  key: string;
  report: ImportReport;
}

let kept: Kept | null = null;
const listeners = new Set<() => void>();

/** The answers and respondent that identify an imported document (the notes do not depend on key order). */
function keyOf(document: AnswersDocument): string {
  const answers = document.answers as Record<string, unknown>;
  const sorted = Object.keys(answers).sort().map((k) => [k, answers[k]]);
  return JSON.stringify([document.respondent, sorted, document.patient?.dateOfBirth ?? null]);
}

/** Keeps the report of an import that was just opened (or forgets it with null). */
export function rememberImport(document: AnswersDocument | null, report?: ImportReport): void {
  kept = document && report ? { key: keyOf(document), report } : null;
  listeners.forEach((listener) => listener());
}

/** The report of the import these answers came from, or null when they are not (or no longer) imported answers. */
export function importNotesFor(document: AnswersDocument): ImportReport | null {
  return kept && kept.key === keyOf(document) ? kept.report : null;
}

/** For useSyncExternalStore: called when an import is remembered or forgotten. */
export function subscribeImportNotes(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes each time the notes change, for useSyncExternalStore's snapshot. */
export function importNotesVersion(): Kept | null {
  return kept;
}
