'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { startIdleTimer } from '@/lib/clinic/idleTimer';
import type { IdleTimer } from '@/lib/clinic/idleTimer';

/** What counts as someone using the tablet. */
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'] as const;

interface IdleTimerState {
  /** Seconds left while the warning shows; null otherwise. */
  secondsLeft: number | null;
  stillHere: () => void;
}

/**
 * Runs the idle timer while `enabled` (clinic mode only: a phone user never loses work to it). It starts
 * at the first touch or key after the page loads, so an untouched start page never warns.
 */
export function useIdleTimer({ enabled, idleMs, warningMs, onExpire }: { enabled: boolean; idleMs: number; warningMs: number; onExpire: () => void }): IdleTimerState {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const timer = useRef<IdleTimer | null>(null);
  const expire = useRef(onExpire);
  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    if (!enabled) return;
    const start = () =>
      startIdleTimer({
        idleMs,
        warningMs,
        onChange: (phase) => {
          if (phase.phase === 'expired') expire.current();
          setSecondsLeft(phase.phase === 'warning' ? phase.secondsLeft : null);
        },
      });
    const onActivity = () => {
      if (timer.current) timer.current.activity();
      else timer.current = start();
    };
    // A tablet that slept or a tab that was hidden: its timers did not run, the clock did.
    const onVisibility = () => {
      if (document.visibilityState === 'visible') timer.current?.check();
    };
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      timer.current?.stop();
      timer.current = null;
      setSecondsLeft(null);
    };
  }, [enabled, idleMs, warningMs]);

  const stillHere = useCallback(() => timer.current?.stillHere(), []);
  return { secondsLeft, stillHere };
}
