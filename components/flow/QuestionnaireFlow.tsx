'use client';
/**
 * The questionnaire and summary pages: render whatever the machine says the person is doing. Mounted in the
 * layout of those routes, so a change of URL (which follows the machine) never remounts a form mid-answer.
 */
import { usePathname } from 'next/navigation';
import { CurrentSummary } from '@/components/summary/CurrentSummary';
import { IntroForm } from './IntroForm';
import { OtherTabNotice } from './OtherTabNotice';
import { ReviewScreen } from './ReviewScreen';
import { SavedAnswersProblem } from './SavedAnswersProblem';
import { StepForm } from './StepForm';
import { StorageProblem } from './StorageProblem';
import { useScreening } from './ScreeningProvider';
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

export function QuestionnaireFlow() {
  return (
    <>
      <OtherTabNotice />
      <FlowScreen />
      <StorageProblem />
    </>
  );
}

function FlowScreen() {
  const { snapshot } = useScreening();
  const t = useTranslations('flow');
  if (snapshot.matches('checkingSaved')) {
    return (
      <>
        <WaitingTitle />
        <p>{t('loading')}</p>
      </>
    );
  }
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
  if (snapshot.matches('summary')) return <CurrentSummary />;
  return <ReviewScreen />;
}
