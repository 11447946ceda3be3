'use client';
/**
 * The questionnaire machine at work, mounted once beside the screening pages by ScreeningProvider (which this
 * module keeps out of the start page's first load: issue 15). It creates the one actor and hands it up; reads
 * storage once mounted (after hydration); keeps a step's answers as the person gives them (after a short pause,
 * and at once when the page is hidden); follows what other tabs do to storage; asks before the page is left with
 * answers kept nowhere else (docs/decisions/0011); and, once the actor is up, makes the URL follow it
 * (FlowUrlSync).
 */
import { useEffect } from 'react';
import { useActorRef } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { leavingLosesAnswers, questionnaireMachine, savedAnswersEvent } from '@/lib/flow/questionnaireMachine';
import { loadSavedAnswers, watchOtherTabs } from '@/lib/storage/savedAnswers';
import { loadClinicSetting } from '@/lib/clinic/clinicSetting';
import { FILE_SAVED_EVENT } from '@/components/ui/downloadFile';
import { RELOADING_EVENT } from './reloadKeepingAnswers';
import { FlowUrlSync } from './FlowUrlSync';
import { useLoader, useScreeningIfLoaded } from './ScreeningProvider';

/** How long after the last tick or keystroke a step's answers are kept: one write per pause, not per key. */
const KEEP_AFTER_MS = 1000;

type Actor = ActorRefFrom<typeof questionnaireMachine>;

export function ScreeningMachine({ onActor }: { onActor: (actor: Actor | null) => void }) {
  const actor = useActorRef(questionnaireMachine);
  const { draftSource } = useLoader();
  const running = useScreeningIfLoaded() !== null;

  // Storage exists only in the browser: read it once mounted (after hydration). A clinic tablet never
  // looks at saved answers: it starts empty (and the machine removes any it finds).
  useEffect(() => {
    if (!actor.getSnapshot().matches('checkingSaved')) return;
    const clinic = loadClinicSetting();
    actor.send(clinic.enabled ? { type: 'clinic.change', setting: clinic } : savedAnswersEvent(loadSavedAnswers()));
  }, [actor]);

  // Handed up after storage is read, so events sent before the machine was in come after what was kept.
  useEffect(() => {
    onActor(actor);
    return () => onActor(null);
  }, [actor, onActor]);

  // Saved as the person answers, not only on Continue: a tick on a step survives a reload or a discarded tab.
  // Any change or typing inside a form starts a short pause; the page being hidden (pagehide, a phone switching
  // apps) keeps at once what is pending. The machine keeps nothing outside a step or the intro, or on a clinic tablet.
  useEffect(() => {
    let timer: number | undefined;
    let changed = false;
    const keepNow = () => {
      window.clearTimeout(timer);
      changed = false;
      const read = draftSource.current;
      const snapshot = actor.getSnapshot();
      if (read && snapshot.matches('answering')) actor.send({ type: 'draft.keep', draft: read() });
      else if (read && snapshot.matches('intro')) actor.send({ type: 'intro.keep', draft: read() });
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
    // One signal removes every listener below when the machine goes.
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
  }, [actor, draftSource]);

  // Another tab turned clinic mode on (or off), or cleared the answers this tab keeps on the device.
  useEffect(
    () =>
      watchOtherTabs((change) => {
        if (change === 'clinicSetting') actor.send({ type: 'clinic.change', setting: loadClinicSetting(), elsewhere: true });
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

  return running ? <FlowUrlSync /> : null;
}
