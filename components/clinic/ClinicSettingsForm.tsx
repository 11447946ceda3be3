'use client';
/**
 * The clinic tablet settings on the start page (shown once clinic mode is on): how long the tablet may sit
 * unused and who usually holds it. Saving hands the setting to ClinicModePanel, which sends it to the machine.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod/mini';
import { DEFAULT_IDLE_MINUTES, minutesText, IDLE_WARNING_SECONDS, idleMinutesSchema, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, USUAL_RESPONDENTS } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';
import { ChoiceGroup } from '@/components/ui/ChoiceGroup';
import { NumberField } from '@/components/ui/NumberField';

const settingsFormSchema = z.object({
  idleMinutes: idleMinutesSchema,
  usualRespondent: z.enum(USUAL_RESPONDENTS, { error: 'Choose who usually fills it in' }),
});

interface SettingsFormValues {
  idleMinutes: string;
  usualRespondent: string;
}

const resolver: Resolver<SettingsFormValues> = async (values) => {
  const result = settingsFormSchema.safeParse(values);
  if (result.success) return { values: result.data as unknown as SettingsFormValues, errors: {} };
  const errors = Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), { type: 'validate', message: issue.message }]));
  return { values: {}, errors };
};

const USUAL_RESPONDENT_OPTIONS = [
  { value: 'patient', label: 'Patients', hint: 'the tablet is handed to them' },
  { value: 'staff', label: 'Clinic staff', hint: 'typing for the patient' },
];

export function ClinicSettingsForm({ clinic, onSave }: { clinic: ClinicSetting; onSave: (setting: ClinicSetting) => void }) {
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, formState } = useForm<SettingsFormValues>({
    defaultValues: { idleMinutes: String(clinic.idleMinutes), usualRespondent: clinic.usualRespondent },
    resolver,
  });
  return (
    <form
      noValidate
      onChange={() => setSaved(false)}
      onSubmit={handleSubmit((values) => {
        const parsed = settingsFormSchema.parse(values);
        onSave({ ...clinic, ...parsed });
        setSaved(true);
      })}
    >
      <NumberField
        id="clinic-idle-minutes"
        label="Clear after how many minutes without use?"
        hint={`A warning shows ${IDLE_WARNING_SECONDS} seconds before, with a button to keep going. Usually ${minutesText(DEFAULT_IDLE_MINUTES)}.`}
        min={MIN_IDLE_MINUTES}
        max={MAX_IDLE_MINUTES}
        unit="minutes"
        error={formState.errors.idleMinutes?.message}
        registration={register('idleMinutes')}
      />
      <ChoiceGroup
        name="usualRespondent"
        legend="Who usually fills it in on this tablet?"
        hint="The questionnaire starts with this choice. The person can change it."
        error={formState.errors.usualRespondent?.message}
        options={USUAL_RESPONDENT_OPTIONS}
        registration={register('usualRespondent')}
      />
      <div className="button-row">
        <button type="submit" className="button button-secondary">
          Save clinic settings
        </button>
      </div>
      <p role="status">{saved ? 'Clinic settings saved.' : ''}</p>
    </form>
  );
}

