'use client';
import { useCallback, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { DOB_FIELDS, introAnswers, introFormSchema, introFormValues, makeIntroFormSchema } from '@/lib/flow/introForm';
import type { IntroFormWords } from '@/lib/flow/introForm';
import { datePartOrder, localToday, readBirthDate } from '@/lib/flow/birthDate';
import type { DatePart } from '@/lib/flow/birthDate';
import type { IntroFormOutput, IntroFormValues } from '@/lib/flow/introForm';
import { savingAllowedFor } from '@/lib/flow/questionnaireMachine';
import { ChoiceGroup, optionId } from '@/components/ui/ChoiceGroup';
import { DateInput, datePartId } from '@/components/ui/DateInput';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Field } from '@/components/ui/Field';
import { StepHeading } from '@/components/ui/StepHeading';
import { useDraftSource, useScreening } from './ScreeningProvider';
import { useLocale, useTranslations } from 'next-intl';


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

// The form holds text; the schema reads blanks as missing and hands on the parsed answers. English is built once;
// another language's schema carries its own messages.
const englishResolver = zodResolver(introFormSchema, undefined, { mode: 'sync' }) as unknown as Resolver<IntroFormValues, unknown, IntroFormOutput>;
const resolverWith = (words: IntroFormWords) => zodResolver(makeIntroFormSchema(localToday, words), undefined, { mode: 'sync' }) as unknown as Resolver<IntroFormValues, unknown, IntroFormOutput>;

/** Before the first step: who is filling it in, optional name and date of birth, and the saving opt-in. */
export function IntroForm() {
  const { snapshot, send } = useScreening();
  const { document, saving, returnToReview, clinic, drafts, furthest } = snapshot.context;
  const t = useTranslations('intro');
  const flow = useTranslations('flow');
  const locale = useLocale();
  const resolver = useMemo(
    () => (locale === 'en' ? englishResolver : resolverWith({ chooseWho: t('chooseWho'), nameTooLong: (max) => t('nameTooLong', { max }), locale })),
    [locale, t],
  );
  const RESPONDENT_OPTIONS = [
    { value: 'patient', label: t('patient') },
    { value: 'caregiver', label: t('caregiver'), hint: t('caregiverHint') },
    { value: 'staff', label: t('staff'), hint: t('staffHint') },
  ];
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
      <StepHeading title={t('heading')} hasErrors={errors.length > 0}>
        {t('heading')}
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
        <ChoiceGroup name="respondent" legend={t('who')} error={formState.errors.respondent?.message} options={RESPONDENT_OPTIONS} registration={register('respondent')} />

        <h2>{t('forSummary')}</h2>
        <p className="field-hint">{t('forSummaryHint')}</p>
        <Field id="patient-name" label={t('name')} error={formState.errors.name?.message}>
          {(controlProps) => <input {...controlProps} {...register('name')} type="text" autoComplete={clinic.enabled ? 'off' : 'name'} className="input" />}
        </Field>
        <DateInput
          id="patient-dob"
          legend={t('dateOfBirth')}
          hint={t('example', { date: dobOrder.map((part) => EXAMPLE_DATE[part]).join(' ') })}
          error={dobError}
          order={dobOrder}
          registrations={{ day: register(DOB_FIELDS.day), month: register(DOB_FIELDS.month), year: register(DOB_FIELDS.year) }}
          invalid={invalidParts}
          autoComplete={!clinic.enabled}
        />

        {clinic.enabled ? (
          <p className="notice">{t('clinicTablet', { minutes: clinic.idleMinutes })}</p>
        ) : respondent === 'staff' ? (
          <p className="notice">{t('staffNotKept')}</p>
        ) : (
          <div className="field choice">
            <input type="checkbox" id="keep-answers" aria-describedby="keep-answers-hint" {...register('saving')} />
            <div className="choice-text">
              <label htmlFor="keep-answers">{t('keep')}</label>
              <span id="keep-answers-hint" className="choice-hint">
                {t('keepHint')}
              </span>
            </div>
          </div>
        )}

        <div className="button-row">
          <button type="submit" className="button">
            {/* "Continue", not a second "Start": the start page's Start already began. */}
            {returnToReview ? flow('saveAndReview') : flow('continue')}
          </button>
        </div>
      </form>
    </>
  );
}
