'use client';
/**
 * The /clinic page: clinic staff turn clinic tablet mode on (setting a staff code), and, after typing that code,
 * change its settings or turn it off. The setting is the machine's (clinic.change), which keeps it in its one
 * storage key. A tablet set up before the staff code existed stays in clinic mode and asks for a code to be set.
 */
import { useRef, useState } from 'react';
import { CLINIC_MODE_OFF, minutesText, needsStaffCode } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';
import { useScreening } from '@/components/flow/ScreeningProvider';
import { ClinicSettingsForm } from './ClinicSettingsForm';
import { StaffCodeForm } from './StaffCodeForm';

export function ClinicModePanel() {
  const { snapshot, send } = useScreening();
  const { clinic } = snapshot.context;
  // The settings stay open only while this page is: a reload, a wipe or leaving the page locks them again.
  const [unlocked, setUnlocked] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);

  // The form that had focus goes away: focus the new status, so a screen reader hears what changed.
  const change = (setting: ClinicSetting, { lock }: { lock: boolean }) => {
    send({ type: 'clinic.change', setting });
    if (lock) setUnlocked(false);
    requestAnimationFrame(() => status.current?.focus());
  };
  const turnOff = () => change({ ...CLINIC_MODE_OFF, idleMinutes: clinic.idleMinutes, usualRespondent: clinic.usualRespondent }, { lock: true });

  return (
    <>
      <p>
        For a tablet at a clinic that many patients use. Answers stay on the screen only: they are never stored on the tablet and never saved as files. Everything is
        cleared after a few minutes without use, and when you finish with each patient. A staff code keeps patients from changing this.
      </p>
      <p ref={status} tabIndex={-1} role="status" className="notice clinic-status">
        {snapshot.matches('checkingSaved') ? 'Reading this device’s setting…' : clinic.enabled ? `Clinic tablet mode is on. Answers are cleared after ${minutesText(clinic.idleMinutes)} without use.` : 'Clinic tablet mode is off.'}
      </p>

      {/* Until the device's setting is read (after hydration), no form: the off form must not flash on a clinic tablet. */}
      {snapshot.matches('checkingSaved') ? null : !clinic.enabled ? (
        <section aria-labelledby="clinic-turn-on">
          <h2 id="clinic-turn-on">Turn on clinic tablet mode</h2>
          <ClinicSettingsForm key="on" clinic={clinic} withNewCode submitLabel="Turn on clinic tablet mode" onSave={(setting) => change(setting, { lock: true })} />
        </section>
      ) : needsStaffCode(clinic) ? (
        <section aria-labelledby="clinic-set-code">
          <h2 id="clinic-set-code">Set a staff code</h2>
          <p className="notice notice-warning">
            This tablet was set up before staff codes. Clinic tablet mode stays on, but until you set a code anyone can change these settings or turn it off.
          </p>
          <ClinicSettingsForm key="set-code" clinic={clinic} withNewCode submitLabel="Save the staff code and settings" onSave={(setting) => change(setting, { lock: true })} />
          <TurnOff onTurnOff={turnOff} />
        </section>
      ) : !unlocked ? (
        <section aria-labelledby="clinic-unlock">
          <h2 id="clinic-unlock">Change or turn off</h2>
          <StaffCodeForm lock={clinic.lock!} action="Unlock clinic settings" hint="Clinic staff only." onUnlocked={() => setUnlocked(true)} />
        </section>
      ) : (
        <section aria-labelledby="clinic-change">
          <h2 id="clinic-change">Clinic settings</h2>
          <ClinicSettingsForm key="change" clinic={clinic} withNewCode={false} submitLabel="Save clinic settings" onSave={(setting) => change(setting, { lock: false })} />
          <TurnOff onTurnOff={turnOff} />
          <p className="button-row">
            <button type="button" className="button button-secondary" onClick={() => setUnlocked(false)}>
              Lock the settings
            </button>
          </p>
        </section>
      )}
    </>
  );
}

function TurnOff({ onTurnOff }: { onTurnOff: () => void }) {
  return (
    <>
      <h3>Turn off</h3>
      <p>Turning it off clears any answers on this tablet and removes the staff code.</p>
      <p className="button-row">
        <button type="button" className="button button-secondary" onClick={onTurnOff}>
          Turn off clinic tablet mode
        </button>
      </p>
    </>
  );
}
