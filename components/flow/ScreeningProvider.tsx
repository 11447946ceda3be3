'use client';
/**
 * Owns the one questionnaire actor (mounted in the layout of the screening pages: start, questionnaire,
 * summary), so answers survive client-side navigation between them. The machine holds position and answers;
 * FlowUrlSync makes the URL follow it, and asks the screen on show for its unsent values (useDraftSource)
 * when the browser moves away.
 */
import { createContext, useContext, useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { PrunedDocument } from '@/lib/answers';
import { questionnaireMachine, savedAnswersEvent } from '@/lib/flow/questionnaireMachine';
import type { Draft, QuestionnaireEvent } from '@/lib/flow/questionnaireMachine';
import { loadSavedAnswers } from '@/lib/storage/savedAnswers';
import { loadClinicSetting } from '@/lib/clinic/clinicSetting';
import { FlowUrlSync } from './FlowUrlSync';

type DraftSource = { current: (() => Draft) | null };

export interface Screening {
  /** The answers document so far, pruned where the answers came in. */
  document: PrunedDocument;
  snapshot: SnapshotFrom<typeof questionnaireMachine>;
  send: (event: QuestionnaireEvent) => void;
}

const ScreeningContext = createContext<Screening | null>(null);
const ActorContext = createContext<{ actor: ActorRefFrom<typeof questionnaireMachine>; draftSource: DraftSource } | null>(null);

export function ScreeningProvider({ children }: { children: ReactNode }) {
  const actor = useActorRef(questionnaireMachine);
  const snapshot = useSelector(actor, (s) => s);
  const draftSource = useRef<(() => Draft) | null>(null);

  // Storage exists only in the browser: read it once mounted (after hydration). A clinic tablet never
  // looks at saved answers: it starts empty (and the machine removes any it finds).
  useEffect(() => {
    if (!actor.getSnapshot().matches('checkingSaved')) return;
    const clinic = loadClinicSetting();
    actor.send(clinic.enabled ? { type: 'clinic.change', setting: clinic } : savedAnswersEvent(loadSavedAnswers()));
  }, [actor]);

  const document = snapshot.context.document;
  const value = useMemo(() => ({ document, snapshot, send: actor.send }), [document, snapshot, actor]);
  const internals = useMemo(() => ({ actor, draftSource }), [actor]);
  return (
    <ActorContext.Provider value={internals}>
      <ScreeningContext.Provider value={value}>
        <FlowUrlSync />
        {children}
      </ScreeningContext.Provider>
    </ActorContext.Provider>
  );
}

export function useScreening(): Screening {
  const screening = useContext(ScreeningContext);
  if (!screening) throw new Error('useScreening must be used inside <ScreeningProvider>');
  return screening;
}

/** The actor itself and the draft source: for FlowUrlSync, which must read the machine right after a send. */
export function useScreeningActor() {
  const internals = useContext(ActorContext);
  if (!internals) throw new Error('useScreeningActor must be used inside <ScreeningProvider>');
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
