'use client';
/**
 * The questionnaire and summary pages: render whatever the machine says the person is doing. Mounted in the
 * layout of those routes, so a change of URL (which follows the machine) never remounts a form mid-answer.
 */
import { Suspense, useEffect } from 'react';
import { usePathname } from 'next/navigation';
import { IntroForm } from './IntroForm';
import { OtherTabNotice } from './OtherTabNotice';
import { LaterCurrentSummary, LaterReviewScreen, preloadLaterScreens } from './laterScreens';
import { SavedAnswersProblem } from './SavedAnswersProblem';
import { StepForm } from './StepForm';
import { StorageProblem } from './StorageProblem';
import { useMachineHere, useScreening, useScreeningIfLoaded } from './ScreeningProvider';
import { ScreeningMachine } from './ScreeningMachine';
import { positionOfPath } from '@/lib/flow/positions';
import { useTranslations } from 'next-intl';
import { splitLocalePath } from '@/lib/i18n/locales';

/**
 * The title of the questionnaire's pages before a step shows (the server's HTML, reading storage, a problem with
 * saved answers). The questionnaire route has no Next title, so that the step's own (StepHeading) is never
 * overwritten; the summary route keeps its Next title.
 */
function WaitingTitle() {
  const pathname = usePathname();
  const t = useTranslations('flow');
  return positionOfPath(splitLocalePath(pathname ?? '/').path) === 'summary' ? null : <title>{t('waitingTitle')}</title>;
}

/** When the review and the summary load if the person has not touched the page yet. */
const PRELOAD_AFTER_MS = 10_000;

export function QuestionnaireFlow() {
  // These pages always need the machine: its code comes with their first load (imported above).
  useMachineHere(ScreeningMachine);
  const loaded = useScreeningIfLoaded() !== null;
  // The review and the summary load in the background (./laterScreens) once the person first touches or types, or
  // after a while: not as the page loads, where running their chunk was a long task on a phone (issue 15).
  useEffect(() => {
    const events = ['pointerdown', 'keydown'] as const;
    const stop = () => {
      window.clearTimeout(timer);
      for (const type of events) window.removeEventListener(type, start);
    };
    const start = () => {
      stop();
      void preloadLaterScreens();
    };
    const timer = window.setTimeout(start, PRELOAD_AFTER_MS);
    for (const type of events) window.addEventListener(type, start, { passive: true });
    return stop;
  }, []);
  if (!loaded) return <Waiting />;
  return (
    <>
      <OtherTabNotice />
      <FlowScreen />
      <StorageProblem />
    </>
  );
}

/** The server's HTML and the first moments in the browser: the machine is coming in, or reading storage. */
function Waiting() {
  const t = useTranslations('flow');
  return (
    <>
      <WaitingTitle />
      <p className="flow-waiting">{t('loading')}</p>
    </>
  );
}

function FlowScreen() {
  const { snapshot } = useScreening();
  const loading = useTranslations('loading');
  if (snapshot.matches('checkingSaved')) return <Waiting />;
  if (snapshot.matches('savedProblem')) {
    return (
      <>
        <WaitingTitle />
        <SavedAnswersProblem />
      </>
    );
  }
  if (snapshot.matches('intro')) return <IntroForm />;
  // The key remounts the form on every step change: fresh defaults, and the heading takes focus.
  if (snapshot.matches('answering')) return <StepForm key={`${snapshot.context.stepId}`} stepId={snapshot.context.stepId} />;
  return <Suspense fallback={<p className="flow-waiting">{loading('screen')}</p>}>{snapshot.matches('summary') ? <LaterCurrentSummary /> : <LaterReviewScreen />}</Suspense>;
}
