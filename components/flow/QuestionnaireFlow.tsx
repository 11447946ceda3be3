'use client';
/** The /questionnaire page: renders whatever the machine says the person is doing. */
import { IntroForm } from './IntroForm';
import { ReviewScreen } from './ReviewScreen';
import { SavedAnswersProblem } from './SavedAnswersProblem';
import { StepForm } from './StepForm';
import { StorageProblem } from './StorageProblem';
import { useScreening } from './ScreeningProvider';

export function QuestionnaireFlow() {
  return (
    <>
      <FlowScreen />
      <StorageProblem />
    </>
  );
}

function FlowScreen() {
  const { snapshot } = useScreening();
  if (snapshot.matches('checkingSaved')) return <p>Loading the questionnaire…</p>;
  if (snapshot.matches('savedProblem')) return <SavedAnswersProblem />;
  if (snapshot.matches('intro')) return <IntroForm />;
  // The key remounts the form on every step change: fresh defaults, and the heading takes focus.
  if (snapshot.matches('answering')) return <StepForm key={`${snapshot.context.stepId}`} stepId={snapshot.context.stepId} />;
  return <ReviewScreen />;
}
