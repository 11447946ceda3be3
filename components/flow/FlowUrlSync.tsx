'use client';
/**
 * The URL follows the machine. When the machine moves (Continue, Back, Change, See summary), the URL is pushed,
 * so the browser's Back and Forward have one entry per place. When the URL moves by itself (Back, Forward, a
 * link, a deep link, a reload), the machine is asked to visit that place (`flow.visit`, with what the screen
 * being left holds) and the URL is replaced by where it landed when that differs (a place not reachable yet).
 * Outside the questionnaire (the start page) the URL is left alone: moves there navigate on purpose.
 * A move back to the place of the previous history entry (the page's Back, "Back to your answers") goes back in
 * the browser's history instead of pushing, so the browser's Forward then returns, as after its own Back.
 */
import { useEffect, useRef, useState } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { positionOf } from '@/lib/flow/questionnaireMachine';
import { pathOf as appPathOf, positionOfPath as appPositionOfPath } from '@/lib/flow/positions';
import type { Position } from '@/lib/flow/positions';
import { localizedPath, splitLocalePath } from '@/lib/i18n/locales';
import { useScreening, useScreeningActor } from './ScreeningProvider';

// The language prefix (/es) is not a place: positions read the path without it and every move keeps the page's
// language (docs/decisions/0014). The machine and lib/flow/positions.ts know nothing of languages.
const positionOfPath = (path: string) => appPositionOfPath(splitLocalePath(path).path);

export function FlowUrlSync() {
  const { snapshot } = useScreening();
  const pathname = usePathname();
  const { actor, draftSource } = useScreeningActor();
  const router = useRouter();
  const machinePosition = positionOf(snapshot);
  /**
   * The machine's position when last in step with the URL; the path a navigation of ours is leaving, and how many
   * history moves (popstate) it may take to land: more than that means the person moved too (Back or Forward
   * pressed before ours landed), so the URL is read again.
   */
  const synced = useRef<{ machine: Position | null; waitingOn: string | null; popsAllowed: number }>({ machine: null, waitingOn: null, popsAllowed: 0 });
  /** History moves so far (Back, Forward, ours included): a move that ends on the same path still re-reads it. */
  const [pops, setPops] = useState(0);
  useEffect(() => {
    const onPop = () => setPops((n) => n + 1);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  /** The history entries seen while the flow is open (paths) and which one the browser is on. */
  const history = useRef<{ entries: string[]; index: number }>({ entries: [], index: -1 });

  useEffect(() => {
    const state = synced.current;
    const seen = history.current;
    const { locale } = splitLocalePath(pathname ?? '/');
    const pathOf = (position: Position) => localizedPath(locale, appPathOf(position));
    if (machinePosition === null) return; // still reading storage, or asking about saved answers
    if (state.waitingOn !== null) {
      if (pathname === state.waitingOn && pops <= state.popsAllowed) return; // ours has not landed yet
      state.waitingOn = null;
    }
    const path = pathname ?? '/';
    if (seen.index === -1) seen.entries = [path];
    seen.index = Math.max(seen.index, 0);
    const urlPosition = positionOfPath(path);
    if (urlPosition === null) {
      state.machine = machinePosition;
      return;
    }
    if (state.machine !== null && state.machine !== machinePosition) {
      state.machine = machinePosition;
      if (urlPosition !== machinePosition) {
        const target = pathOf(machinePosition);
        state.waitingOn = pathname;
        state.popsAllowed = pops;
        if (seen.index > 0 && seen.entries[seen.index - 1] === target) {
          seen.index -= 1;
          state.popsAllowed = pops + 1;
          router.back();
        } else {
          seen.entries = [...seen.entries.slice(0, seen.index + 1), target];
          seen.index += 1;
          router.push(target);
        }
      }
      return;
    }
    state.machine = machinePosition;
    /** Puts the place's own path in the address bar instead of the one typed (an unknown step name, a place not reachable yet). */
    const correctTo = (place: Position) => {
      state.waitingOn = pathname;
      state.popsAllowed = pops;
      seen.entries[seen.index] = pathOf(place);
      router.replace(pathOf(place));
    };
    if (urlPosition === machinePosition) {
      if (pathOf(machinePosition) !== path) correctTo(machinePosition);
      return;
    }
    // The browser moved by itself: follow it in the entries seen (Back, Forward), or start again (a link).
    if (seen.entries[seen.index - 1] === path) seen.index -= 1;
    else if (seen.entries[seen.index + 1] === path) seen.index += 1;
    else if (seen.entries[seen.index] !== path) {
      seen.entries = [...seen.entries.slice(0, seen.index + 1), path];
      seen.index += 1;
    }
    actor.send({ type: 'flow.visit', position: urlPosition, draft: draftSource.current?.() });
    const landed = positionOf(actor.getSnapshot());
    state.machine = landed;
    if (landed !== null && pathOf(landed) !== path) correctTo(landed);
  }, [machinePosition, pathname, pops, router, actor, draftSource]);

  return null;
}
