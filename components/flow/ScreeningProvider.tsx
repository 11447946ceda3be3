'use client';
/**
 * Owns the one questionnaire actor for the whole app (mounted in the root layout), so answers survive
 * client-side navigation between the start page, the questionnaire and the summary.
 */
import { createContext, useContext, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useActorRef, useSelector } from '@xstate/react';
import type { SnapshotFrom } from 'xstate';
import { pruneHidden } from '@/lib/answers';
import type { AnswersDocument } from '@/lib/answers';
import { questionnaireMachine, savedAnswersEvent } from '@/lib/flow/questionnaireMachine';
import type { QuestionnaireEvent } from '@/lib/flow/questionnaireMachine';
import { loadSavedAnswers } from '@/lib/storage/savedAnswers';
import { loadClinicSetting } from '@/lib/clinic/clinicSetting';
import { takeUpdateHandoff } from '@/lib/offline/updateHandoff';

export interface Screening {
  /** The answers document so far, answers to hidden questions pruned. */
  document: AnswersDocument;
  snapshot: SnapshotFrom<typeof questionnaireMachine>;
  send: (event: QuestionnaireEvent) => void;
}

const ScreeningContext = createContext<Screening | null>(null);

export function ScreeningProvider({ children }: { children: ReactNode }) {
  const actor = useActorRef(questionnaireMachine);
  const snapshot = useSelector(actor, (s) => s);

  // Storage exists only in the browser: read it once mounted (after hydration). A clinic tablet never
  // looks at saved answers: it starts empty (and the machine removes any it finds).
  useEffect(() => {
    if (!actor.getSnapshot().matches('checkingSaved')) return;
    const clinic = loadClinicSetting();
    // Answers carried over by "Update" on "A new version is ready" come first (never written in clinic mode).
    const handoff = clinic.enabled ? null : takeUpdateHandoff();
    if (handoff) return actor.send({ type: 'saved.found', saved: handoff.saved, saving: handoff.saving });
    actor.send(clinic.enabled ? { type: 'clinic.change', setting: clinic } : savedAnswersEvent(loadSavedAnswers()));
  }, [actor]);

  const saved = snapshot.context.document;
  const document = useMemo(() => ({ ...saved, answers: pruneHidden(saved.answers) }), [saved]);
  const value = useMemo(() => ({ document, snapshot, send: actor.send }), [document, snapshot, actor]);
  return <ScreeningContext.Provider value={value}>{children}</ScreeningContext.Provider>;
}

export function useScreening(): Screening {
  const screening = useContext(ScreeningContext);
  if (!screening) throw new Error('useScreening must be used inside <ScreeningProvider>');
  return screening;
}
