'use client';
/**
 * The clinic tablet settings on /clinic: how long the tablet may sit unused and who usually holds it, and, when
 * clinic mode is turned on (or a tablet set up before the staff code existed needs one), the staff code typed
 * twice. Only the code's salted hash is handed on (lib/clinic/staffCode.ts); saving hands the setting to
 * ClinicModePanel, which sends it to the machine.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod/mini';
import { DEFAULT_IDLE_MINUTES, minutesText, IDLE_WARNING_SECONDS, idleMinutesSchema, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, USUAL_RESPONDENTS } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';
import { lockWithStaffCode, MIN_STAFF_CODE_LENGTH, newStaffCodeSchema } from '@/lib/clinic/staffCode';
import { ChoiceGroup } from '@/components/ui/ChoiceGroup';
import { Field } from '@/components/ui/Field';
import { NumberField } from '@/components/ui/NumberField';
import { LOCALES } from '@/lib/i18n/locales';
import { ClinicianLanguageField } from './ClinicianLanguageField';

const settingsFormSchema = z.object({
  idleMinutes: idleMinutesSchema,
  usualRespondent: z.enum(USUAL_RESPONDENTS, { error: 'Choose who usually fills it in' }),
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

function problemsOf(values: SettingsFormValues, withCode: boolean): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {};
  const settings = settingsFormSchema.safeParse(values);
  for (const issue of settings.success ? [] : settings.error.issues) problems[String(issue.path[0]) as FieldName] ??= issue.message;
  if (withCode) {
    const code = newStaffCodeSchema.safeParse({ code: values.code, repeat: values.repeat });
    for (const issue of code.success ? [] : code.error.issues) problems[String(issue.path[0]) as FieldName] ??= issue.message;
  }
  return problems;
}

const USUAL_RESPONDENT_OPTIONS = [
  { value: 'patient', label: 'Patients', hint: 'the tablet is handed to them' },
  { value: 'staff', label: 'Clinic staff', hint: 'typing for the patient' },
];

interface ClinicSettingsFormProps {
  clinic: ClinicSetting;
  /** Ask for a new staff code (turning clinic mode on, or a tablet with none yet). */
  withNewCode: boolean;
  submitLabel: string;
  onSave: (setting: ClinicSetting) => void;
}

export function ClinicSettingsForm({ clinic, withNewCode, submitLabel, onSave }: ClinicSettingsFormProps) {
  const [status, setStatus] = useState('');
  const resolver: Resolver<SettingsFormValues> = async (values) => {
    const problems = problemsOf(values, withNewCode);
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
        const parsed = settingsFormSchema.parse(values);
        let lock = clinic.lock;
        if (withNewCode) {
          setStatus('Setting the staff code…');
          try {
            lock = await lockWithStaffCode(values.code);
          } catch {
            setStatus('The staff code could not be set in this browser. Nothing was changed.');
            return;
          } finally {
            // The code itself is never kept, not even in the form.
            resetField('code');
            resetField('repeat');
          }
        }
        onSave({ ...clinic, ...parsed, enabled: true, lock });
        setStatus('Clinic settings saved.');
      })}
    >
      {withNewCode ? (
        <>
          <h3>Staff code</h3>
          <Field
            id="new-staff-code"
            label="New staff code"
            hint={`Staff type it to turn clinic mode off, change these settings or save answers to a file. At least ${MIN_STAFF_CODE_LENGTH} characters. Only a scrambled form of it (a hash) is kept on this tablet: a forgotten code cannot be shown again.`}
            error={errors.code?.message}
          >
            {(control) => <input {...control} {...register('code')} type="password" autoComplete="off" className="input" />}
          </Field>
          <Field id="repeat-staff-code" label="Type the staff code again" error={errors.repeat?.message}>
            {(control) => <input {...control} {...register('repeat')} type="password" autoComplete="off" className="input" />}
          </Field>
          <h3>Settings</h3>
        </>
      ) : null}
      <NumberField
        id="clinic-idle-minutes"
        label="Clear after how many minutes without use?"
        hint={`A warning shows ${IDLE_WARNING_SECONDS} seconds before, with a button to keep going. Usually ${minutesText(DEFAULT_IDLE_MINUTES)}.`}
        min={MIN_IDLE_MINUTES}
        max={MAX_IDLE_MINUTES}
        unit="minutes"
        error={errors.idleMinutes?.message}
        registration={register('idleMinutes')}
      />
      <ChoiceGroup
        name="usualRespondent"
        legend="Who usually fills it in on this tablet?"
        hint="The questionnaire starts with this choice. The person can change it."
        error={errors.usualRespondent?.message}
        options={USUAL_RESPONDENT_OPTIONS}
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
