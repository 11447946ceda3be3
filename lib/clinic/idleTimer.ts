/**
 * When a clinic tablet has been left alone too long: warn, count down, then clear (WCAG 2.2.1 Timing
 * Adjustable: a warning with at least 20 s to extend by one simple action, as many times as needed).
 *
 * Pure timing, no DOM: the caller reports activity and renders the phases. Times are measured with the
 * clock, not by counting timer callbacks, because a browser slows or pauses timers in a hidden tab or on
 * a sleeping tablet; `check()` on waking then clears at once if the time is up.
 */

export type IdlePhase =
  | { phase: 'watching' }
  | { phase: 'warning'; secondsLeft: number }
  | { phase: 'expired' };

export interface IdleTimerOptions {
  /** How long without activity before everything is cleared. */
  idleMs: number;
  /** How long before that the warning shows (at least 20 s). */
  warningMs: number;
  onChange: (phase: IdlePhase) => void;
  now?: () => number;
}

export interface IdleTimer {
  /** The person did something. Before the warning this starts the wait again; during it, it does not. */
  activity(): void;
  /** "I'm still here": closes the warning and starts the wait again. */
  stillHere(): void;
  /** Looks at the clock now (after the tablet wakes or the tab shows again). */
  check(): void;
  stop(): void;
}

const MIN_WARNING_MS = 20_000;
const SECOND = 1000;

export function startIdleTimer({ idleMs, warningMs, onChange, now = Date.now }: IdleTimerOptions): IdleTimer {
  if (warningMs < MIN_WARNING_MS) throw new RangeError(`The warning must come at least ${MIN_WARNING_MS / SECOND} s ahead`);
  if (idleMs <= warningMs) throw new RangeError('The idle time must be longer than the warning');

  let lastActivity = now();
  let current: IdlePhase | null = null;
  let timeout: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const set = (phase: IdlePhase) => {
    const same = current !== null && JSON.stringify(current) === JSON.stringify(phase);
    current = phase;
    if (!same) onChange(phase);
  };

  const check = () => {
    if (stopped || current?.phase === 'expired') return;
    clearTimeout(timeout);
    const left = lastActivity + idleMs - now();
    if (left <= 0) {
      set({ phase: 'expired' });
      return;
    }
    if (left <= warningMs) {
      set({ phase: 'warning', secondsLeft: Math.ceil(left / SECOND) });
      // Wake at the next whole second, so the countdown shows every second and the end is exact.
      timeout = setTimeout(check, left % SECOND || SECOND);
      return;
    }
    set({ phase: 'watching' });
    timeout = setTimeout(check, left - warningMs);
  };

  const restart = () => {
    lastActivity = now();
    check();
  };

  check();
  return {
    activity() {
      // Only the timeout's own check needs the new time; no timer is moved on every touch or key.
      if (current?.phase === 'watching') lastActivity = now();
    },
    stillHere() {
      if (current?.phase !== 'expired') restart();
    },
    check,
    stop() {
      stopped = true;
      clearTimeout(timeout);
    },
  };
}
