'use client';
/**
 * Holds the one questionnaire actor for the screening pages (start, questionnaire, summary, clinic setup), so
 * answers survive client-side navigation between them. This module is light on purpose: the machine, zod and the
 * answers schema live in ./ScreeningMachine, which the questionnaire and clinic pages import (useMachineHere) and
 * the start page loads only when it needs it: something is kept in this browser, a file or code is loaded, or
 * another tab changes what is kept (issue 15, docs/decisions/0016). Until then there is no actor and
 * `useScreeningIfLoaded` is null; once loaded, the actor lives as long as this provider.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ComponentType, ReactNode } from 'react';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { PrunedDocument } from '@/lib/answers';
import type { Draft, QuestionnaireEvent, questionnaireMachine } from '@/lib/flow/questionnaireMachine';
import { MACHINE_KEYS, somethingKeptHere } from '@/lib/storage/keptHere';

type Actor = ActorRefFrom<typeof questionnaireMachine>;
type DraftSource = { current: (() => Draft) | null };

export interface Screening {
  /** The answers document so far, pruned where the answers came in. */
  document: PrunedDocument;
  snapshot: SnapshotFrom<typeof questionnaireMachine>;
  send: (event: QuestionnaireEvent) => void;
}

/** What ./ScreeningMachine renders beside the pages: it creates the actor and hands it up with `onActor`. */
export type MachineComponent = ComponentType<{ onActor: (actor: Actor | null) => void }>;

interface Loader {
  /** Mounts the machine from a statically imported component (the pages that always need it). */
  provide: (machine: MachineComponent) => void;
  /** Loads the machine's chunk and mounts it (the start page, on demand). Does nothing once loaded or loading. */
  load: () => void;
  /** Sends `event` now, or once the machine is loaded and has read storage (loading it if need be). */
  sendWhenReady: (event: QuestionnaireEvent) => void;
  /** How to read the form on show's unsent values (useDraftSource), for the machine's keeping and URL sync. */
  draftSource: DraftSource;
}

const ScreeningContext = createContext<Screening | null>(null);
const ActorContext = createContext<{ actor: Actor; draftSource: DraftSource } | null>(null);
const LoaderContext = createContext<Loader | null>(null);

const noSubscription = () => () => {};

export function ScreeningProvider({ children }: { children: ReactNode }) {
  const [machine, setMachine] = useState<{ Machine: MachineComponent } | null>(null);
  const [actor, setActor] = useState<Actor | null>(null);
  const draftSource = useRef<(() => Draft) | null>(null);
  const loading = useRef(false);
  const waiting = useRef<QuestionnaireEvent[]>([]);

  const provide = useCallback((Machine: MachineComponent) => {
    loading.current = true;
    setMachine((current) => current ?? { Machine });
  }, []);
  const load = useCallback(() => {
    if (loading.current) return;
    loading.current = true;
    void import('./ScreeningMachine').then(({ ScreeningMachine }) => setMachine((current) => current ?? { Machine: ScreeningMachine }));
  }, []);
  const sendWhenReady = useCallback(
    (event: QuestionnaireEvent) => {
      if (actor) actor.send(event);
      else {
        waiting.current.push(event);
        load();
      }
    },
    [actor, load],
  );

  // Events sent before the machine was in go to it once it has read storage (its first effect, before this one).
  useEffect(() => {
    if (!actor) return;
    for (const event of waiting.current.splice(0)) actor.send(event);
  }, [actor]);

  // Something kept in this browser (answers, a clinic setting), now or set by another tab: the machine must read it.
  useEffect(() => {
    if (somethingKeptHere()) load();
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || MACHINE_KEYS.includes(event.key)) load();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [load]);

  const subscribe = useMemo(
    () =>
      actor
        ? (onChange: () => void) => {
            const subscription = actor.subscribe(onChange);
            return () => subscription.unsubscribe();
          }
        : noSubscription,
    [actor],
  );
  const snapshot = useSyncExternalStore(
    subscribe,
    () => actor?.getSnapshot() ?? null,
    () => null,
  );
  const document = snapshot?.context.document;
  const value = useMemo(() => (actor && snapshot && document ? { document, snapshot, send: actor.send } : null), [document, snapshot, actor]);
  const internals = useMemo(() => (actor ? { actor, draftSource } : null), [actor]);
  const loader = useMemo(() => ({ provide, load, sendWhenReady, draftSource }), [provide, load, sendWhenReady]);
  const Machine = machine?.Machine;
  return (
    <LoaderContext.Provider value={loader}>
      <ActorContext.Provider value={internals}>
        <ScreeningContext.Provider value={value}>
          {children}
          {Machine ? <Machine onActor={setActor} /> : null}
        </ScreeningContext.Provider>
      </ActorContext.Provider>
    </LoaderContext.Provider>
  );
}

/** The questionnaire's state, for screens that show only once the machine is in (they throw outside the provider). */
export function useScreening(): Screening {
  const screening = useContext(ScreeningContext);
  if (!screening) throw new Error('useScreening must be used inside <ScreeningProvider>, once the machine is loaded');
  return screening;
}

/** The questionnaire's state, or null while the machine is not loaded (the start page before it needs it). */
export function useScreeningIfLoaded(): Screening | null {
  return useContext(ScreeningContext);
}

/** The loader, for ./ScreeningMachine (its draft source) and the hooks below. */
export function useLoader(): Loader {
  const loader = useContext(LoaderContext);
  if (!loader) throw new Error('The screening loader must be used inside <ScreeningProvider>');
  return loader;
}

/**
 * For a page that always needs the machine (the questionnaire, the summary, clinic setup): pass the statically
 * imported ./ScreeningMachine, so its code comes with the page's first load, not one round trip later.
 */
export function useMachineHere(machine: MachineComponent): void {
  const { provide } = useLoader();
  useEffect(() => provide(machine), [provide, machine]);
}

/** `sendWhenReady`: for the start page's ways in (a file, a code), which may act before the machine is loaded. */
export function useSendWhenReady(): (event: QuestionnaireEvent) => void {
  return useLoader().sendWhenReady;
}

/** The actor itself and the draft source: for FlowUrlSync, which must read the machine right after a send. */
export function useScreeningActor() {
  const internals = useContext(ActorContext);
  if (!internals) throw new Error('useScreeningActor must be used inside <ScreeningProvider>, once the machine is loaded');
  return internals;
}

/** A form on show registers how to read its unsent values, so a browser Back or Forward keeps them. */
export function useDraftSource(read: () => Draft) {
  const { draftSource: draftSourceRef } = useScreeningActor();
  useEffect(() => {
    draftSourceRef.current = read;
    return () => {
      if (draftSourceRef.current === read) draftSourceRef.current = null;
    };
  }, [draftSourceRef, read]);
}
