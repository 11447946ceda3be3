'use client';
import { useCallback } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { introAnswers, introFormSchema, introFormValues } from '@/lib/flow/introForm';
import type { IntroFormOutput, IntroFormValues } from '@/lib/flow/introForm';
import { savingAllowedFor } from '@/lib/flow/questionnaireMachine';
import { minutesText } from '@/lib/clinic/clinicSetting';
import { ChoiceGroup, optionId } from '@/components/ui/ChoiceGroup';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Field } from '@/components/ui/Field';
import { StepHeading } from '@/components/ui/StepHeading';
import { useDraftSource, useScreening } from './ScreeningProvider';

const RESPONDENT_OPTIONS = [
  { value: 'patient', label: 'I am the patient' },
  { value: 'caregiver', label: 'A parent or caregiver', hint: 'answering for a child or another person' },
  { value: 'staff', label: 'Clinic staff', hint: 'filling it in with the patient' },
];

const FIELD_TARGETS: Record<string, string> = { respondent: optionId('respondent', 'patient'), name: 'patient-name', dateOfBirth: 'patient-dob' };

// The form holds text; the schema reads blanks as missing and hands on the parsed answers.
const resolver = zodResolver(introFormSchema, undefined, { mode: 'sync' }) as unknown as Resolver<IntroFormValues, unknown, IntroFormOutput>;

/** Before the first step: who is filling it in, optional name and date of birth, and the saving opt-in. */
export function IntroForm() {
  const { snapshot, send } = useScreening();
  const { document, saving, returnToReview, clinic, drafts, furthest } = snapshot.context;
  const started = returnToReview || furthest !== 'intro' || Object.keys(document.answers).length > 0;
  const { register, handleSubmit, control, formState, getValues } = useForm<IntroFormValues, unknown, IntroFormOutput>({
    defaultValues: (drafts.intro as IntroFormValues | undefined) ?? introFormValues(document, saving, started, clinic.enabled ? clinic.usualRespondent : undefined),
    resolver,
    shouldFocusError: false,
  });
  const respondent = useWatch({ control, name: 'respondent' });
  useDraftSource(useCallback(() => getValues(), [getValues]));
  const errors = (['respondent', 'name', 'dateOfBirth'] as const).flatMap((field) => {
    const message = formState.errors[field]?.message;
    return message ? [{ targetId: FIELD_TARGETS[field], message }] : [];
  });

  return (
    <>
      <ErrorSummary errors={errors} attempt={formState.submitCount} />
      <StepHeading title="Before you start" hasErrors={errors.length > 0}>
        Before you start
      </StepHeading>
      <form
        noValidate
        // A clinic tablet must not offer the last patient's name to the next (the browser's autofill store is out of any wipe's reach).
        autoComplete={clinic.enabled ? 'off' : undefined}
        onSubmit={handleSubmit((parsed) => {
          const intro = introAnswers(parsed);
          send({ type: 'flow.start', ...intro, saving: intro.saving && savingAllowedFor(intro.respondent) });
        })}
      >
        <ChoiceGroup name="respondent" legend="Who is filling in this questionnaire?" error={formState.errors.respondent?.message} options={RESPONDENT_OPTIONS} registration={register('respondent')} />

        <h2>For the printed summary (optional)</h2>
        <p className="field-hint">So the clinic can match the summary to the right person. Leave blank if you prefer.</p>
        <Field id="patient-name" label="Patient’s name" error={formState.errors.name?.message}>
          {(controlProps) => <input {...controlProps} {...register('name')} type="text" autoComplete={clinic.enabled ? 'off' : 'name'} className="input" />}
        </Field>
        <Field id="patient-dob" label="Patient’s date of birth" error={formState.errors.dateOfBirth?.message}>
          {(controlProps) => <input {...controlProps} {...register('dateOfBirth')} type="date" autoComplete={clinic.enabled ? 'off' : 'bday'} className="input input-date" />}
        </Field>

        {clinic.enabled ? (
          <p className="notice">This is a clinic tablet. Answers are never kept on it: they are cleared after {minutesText(clinic.idleMinutes)} without use, and when you finish.</p>
        ) : respondent === 'staff' ? (
          <p className="notice">When clinic staff fill it in, answers are never kept on this device.</p>
        ) : (
          <div className="field choice">
            <input type="checkbox" id="keep-answers" aria-describedby="keep-answers-hint" {...register('saving')} />
            <div className="choice-text">
              <label htmlFor="keep-answers">Keep my answers on this device</label>
              <span id="keep-answers-hint" className="choice-hint">
                Saves your answers in this browser after each step, so you can come back later. Only use this on your own device. You can clear them at any time.
              </span>
            </div>
          </div>
        )}

        <div className="button-row">
          <button type="submit" className="button">
            {/* "Continue", not a second "Start": the start page's Start already began. */}
            {returnToReview ? 'Save and go back to review' : 'Continue'}
          </button>
        </div>
      </form>
    </>
  );
}
