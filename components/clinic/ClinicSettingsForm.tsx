'use client';
/**
 * The clinic tablet settings on /clinic: how long the tablet may sit unused and who usually holds it, and, when
 * clinic mode is turned on (or a tablet set up before the staff code existed needs one), the staff code typed
 * twice. Only the code's salted hash is handed on (lib/clinic/staffCode.ts); saving hands the setting to
 * ClinicModePanel, which sends it to the machine.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod/mini';
import { DEFAULT_IDLE_MINUTES, IDLE_WARNING_SECONDS, makeIdleMinutesSchema, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, USUAL_RESPONDENTS } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting, IdleMinutesWords } from '@/lib/clinic/clinicSetting';
import { lockWithStaffCode, makeNewStaffCodeSchema, MAX_STAFF_CODE_LENGTH, MIN_STAFF_CODE_LENGTH } from '@/lib/clinic/staffCode';
import type { NewStaffCodeWords } from '@/lib/clinic/staffCode';
import { ChoiceGroup } from '@/components/ui/ChoiceGroup';
import { Field } from '@/components/ui/Field';
import { NumberField } from '@/components/ui/NumberField';
import { LOCALES } from '@/lib/i18n/locales';
import { ClinicianLanguageField } from './ClinicianLanguageField';

/** The form's messages in the page's language, handed to the schemas of lib/clinic. */
interface FormWords {
  chooseUsual: string;
  idleMinutes: IdleMinutesWords;
  newCode: NewStaffCodeWords;
}

function useFormWords(): FormWords {
  const t = useTranslations('staff.form');
  return {
    chooseUsual: t('chooseUsual'),
    idleMinutes: {
      enterMinutes: t('enterMinutes'),
      wholeMinutes: t('wholeMinutes'),
      atLeast: t('atLeastMinutes', { min: MIN_IDLE_MINUTES }),
      atMost: t('atMostMinutes', { max: MAX_IDLE_MINUTES }),
    },
    newCode: {
      tooShort: t('codeTooShort', { min: MIN_STAFF_CODE_LENGTH }),
      tooLong: t('codeTooLong', { max: MAX_STAFF_CODE_LENGTH }),
      differ: t('codesDiffer'),
    },
  };
}

const settingsFormSchema = (words: FormWords) =>
  z.object({
    idleMinutes: makeIdleMinutesSchema(words.idleMinutes),
    usualRespondent: z.enum(USUAL_RESPONDENTS, { error: words.chooseUsual }),
    clinicianLocale: z.enum(LOCALES),
  });

interface SettingsFormValues {
  idleMinutes: string;
  usualRespondent: string;
  clinicianLocale: string;
  code: string;
  repeat: string;
}

type FieldName = keyof SettingsFormValues;

function problemsOf(values: SettingsFormValues, withCode: boolean, words: FormWords): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {};
  const settings = settingsFormSchema(words).safeParse(values);
  for (const issue of settings.success ? [] : settings.error.issues) problems[String(issue.path[0]) as FieldName] ??= issue.message;
  if (withCode) {
    const code = makeNewStaffCodeSchema(words.newCode).safeParse({ code: values.code, repeat: values.repeat });
    for (const issue of code.success ? [] : code.error.issues) problems[String(issue.path[0]) as FieldName] ??= issue.message;
  }
  return problems;
}


interface ClinicSettingsFormProps {
  clinic: ClinicSetting;
  /** Ask for a new staff code (turning clinic mode on, or a tablet with none yet). */
  withNewCode: boolean;
  submitLabel: string;
  onSave: (setting: ClinicSetting) => void;
}

export function ClinicSettingsForm({ clinic, withNewCode, submitLabel, onSave }: ClinicSettingsFormProps) {
  const [status, setStatus] = useState('');
  const t = useTranslations('staff.form');
  const words = useFormWords();
  const resolver: Resolver<SettingsFormValues> = async (values) => {
    const problems = problemsOf(values, withNewCode, words);
    if (Object.keys(problems).length === 0) return { values, errors: {} };
    return { values: {}, errors: Object.fromEntries(Object.entries(problems).map(([field, message]) => [field, { type: 'validate', message }])) };
  };
  const { register, handleSubmit, formState, resetField } = useForm<SettingsFormValues>({
    defaultValues: { idleMinutes: String(clinic.idleMinutes), usualRespondent: clinic.usualRespondent, clinicianLocale: clinic.clinicianLocale ?? 'en', code: '', repeat: '' },
    resolver,
  });
  const { errors } = formState;
  return (
    <form
      noValidate
      autoComplete="off"
      onChange={() => setStatus('')}
      onSubmit={handleSubmit(async (values) => {
        const parsed = settingsFormSchema(words).parse(values);
        let lock = clinic.lock;
        if (withNewCode) {
          setStatus(t('settingCode'));
          try {
            lock = await lockWithStaffCode(values.code);
          } catch {
            setStatus(t('codeNotSet'));
            return;
          } finally {
            // The code itself is never kept, not even in the form.
            resetField('code');
            resetField('repeat');
          }
        }
        onSave({ ...clinic, ...parsed, enabled: true, lock });
        setStatus(t('saved'));
      })}
    >
      {withNewCode ? (
        <>
          <h3>{t('codeHeading')}</h3>
          <Field
            id="new-staff-code"
            label={t('newCode')}
            hint={t('newCodeHint', { min: MIN_STAFF_CODE_LENGTH })}
            error={errors.code?.message}
          >
            {(control) => <input {...control} {...register('code')} type="password" autoComplete="off" className="input" />}
          </Field>
          <Field id="repeat-staff-code" label={t('repeatCode')} error={errors.repeat?.message}>
            {(control) => <input {...control} {...register('repeat')} type="password" autoComplete="off" className="input" />}
          </Field>
          <h3>{t('settingsHeading')}</h3>
        </>
      ) : null}
      <NumberField
        id="clinic-idle-minutes"
        label={t('idleMinutes')}
        hint={t('idleMinutesHint', { seconds: IDLE_WARNING_SECONDS, minutes: DEFAULT_IDLE_MINUTES })}
        min={MIN_IDLE_MINUTES}
        max={MAX_IDLE_MINUTES}
        unit={t('minutes')}
        error={errors.idleMinutes?.message}
        registration={register('idleMinutes')}
      />
      <ChoiceGroup
        name="usualRespondent"
        legend={t('usualRespondent')}
        hint={t('usualRespondentHint')}
        error={errors.usualRespondent?.message}
        options={[
          { value: 'patient', label: t('patients'), hint: t('patientsHint') },
          { value: 'staff', label: t('staff'), hint: t('staffHint') },
        ]}
        registration={register('usualRespondent')}
      />
      <ClinicianLanguageField registration={register('clinicianLocale')} />
      <div className="button-row">
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </div>
      <p role="status">{status}</p>
    </form>
  );
}
