/**
 * Carries the answers in progress across the one reload that "Update" on "A new version is ready" makes (issue 15):
 * written to this tab's sessionStorage just before the reload and removed as soon as the new version reads it, so
 * no copy stays. Never used in clinic mode (the notice waits until no answers are in progress there). Whether the
 * person chose "Keep my answers on this device" travels with them, so an update never starts keeping answers
 * that were not being kept.
 */
import { z } from 'zod/mini';
import { draftDocumentSchema } from '@/lib/answers';
import { STEP_IDS } from '@/lib/flow/stepPredicates';
import type { SavedPosition, SavedProgress } from '@/lib/storage/savedAnswers';

export const UPDATE_HANDOFF_KEY = 'jak-screener:update-handoff';

export interface UpdateHandoff {
  saved: SavedProgress;
  /** Whether answers were being kept on this device before the update. */
  saving: boolean;
}

const handoffSchema = z.strictObject({
  saved: z.strictObject({
    document: draftDocumentSchema,
    position: z.enum(['intro', 'review', 'summary', ...STEP_IDS] as [SavedPosition, ...SavedPosition[]]),
  }),
  saving: z.boolean(),
});

function sessionStore(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Keeps the progress for the reload; false when this tab cannot (no storage, or it throws), and the caller then
 * does not reload.
 */
export function stashForUpdate(handoff: UpdateHandoff): boolean {
  try {
    const store = sessionStore();
    if (!store) return false;
    store.setItem(UPDATE_HANDOFF_KEY, JSON.stringify(handoff));
    return true;
  } catch {
    return false;
  }
}

/** The progress carried over by an update, read once and removed; null when there is none or it cannot be read. */
export function takeUpdateHandoff(): UpdateHandoff | null {
  const store = sessionStore();
  let text: string | null = null;
  try {
    text = store?.getItem(UPDATE_HANDOFF_KEY) ?? null;
    store?.removeItem(UPDATE_HANDOFF_KEY);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const result = handoffSchema.safeParse(JSON.parse(text));
    return result.success ? (result.data as UpdateHandoff) : null;
  } catch {
    return null;
  }
}
