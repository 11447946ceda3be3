'use client';
/**
 * Owns the one questionnaire actor (mounted in the layout of the screening pages: start, questionnaire,
 * summary), so answers survive client-side navigation between them. The machine holds position and answers;
 * FlowUrlSync makes the URL follow it, and asks the screen on show for its unsent values (useDraftSource)
 * when the browser moves away. It also keeps a step's answers as the person gives them (after a short pause, and
 * at once when the page is hidden), follows what other tabs do to storage, and asks before the page is left
 * with answers kept nowhere else (docs/decisions/0011).
 */
import { createContext, useContext, useEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { PrunedDocument } from '@/lib/answers';
import { leavingLosesAnswers, questionnaireMachine, savedAnswersEvent } from '@/lib/flow/questionnaireMachine';
import type { Draft, QuestionnaireEvent } from '@/lib/flow/questionnaireMachine';
import { loadSavedAnswers, watchOtherTabs } from '@/lib/storage/savedAnswers';
import { loadClinicSetting } from '@/lib/clinic/clinicSetting';
import { FILE_SAVED_EVENT } from '@/components/ui/downloadFile';
import { RELOADING_EVENT } from './reloadKeepingAnswers';
import { FlowUrlSync } from './FlowUrlSync';

type DraftSource = { current: (() => Draft) | null };

/** How long after the last tick or keystroke a step's answers are kept: one write per pause, not per key. */
const KEEP_AFTER_MS = 1000;

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

  // Saved as the person answers, not only on Continue: a tick on a step survives a reload or a discarded tab.
  // Any change or typing inside a form starts a short pause; the page being hidden (pagehide, a phone switching
  // apps) keeps at once what is pending. The machine keeps nothing outside a step, or on a clinic tablet.
  useEffect(() => {
    let timer: number | undefined;
    let changed = false;
    const keepNow = () => {
      window.clearTimeout(timer);
      changed = false;
      const read = draftSource.current;
      if (read && actor.getSnapshot().matches('answering')) actor.send({ type: 'draft.keep', draft: read() });
    };
    const keepSoon = (event: Event) => {
      if (!(event.target instanceof Element) || !event.target.closest('form')) return;
      changed = true;
      window.clearTimeout(timer);
      timer = window.setTimeout(keepNow, KEEP_AFTER_MS);
    };
    const keepIfChanged = () => {
      if (changed) keepNow();
    };
    const onVisibility = () => {
      if (window.document.visibilityState === 'hidden') keepIfChanged();
    };
    // Continue keeps the step itself: the pause ends (a change not yet kept is still kept if the page is hidden).
    const onSubmit = () => window.clearTimeout(timer);
    // One signal removes every listener below when the provider goes.
    const listening = new AbortController();
    const capture = { capture: true, signal: listening.signal };
    window.document.addEventListener('submit', onSubmit, capture);
    window.document.addEventListener('change', keepSoon, capture);
    window.document.addEventListener('input', keepSoon, capture);
    // Buttons that fill answers in (a grid's "No to all of these") change values without a change event.
    window.document.addEventListener('click', keepSoon, capture);
    window.document.addEventListener('visibilitychange', onVisibility, { signal: listening.signal });
    window.addEventListener('pagehide', keepIfChanged, { signal: listening.signal });
    return () => {
      window.clearTimeout(timer);
      listening.abort();
    };
  }, [actor]);

  // Another tab turned clinic mode on (or off), or cleared the answers this tab keeps on the device.
  useEffect(
    () =>
      watchOtherTabs((change) => {
        if (change === 'clinicSetting') actor.send({ type: 'clinic.change', setting: loadClinicSetting() });
        else actor.send({ type: change === 'clearedElsewhere' ? 'storage.clearedElsewhere' : 'storage.replacedElsewhere' });
      }),
    [actor],
  );

  // Leaving the site with answers kept only for this tab (or nowhere) asks first, unless they were printed or
  // saved to a file since they last changed, or the page reloads itself for a new version (the tab keeps them).
  useEffect(() => {
    let handedOver: string | null = null;
    let reloading = false;
    const answersNow = () => JSON.stringify(actor.getSnapshot().context.document);
    const onHandedOver = () => {
      handedOver = answersNow();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (reloading || !leavingLosesAnswers(actor.getSnapshot().context) || handedOver === answersNow()) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    const onReloading = () => {
      reloading = true;
    };
    window.addEventListener('afterprint', onHandedOver);
    window.addEventListener(FILE_SAVED_EVENT, onHandedOver);
    window.addEventListener(RELOADING_EVENT, onReloading);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener(RELOADING_EVENT, onReloading);
      window.removeEventListener('afterprint', onHandedOver);
      window.removeEventListener(FILE_SAVED_EVENT, onHandedOver);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
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
