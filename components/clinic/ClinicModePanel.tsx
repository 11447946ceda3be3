'use client';
/**
 * "Clinic tablet — clears itself", on the start page: turns clinic mode on or off for this device and sets
 * how long the tablet may sit unused and who usually holds it. The setting is the machine's (clinic.change),
 * which keeps it in its one storage key.
 */
import { lazy, Suspense } from 'react';
import { minutesText } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';
import { useScreening } from '@/components/flow/ScreeningProvider';

// The settings form (and react-hook-form with it) shows only once clinic mode is on, which only clinic staff do:
// loading it then keeps it out of the JavaScript every visitor of the start page loads first. Its own Suspense
// boundary lets the checkbox show its new state at once; without one the whole update waits for the download.
const ClinicSettingsForm = lazy(() => import('./ClinicSettingsForm').then((m) => ({ default: m.ClinicSettingsForm })));

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
      {clinic.enabled ? (
        <Suspense fallback={null}>
          <ClinicSettingsForm clinic={clinic} onSave={change} />
        </Suspense>
      ) : null}
    </section>
  );
}
