import type { Metadata } from 'next';

// No route title: each step's heading renders its own (StepHeading), and a route title streamed in after the URL
// lands would overwrite it. Step titles name the step only; no answer goes into one.
export const metadata: Metadata = { title: null };

/** /questionnaire, /questionnaire/<step id>, /questionnaire/review: the flow layout shows the place. */
export default function QuestionnairePage() {
  return null;
}
