/**
 * Opt-in "Keep my answers on this device": the only module that touches browser storage. Answers are kept in
 * localStorage in a versioned envelope and validated with the answers schema on load; a clinic mode that must
 * never store anything can simply not call these functions.
 *
 * Several tabs share one device copy. Each device copy carries a random `keptId`; this tab remembers the id of the
 * copy it wrote or loaded (`ownDeviceCopy`) and checks it before every write (keepProgress) and on every `storage`
 * event (watchOtherTabs): a copy gone means another tab cleared the answers, another id means another tab started
 * its own. Either way this tab never writes its answers back over it (docs/decisions/0011).
 */
import { z } from 'zod/mini';
import { RESPONDENTS, STEPS } from '@/lib/questionnaire';
import type { StepId } from '@/lib/questionnaire';
import { problemOf } from '@/lib/i18n/problem';
import type { Problem } from '@/lib/i18n/problem';
import { answersDocumentSchema, draftDocumentSchema, formatIssues, keepValidAnswers, NAME_MAX_LENGTH, patientIdentitySchema, SCHEMA_VERSION } from '@/lib/answers';
import type { Answers, AnswersDocument, PatientIdentity } from '@/lib/answers';
import { readSetAside } from '@/lib/answers/setAside';
import { CLINIC_SETTING_KEY, SAVED_ANSWERS_KEY, storageOf } from './keptHere';
import { importReportSchema } from '@/lib/import/importReportSchema';
import type { ImportReport } from '@/lib/import/readAnswers';

const STEP_IDS: readonly StepId[] = STEPS.map((step) => step.id);

export { SAVED_ANSWERS_KEY };
/** Bump when the envelope or the answers document changes shape; older envelopes then get the "keep what is valid" choice. */
const STORAGE_VERSION = 1;

/** Where the person was: the intro, a step, the review or the summary. */
export type SavedPosition = StepId | 'intro' | 'review' | 'summary';

export interface SavedProgress {
  document: AnswersDocument;
  position: SavedPosition;
  /** Answers to questions hidden by a later change, kept where the answers are kept (lib/answers/setAside.ts). */
  setAside?: Answers;
  /** On load: a coded problem for each set-aside answer that no longer fits the questionnaire and was dropped. */
  setAsideNotes?: Problem[];
  /** The step (or the intro) at `position` was opened from the review: a reload still goes back to the review. */
  returnToReview?: true;
  /**
   * The furthest place reached, when it is beyond `position` (Back to an earlier step): after a reload, Forward and
   * the later places' addresses still open, as far as the answers allow (lib/flow/positions.ts, landingOf).
   */
  furthest?: SavedPosition;
  /**
   * "Before you start" as typed, before its first Continue (who is filling in, the name, the date of birth's
   * boxes): a reload on it loses nothing. Kept only while `position` is the intro, and where the answers are kept.
   */
  introDraft?: IntroDraft;
  /**
   * What the import these answers came from reported (answers not used, who answered not stated, date notes, lists
   * completed), while the answers are still the imported ones: the notes on the review survive a reload.
   */
  importReport?: ImportReport;
}

/** The intro form's values as typed (the shape of lib/flow/introForm.ts's IntroFormValues). */
export interface IntroDraft {
  respondent: (typeof RESPONDENTS)[number] | null;
  name: string;
  dobDay: string;
  dobMonth: string;
  dobYear: string;
  saving: boolean;
}

/**
 * As typed, so a little longer than an answer may be (the form says what is too long); bounded all the same, so a
 * stored draft can never be a large blob. The date boxes hold a few digits each.
 */
const introDraftSchema = z.strictObject({
  respondent: z.nullable(z.enum(RESPONDENTS, { error: 'must be patient, caregiver, staff or null' })),
  name: z.string().check(z.maxLength(4 * NAME_MAX_LENGTH, { error: `must be at most ${4 * NAME_MAX_LENGTH} characters` })),
  dobDay: z.string().check(z.maxLength(16, { error: 'must be at most 16 characters' })),
  dobMonth: z.string().check(z.maxLength(16, { error: 'must be at most 16 characters' })),
  dobYear: z.string().check(z.maxLength(16, { error: 'must be at most 16 characters' })),
  saving: z.boolean({ error: 'must be true or false' }),
});

/** The intro's values as a draft worth keeping: well formed, with something typed or chosen; otherwise undefined. */
export function keptIntroDraft(values: unknown): IntroDraft | undefined {
  const read = introDraftSchema.safeParse(values);
  if (!read.success) return undefined;
  const { respondent, name, dobDay, dobMonth, dobYear } = read.data;
  return respondent !== null || [name, dobDay, dobMonth, dobYear].some((text) => text.trim() !== '') ? read.data : undefined;
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
  | { status: 'invalid'; problems: Problem[]; salvage: SavedProgress | null; keptOn: KeptOn };

const positionSchema = z.enum(['intro', 'review', 'summary', ...STEP_IDS] as [SavedPosition, ...SavedPosition[]], {
  error: 'is not a place in this questionnaire',
});

const envelopeSchema = z.strictObject({
  schemaVersion: z.literal(STORAGE_VERSION, { error: `must be ${STORAGE_VERSION}` }),
  savedAt: z.iso.datetime({ error: 'must be a date and time' }),
  position: positionSchema,
  document: draftDocumentSchema,
  // Checked answer by answer on load (readSetAside): one that no longer fits is dropped with a note.
  setAside: z.optional(z.unknown()),
  keptId: z.optional(z.string()),
  returnToReview: z.optional(z.literal(true, { error: 'must be true or absent' })),
  furthest: z.optional(positionSchema),
  introDraft: z.optional(introDraftSchema),
  importReport: z.optional(importReportSchema),
});


const STORAGE_OF: Record<KeptOn, 'localStorage' | 'sessionStorage'> = { device: 'localStorage', tab: 'sessionStorage' };

let storageFailed = false;
/**
 * The `keptId` of the device copy this tab wrote or loaded ('' for a copy from before ids), or null when this tab
 * keeps nothing on the device. Per tab by nature: module state lives as long as the page.
 */
let ownDeviceCopy: string | null = null;

function newKeptId(): string {
  try {
    return crypto.randomUUID();
  } catch {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  }
}

/** The keptId of a stored envelope's text ('' when it has none or cannot be read). */
function keptIdOf(text: string): string {
  try {
    const id = field(JSON.parse(text), 'keptId');
    return typeof id === 'string' ? id : '';
  } catch {
    return '';
  }
}
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
  const { setAside, setAsideNotes: _, ...kept } = progress;
  const keptId = keptOn === 'device' ? ownDeviceCopy || newKeptId() : undefined;
  const envelope = {
    schemaVersion: STORAGE_VERSION,
    savedAt: now.toISOString(),
    ...kept,
    ...(setAside && Object.keys(setAside).length > 0 ? { setAside } : {}),
    ...(keptId ? { keptId } : {}),
  };
  // The other place's copy goes; a device copy only when it is this tab's (another tab's copy is not ours to drop).
  if (keptOn === 'device') removeFrom('tab');
  else if (ownDeviceCopy !== null) {
    removeFrom('device');
    ownDeviceCopy = null;
  }
  try {
    const storage = storageOf(STORAGE_OF[keptOn]);
    if (!storage) throw new Error('no storage');
    storage.setItem(SAVED_ANSWERS_KEY, JSON.stringify(envelope));
    if (keptId) ownDeviceCopy = keptId;
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
  ownDeviceCopy = null;
}

/** Removes this tab's copies only: the tab copy, and the device copy when it is the one this tab wrote or loaded. */
export function forgetOwnCopies(): void {
  removeFrom('tab');
  if (ownDeviceCopy !== null && deviceConflict() === null) removeFrom('device');
  ownDeviceCopy = null;
}

/** What another tab did to the device copy this tab keeps its answers in. */
export type OtherTabChange = 'clearedElsewhere' | 'replacedElsewhere';

/** Null while the device copy is still the one this tab wrote or loaded (or this tab keeps none there). */
function deviceConflict(): OtherTabChange | null {
  if (ownDeviceCopy === null) return null;
  const text = savedText('device');
  if (text === null) return 'clearedElsewhere';
  return keptIdOf(text) === ownDeviceCopy ? null : 'replacedElsewhere';
}

/** What keepProgress did: kept, could not (storage refused), or held back because another tab changed the device copy. */
export type KeepResult = 'saved' | 'failed' | OtherTabChange;

/**
 * saveAnswers after the re-check every write needs: when another tab cleared the device copy this tab keeps its
 * answers in, or replaced it with its own, nothing is written (writing would undo "Clear my answers" there) and
 * the caller is told which; this tab then no longer owns a device copy.
 */
export function keepProgress(progress: SavedProgress, keptOn: KeptOn, now: Date = new Date()): KeepResult {
  const conflict = deviceConflict();
  if (conflict !== null) {
    ownDeviceCopy = null;
    return conflict;
  }
  return saveAnswers(progress, now, keptOn) ? 'saved' : 'failed';
}

/** A change another tab made to storage that this tab must act on. */
export type StorageChange = OtherTabChange | 'clinicSetting';

/**
 * Listens for `storage` events (fired in every other tab of this site when localStorage changes): the clinic
 * setting changed, or the device copy this tab keeps its answers in was cleared or replaced. Returns the unsubscribe.
 */
export function watchOtherTabs(onChange: (change: StorageChange) => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== null && event.storageArea !== storageOf('localStorage')) return;
    // key null: localStorage.clear() in another tab.
    if (event.key === null || event.key === CLINIC_SETTING_KEY) onChange('clinicSetting');
    if (event.key === null || event.key === SAVED_ANSWERS_KEY) {
      const conflict = deviceConflict();
      if (conflict !== null) {
        ownDeviceCopy = null;
        onChange(conflict);
      }
    }
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
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
    return { status: 'invalid', problems: [problemOf('savedDamaged')], salvage: null, keptOn };
  }
  const version = field(envelope, 'schemaVersion');
  if (version !== STORAGE_VERSION) {
    return {
      status: 'invalid',
      problems: [problemOf('savedOtherVersion', { version: String(version) })],
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
  if (keptOn === 'device') ownDeviceCopy = result.data.keptId ?? '';
  const { setAside, dropped } = readSetAside(result.data.setAside);
  const saved: SavedProgress = {
    document,
    position: safePosition,
    ...(result.data.returnToReview && safePosition !== 'review' && safePosition !== 'summary' ? { returnToReview: true as const } : {}),
    ...(result.data.furthest ? { furthest: result.data.furthest } : {}),
    ...(result.data.introDraft && safePosition === 'intro' ? { introDraft: result.data.introDraft } : {}),
    ...(result.data.importReport ? { importReport: result.data.importReport } : {}),
    ...(Object.keys(setAside).length > 0 ? { setAside } : {}),
    ...(dropped.length > 0 ? { setAsideNotes: dropped } : {}),
  };
  return { status: 'found', saved, keptOn };
}
