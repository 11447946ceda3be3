'use client';
/**
 * One step: one react-hook-form form checked by the step's one schema (lib/flow/stepSchema.ts) through
 * zodResolver. Questions appear and disappear as answers change; only the questions shown are validated, and
 * the parsed answers go to the machine as they are (it does not parse or prune them again).
 */
import { useCallback, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { inVoice, stepById } from '@/lib/questionnaire';
import type { Question, StepId } from '@/lib/questionnaire';
import type { Answers } from '@/lib/answers';
import { withSetAside } from '@/lib/answers/setAside';
import { answersToFormValues, formValuesToAnswers } from '@/lib/flow/stepForm';
import type { FormValues } from '@/lib/flow/stepForm';
import { stepSchema, stepSchemaInput, visibleQuestions } from '@/lib/flow/stepSchema';
import { stepsThatApply } from '@/lib/flow/stepPredicates';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { ProgressSteps } from '@/components/ui/ProgressSteps';
import { StepHeading } from '@/components/ui/StepHeading';
import { ClearAnswers } from './ClearAnswers';
import { errorTargetId, QuestionField } from './QuestionField';
import { useDraftSource, useScreening } from './ScreeningProvider';

export function StepForm({ stepId }: { stepId: StepId }) {
  const { snapshot, send } = useScreening();
  const { respondent, answers } = snapshot.context.document;
  const draft = snapshot.context.drafts[stepId] as FormValues | undefined;
  const editing = snapshot.context.returnToReview;
  const step = stepById(stepId)!;
  const questions = step.questions as readonly Question[];

  // The answers so far travel with the form values under a symbol key, so the one schema sees both.
  const resolver = useMemo<Resolver<FormValues, unknown, Answers>>(() => {
    const parse = zodResolver(stepSchema(stepId, respondent), undefined, { mode: 'sync' });
    return (values, context, options) => parse(stepSchemaInput(values, answers), context, options as never) as never;
  }, [stepId, respondent, answers]);

  const { control, register, handleSubmit, getValues, formState } = useForm<FormValues, unknown, Answers>({
    // Set-aside answers fill their (hidden) fields, so they show again with their answer when a change shows them.
    defaultValues: draft ?? answersToFormValues(questions, withSetAside(answers, snapshot.context.setAside)),
    resolver,
    // The error summary takes focus instead of the first field.
    shouldFocusError: false,
  });
  const values = useWatch({ control }) as FormValues;
  const shown = visibleQuestions(stepId, answers, values);
  const errors = shown.flatMap((q) => {
    const message = formState.errors[q.id]?.message;
    return message ? [{ question: q, message }] : [];
  });
  useDraftSource(useCallback(() => getValues(), [getValues]));

  const applying = useMemo(() => stepsThatApply(answers).map((id) => ({ id, label: inVoice(stepById(id)!.title, respondent) })), [answers, respondent]);
  const position = applying.findIndex((s) => s.id === stepId) + 1;
  const title = inVoice(step.title, respondent);

  return (
    <>
      <ProgressSteps steps={applying} currentId={stepId} />
      <ErrorSummary errors={errors.map((e) => ({ targetId: errorTargetId(e.question), message: String(e.message) }))} attempt={formState.submitCount} />
      <StepHeading title={`Step ${position} of ${applying.length}: ${title}`} hasErrors={errors.length > 0}>
        {title}
      </StepHeading>
      {step.intro ? <p>{inVoice(step.intro, respondent)}</p> : null}
      <form noValidate onSubmit={handleSubmit((stepAnswers) => send({ type: 'step.next', answers: stepAnswers, draft: getValues() }))}>
        {shown.map((question) => (
          <QuestionField key={question.id} question={question} respondent={respondent} error={formState.errors[question.id]?.message} control={control} register={register} />
        ))}
        <div className="button-row">
          <button type="submit" className="button">
            {editing ? 'Save and go back to review' : 'Continue'}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              const held = getValues();
              send({ type: 'step.back', answers: formValuesToAnswers(questions, held), draft: held });
            }}
          >
            {editing ? 'Back to review' : 'Back'}
          </button>
        </div>
      </form>
      <ClearAnswers />
    </>
  );
}
