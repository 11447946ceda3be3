import { QuestionnaireFlow } from '@/components/flow/QuestionnaireFlow';

/**
 * Every place in the questionnaire has its own URL (/questionnaire, /questionnaire/<step>, /questionnaire/review,
 * /summary), but what shows is the machine's position (docs/decisions/0005-per-step-urls.md). The flow lives in
 * this layout, so a URL change never remounts a form; the pages only name the place. Titles: the summary page sets its own; each step's heading sets the step's.
 */
export default function FlowLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <QuestionnaireFlow />
      {children}
    </>
  );
}
