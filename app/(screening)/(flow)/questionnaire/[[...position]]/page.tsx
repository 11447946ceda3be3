import type { Metadata } from 'next';

// One generic title for every step: titles are printed in page headers, and no answer goes into one.
export const metadata: Metadata = { title: 'Questionnaire' };

/** /questionnaire, /questionnaire/<step id>, /questionnaire/review: the flow layout shows the place. */
export default function QuestionnairePage() {
  return null;
}
