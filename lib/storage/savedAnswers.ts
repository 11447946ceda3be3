/**
 * Opt-in "Keep my answers on this device": the only module that touches browser storage. Answers are kept in
 * localStorage in a versioned envelope and validated with the answers schema on load; a clinic mode that must
 * never store anything can simply not call these functions.
 */
import { z } from 'zod/mini';
import { RESPONDENTS, STEPS } from '@/lib/questionnaire';
import type { StepId } from '@/lib/questionnaire';
import { answersDocumentSchema, draftDocumentSchema, formatIssues, keepValidAnswers, patientIdentitySchema, SCHEMA_VERSION } from '@/lib/answers';
import type { AnswersDocument, PatientIdentity } from '@/lib/answers';

const STEP_IDS: readonly StepId[] = STEPS.map((step) => step.id);

export const SAVED_ANSWERS_KEY = 'jak-screener:saved-answers';
/** Bump when the envelope or the answers document changes shape; older envelopes then get the "keep what is valid" choice. */
const STORAGE_VERSION = 1;

/** Where the person was: the intro, a step, the review or the summary. */
export type SavedPosition = StepId | 'intro' | 'review' | 'summary';

export interface SavedProgress {
  document: AnswersDocument;
  position: SavedPosition;
}

/**
 * Where answers are kept: `device` (localStorage, the opt-in "Keep my answers on this device") or `tab`
 * (sessionStorage: survives a reload and an accidental Back, gone when the tab closes). A clinic tablet keeps
 * neither: its callers clear instead of saving.
 */
export type KeptOn = 'device' | 'tab';

export type SavedAnswersResult =
  | { status: 'none' }
  | { status: 'found'; saved: SavedProgress; keptOn: KeptOn }
  | { status: 'invalid'; problems: string[]; salvage: SavedProgress | null; keptOn: KeptOn };

const positionSchema = z.enum(['intro', 'review', 'summary', ...STEP_IDS] as [SavedPosition, ...SavedPosition[]], {
  error: 'is not a place in this questionnaire',
});

const envelopeSchema = z.strictObject({
  schemaVersion: z.literal(STORAGE_VERSION, { error: `must be ${STORAGE_VERSION}` }),
  savedAt: z.iso.datetime({ error: 'must be a date and time' }),
  position: positionSchema,
  document: draftDocumentSchema,
});

/** Storage can be missing or throw (private browsing, storage turned off): saving is then quietly unavailable. */
function storageOf(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window[kind];
  } catch {
    return null;
  }
}

const STORAGE_OF: Record<KeptOn, 'localStorage' | 'sessionStorage'> = { device: 'localStorage', tab: 'sessionStorage' };

let storageFailed = false;
const storageListeners = new Set<() => void>();

function setStorageFailed(failed: boolean): void {
  if (failed === storageFailed) return;
  storageFailed = failed;
  storageListeners.forEach((listener) => listener());
}

/** True once keeping answers on this device has failed (private browsing, a full quota, storage turned off). */
export function savingFailed(): boolean {
  return storageFailed;
}

/** For useSyncExternalStore: called when saving starts or stops failing. */
export function subscribeSavingFailed(listener: () => void): () => void {
  storageListeners.add(listener);
  return () => storageListeners.delete(listener);
}

/**
 * Keeps the progress; returns false when this browser cannot (no storage, or it throws: Safari private mode, a
 * full quota). The failure is also published (savingFailed) so the page can tell the person at once and offer the
 * answers file: answers that seem kept but are gone after a reload would be lost without a word.
 * `keptOn`: on the device (localStorage) or for this tab only (sessionStorage); any copy in the other place goes.
 */
export function saveAnswers(progress: SavedProgress, now: Date = new Date(), keptOn: KeptOn = 'device'): boolean {
  const envelope = { schemaVersion: STORAGE_VERSION, savedAt: now.toISOString(), ...progress };
  removeFrom(keptOn === 'device' ? 'tab' : 'device');
  try {
    const storage = storageOf(STORAGE_OF[keptOn]);
    if (!storage) throw new Error('no storage');
    storage.setItem(SAVED_ANSWERS_KEY, JSON.stringify(envelope));
    setStorageFailed(false);
    return true;
  } catch {
    setStorageFailed(true);
    return false;
  }
}

function removeFrom(keptOn: KeptOn): void {
  try {
    storageOf(STORAGE_OF[keptOn])?.removeItem(SAVED_ANSWERS_KEY);
  } catch {
    // Nothing can be stored there either, so nothing is left to remove.
  }
}

/** "Clear my answers": removes every trace this app could have left in browser storage. */
export function clearSavedAnswers(): void {
  removeFrom('device');
  removeFrom('tab');
}

function field(input: unknown, key: string): unknown {
  return input !== null && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
}

function validOr<T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T {
  const result = schema.safeParse(value);
  return result.success ? result.data : fallback;
}

/** "Try to keep what is valid": each answer that is well formed on its own, the rest dropped. */
function salvage(envelope: unknown): SavedProgress | null {
  const document = field(envelope, 'document');
  if (document === null || typeof document !== 'object') return null;
  const patient = field(document, 'patient');
  const keptPatient: PatientIdentity = {
    name: validOr(patientIdentitySchema.shape.name, field(patient, 'name'), undefined),
    dateOfBirth: validOr(patientIdentitySchema.shape.dateOfBirth, field(patient, 'dateOfBirth'), undefined),
  };
  return {
    // An unreadable respondent falls back to the patient; the review shows it with a way to change it.
    document: {
      schemaVersion: SCHEMA_VERSION,
      respondent: validOr(z.enum(RESPONDENTS), field(document, 'respondent'), 'patient'),
      answers: keepValidAnswers(field(document, 'answers')),
      ...(keptPatient.name || keptPatient.dateOfBirth ? { patient: keptPatient } : {}),
    },
    position: 'review',
  };
}

function savedText(keptOn: KeptOn): string | null {
  try {
    return storageOf(STORAGE_OF[keptOn])?.getItem(SAVED_ANSWERS_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The answers kept on the device (first) or in this tab, checked with the answers schema. */
export function loadSavedAnswers(): SavedAnswersResult {
  const keptOn: KeptOn = savedText('device') !== null ? 'device' : 'tab';
  const text = savedText(keptOn);
  if (text === null) return { status: 'none' };
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return { status: 'invalid', problems: ['The saved answers are damaged and cannot be read.'], salvage: null, keptOn };
  }
  const version = field(envelope, 'schemaVersion');
  if (version !== STORAGE_VERSION) {
    return {
      status: 'invalid',
      problems: [`The saved answers come from another version of this tool (version ${String(version)}).`],
      salvage: salvage(envelope),
      keptOn,
    };
  }
  const result = envelopeSchema.safeParse(envelope);
  if (!result.success) return { status: 'invalid', problems: formatIssues(result.error, envelope), salvage: salvage(envelope), keptOn };
  const { document, position } = result.data;
  // Edited by hand, or by another version: the summary opens only for complete answers (the same guard as the
  // review's "See the summary"); otherwise the person resumes at the review and sees what is missing.
  const safePosition = position === 'summary' && !answersDocumentSchema.safeParse(document).success ? 'review' : position;
  return { status: 'found', saved: { document, position: safePosition }, keptOn };
}
