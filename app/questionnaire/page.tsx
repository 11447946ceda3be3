import type { Metadata } from 'next';
import { QuestionnaireFlow } from '@/components/flow/QuestionnaireFlow';

export const metadata: Metadata = { title: 'Questionnaire' };

export default function QuestionnairePage() {
  return <QuestionnaireFlow />;
}
