'use client';
/**
 * One step: one react-hook-form form checked by the step's zod schema (lib/answers). Questions appear and
 * disappear as answers change; only the questions shown are validated and sent to the machine.
 */
import { useForm, useWatch } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { inVoice, stepById } from '@/lib/questionnaire';
import type { StepId } from '@/lib/questionnaire';
import type { Answers } from '@/lib/answers';
import { answersToFormValues, formValuesToAnswers, stepFormErrors } from '@/lib/flow/stepForm';
import type { FormValues } from '@/lib/flow/stepForm';
import { shownQuestionsOfStep, stepsThatApply, withStepAnswers } from '@/lib/flow/stepPredicates';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { ProgressSteps } from '@/components/ui/ProgressSteps';
import { StepHeading } from '@/components/ui/StepHeading';
import { ClearAnswers } from './ClearAnswers';
import { errorTargetId, QuestionField } from './QuestionField';
import { useScreening } from './ScreeningProvider';

export function StepForm({ stepId }: { stepId: StepId }) {
  const { snapshot, send } = useScreening();
  const { respondent, answers } = snapshot.context.document;
  const editing = snapshot.context.returnToReview;
  const step = stepById(stepId)!;

  /** The answers as they would be with this form's current values: drives what is shown. */
  const answersWith = (values: FormValues): Answers => withStepAnswers(answers, stepId, formValuesToAnswers(step.questions, values));

  const resolver: Resolver<FormValues> = async (values) => {
    const live = answersWith(values);
    const shown = shownQuestionsOfStep(stepId, live);
    const stepAnswers = formValuesToAnswers(shown, values);
    const errors = stepFormErrors(shown, stepAnswers, respondent);
    if (errors.length === 0) return { values: stepAnswers as FormValues, errors: {} };
    return { values: {}, errors: Object.fromEntries(errors.map((e) => [e.questionId, { type: 'validate', message: e.message }])) };
  };

  const { control, register, handleSubmit, getValues, formState } = useForm<FormValues>({
    defaultValues: answersToFormValues(step.questions, answers),
    resolver,
    // The error summary takes focus instead of the first field.
    shouldFocusError: false,
  });
  const values = useWatch({ control }) as FormValues;
  const shown = shownQuestionsOfStep(stepId, answersWith(values));
  const errors = shown.flatMap((q) => {
    const message = formState.errors[q.id]?.message;
    return message ? [{ question: q, message }] : [];
  });

  const applying = stepsThatApply(answers).map((id) => ({ id, label: inVoice(stepById(id)!.title, respondent) }));
  const position = applying.findIndex((s) => s.id === stepId) + 1;
  const title = inVoice(step.title, respondent);

  return (
    <>
      <ProgressSteps steps={applying} currentId={stepId} />
      <ErrorSummary errors={errors.map((e) => ({ targetId: errorTargetId(e.question), message: e.message }))} attempt={formState.submitCount} />
      <StepHeading title={`Step ${position} of ${applying.length}: ${title}`} hasErrors={errors.length > 0}>
        {title}
      </StepHeading>
      {step.intro ? <p>{inVoice(step.intro, respondent)}</p> : null}
      <form noValidate onSubmit={handleSubmit((stepAnswers) => send({ type: 'step.next', answers: stepAnswers as Answers }))}>
        {shown.map((question) => (
          <QuestionField key={question.id} question={question} respondent={respondent} error={formState.errors[question.id]?.message} control={control} register={register} />
        ))}
        <div className="button-row">
          <button type="submit" className="button">
            {editing ? 'Save and go back to review' : 'Continue'}
          </button>
          <button type="button" className="button button-secondary" onClick={() => send({ type: 'step.back', answers: formValuesToAnswers(step.questions, getValues()) })}>
            {editing ? 'Back to review' : 'Back'}
          </button>
        </div>
      </form>
      <ClearAnswers />
    </>
  );
}
