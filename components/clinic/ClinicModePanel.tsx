'use client';
/**
 * "Clinic tablet — clears itself", on the start page: turns clinic mode on or off for this device and sets
 * how long the tablet may sit unused and who usually holds it. The setting is the machine's (clinic.change),
 * which keeps it in its one storage key.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod/mini';
import { DEFAULT_IDLE_MINUTES, minutesText, IDLE_WARNING_SECONDS, idleMinutesSchema, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, USUAL_RESPONDENTS } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';
import { ChoiceGroup } from '@/components/ui/ChoiceGroup';
import { NumberField } from '@/components/ui/NumberField';
import { useScreening } from '@/components/flow/ScreeningProvider';

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

function ClinicSettingsForm({ clinic, onSave }: { clinic: ClinicSetting; onSave: (setting: ClinicSetting) => void }) {
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

export function ClinicModePanel() {
  const { snapshot, send } = useScreening();
  const { clinic } = snapshot.context;
  const change = (setting: ClinicSetting) => send({ type: 'clinic.change', setting });

  return (
    <section className="clinic-panel" aria-labelledby="clinic-panel-title">
      <h2 id="clinic-panel-title">Clinic tablet — clears itself</h2>
      <p>
        For a tablet at a clinic that many patients use. Answers stay on the screen only and are never stored on the tablet. Everything is cleared
        after a few minutes without use, and when you finish with each patient.
      </p>
      <div className="field choice">
        <input
          type="checkbox"
          id="clinic-mode"
          aria-describedby="clinic-mode-hint"
          checked={clinic.enabled}
          onChange={(event) => change({ ...clinic, enabled: event.target.checked })}
        />
        <div className="choice-text">
          <label htmlFor="clinic-mode">Use this device as a clinic tablet</label>
          <span id="clinic-mode-hint" className="choice-hint">
            Stays on for this device until you turn it off. Turning it on or off clears any answers on this device.
          </span>
        </div>
      </div>
      <p role="status" className={clinic.enabled ? 'notice' : 'visually-hidden'}>
        {clinic.enabled ? `Clinic tablet mode is on. Answers are cleared after ${minutesText(clinic.idleMinutes)} without use.` : 'Clinic tablet mode is off.'}
      </p>
      {clinic.enabled ? <ClinicSettingsForm clinic={clinic} onSave={change} /> : null}
    </section>
  );
}
