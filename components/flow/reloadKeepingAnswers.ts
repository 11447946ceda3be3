/** Tells the screening machine (components/flow/ScreeningMachine.tsx) that the coming unload keeps this tab's answers. */
export const RELOADING_EVENT = 'jak-screener:reloading';

/**
 * Reloads the page without the "leave site?" question: a reload keeps the tab's answers (sessionStorage,
 * docs/decisions/0007), so asking would only stand between the person and the new version ("Update now").
 */
export function reloadKeepingAnswers(): void {
  window.dispatchEvent(new Event(RELOADING_EVENT));
  window.location.reload();
}
