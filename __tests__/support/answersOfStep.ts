/** A whole patient's answers (a public vignette, say) cut down to the answers of one step. */
import { STEPS } from '@/lib/questionnaire';
import type { StepId } from '@/lib/questionnaire';
import type { Answers } from '@/lib/answers';

export function answersOfStep(stepId: StepId, answers: Answers): Answers {
  const ids = STEPS.find((s) => s.id === stepId)!.questions.map((q) => q.id as string);
  return Object.fromEntries(Object.entries(answers).filter(([id]) => ids.includes(id))) as Answers;
}
