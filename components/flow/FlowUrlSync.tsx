'use client';
/**
 * The URL follows the machine. When the machine moves (Continue, Back, Change, See summary), the URL is pushed,
 * so the browser's Back and Forward have one entry per place. When the URL moves by itself (Back, Forward, a
 * link, a deep link, a reload), the machine is asked to visit that place (`flow.visit`, with what the screen
 * being left holds) and the URL is replaced by where it landed when that differs (a place not reachable yet).
 * Outside the questionnaire (the start page) the URL is left alone: moves there navigate on purpose.
 */
import { useEffect, useRef } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { positionOf } from '@/lib/flow/questionnaireMachine';
import { pathOf, positionOfPath } from '@/lib/flow/positions';
import type { Position } from '@/lib/flow/positions';
import { useScreening, useScreeningActor } from './ScreeningProvider';

export function FlowUrlSync() {
  const { snapshot } = useScreening();
  const { actor, draftSource } = useScreeningActor();
  const pathname = usePathname();
  const router = useRouter();
  const machinePosition = positionOf(snapshot);
  /** The machine's position when last in step with the URL, and the path of a navigation still under way. */
  const synced = useRef<{ machine: Position | null; waitingOn: string | null }>({ machine: null, waitingOn: null });

  useEffect(() => {
    const state = synced.current;
    if (machinePosition === null) return; // still reading storage, or asking about saved answers
    if (state.waitingOn !== null) {
      if (pathname === state.waitingOn) return; // our own push or replace has not landed yet
      state.waitingOn = null;
    }
    const urlPosition = positionOfPath(pathname ?? '/');
    if (urlPosition === null) {
      state.machine = machinePosition;
      return;
    }
    if (state.machine !== null && state.machine !== machinePosition) {
      state.machine = machinePosition;
      if (urlPosition !== machinePosition) {
        state.waitingOn = pathname;
        router.push(pathOf(machinePosition));
      }
      return;
    }
    state.machine = machinePosition;
    if (urlPosition === machinePosition) return;
    actor.send({ type: 'flow.visit', position: urlPosition, draft: draftSource.current?.() });
    const landed = positionOf(actor.getSnapshot());
    state.machine = landed;
    if (landed !== null && landed !== urlPosition) {
      state.waitingOn = pathname;
      router.replace(pathOf(landed));
    }
  }, [machinePosition, pathname, router, actor, draftSource]);

  return null;
}
