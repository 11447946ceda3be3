'use client';
import { useCallback } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { DOB_FIELDS, introAnswers, introFormSchema, introFormValues } from '@/lib/flow/introForm';
import { datePartOrder, localToday, readBirthDate } from '@/lib/flow/birthDate';
import type { DatePart } from '@/lib/flow/birthDate';
import type { IntroFormOutput, IntroFormValues } from '@/lib/flow/introForm';
import { savingAllowedFor } from '@/lib/flow/questionnaireMachine';
import { minutesText } from '@/lib/clinic/clinicSetting';
import { ChoiceGroup, optionId } from '@/components/ui/ChoiceGroup';
import { DateInput, datePartId } from '@/components/ui/DateInput';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Field } from '@/components/ui/Field';
import { StepHeading } from '@/components/ui/StepHeading';
import { useDraftSource, useScreening } from './ScreeningProvider';

const RESPONDENT_OPTIONS = [
  { value: 'patient', label: 'I am the patient' },
  { value: 'caregiver', label: 'A parent or caregiver', hint: 'answering for a child or another person' },
  { value: 'staff', label: 'Clinic staff', hint: 'filling it in with the patient' },
];

const FIELD_TARGETS: Record<string, string> = {
  respondent: optionId('respondent', 'patient'),
  name: 'patient-name',
  dobDay: datePartId('patient-dob', 'day'),
  dobMonth: datePartId('patient-dob', 'month'),
  dobYear: datePartId('patient-dob', 'year'),
};

const EXAMPLE_DATE: Record<DatePart, string> = { day: '27', month: '3', year: '1991' };

/** The page's language decides the order of day, month and year (en-US: month, day, year). */
const pageLocale = () => (typeof document === 'undefined' ? 'en-US' : document.documentElement.lang === 'en' ? 'en-US' : document.documentElement.lang || 'en-US');

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
  const errors = (['respondent', 'name', 'dobDay', 'dobMonth', 'dobYear'] as const).flatMap((field) => {
    const message = formState.errors[field]?.message;
    return message ? [{ targetId: FIELD_TARGETS[field], message }] : [];
  });
  const dobError = formState.errors.dobDay?.message ?? formState.errors.dobMonth?.message ?? formState.errors.dobYear?.message;
  const [dobDay, dobMonth, dobYear] = useWatch({ control, name: ['dobDay', 'dobMonth', 'dobYear'] });
  // Every box the problem is about is marked, not only the one the message sits on.
  const dobReading = dobError ? readBirthDate({ day: dobDay ?? '', month: dobMonth ?? '', year: dobYear ?? '' }, localToday()) : null;
  const dobOrder = datePartOrder(pageLocale());
  const invalidParts: DatePart[] = dobReading && !dobReading.ok ? dobReading.problem.parts : [];

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
        <DateInput
          id="patient-dob"
          legend="Patient’s date of birth"
          hint={`For example, ${dobOrder.map((part) => EXAMPLE_DATE[part]).join(' ')}`}
          error={dobError}
          order={dobOrder}
          registrations={{ day: register(DOB_FIELDS.day), month: register(DOB_FIELDS.month), year: register(DOB_FIELDS.year) }}
          invalid={invalidParts}
          autoComplete={!clinic.enabled}
        />

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
                Saves your answers in this browser as you go, so you can come back later. Only use this on your own device. You can clear them at any time. Without it, your answers are kept only until you close this tab.
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
