/**
 * Puts a saved envelope in this tab's storage, as the app keeps answers for a tab (lib/storage/savedAnswers.ts):
 * version 1, saved on 2026-12-01 at the review unless `fields` say otherwise. For tests that read kept state back.
 */
import { SAVED_ANSWERS_KEY } from '@/lib/storage/savedAnswers';

export function keepForTab(fields: Record<string, unknown>): void {
  window.sessionStorage.setItem(SAVED_ANSWERS_KEY, JSON.stringify({ schemaVersion: 1, savedAt: '2026-12-01T10:00:00.000Z', position: 'review', ...fields }));
}
