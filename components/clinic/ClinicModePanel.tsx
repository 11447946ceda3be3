'use client';
/**
 * The /clinic page: clinic staff turn clinic tablet mode on (setting a staff code), and, after typing that code,
 * change its settings or turn it off. The setting is the machine's (clinic.change), which keeps it in its one
 * storage key. A tablet set up before the staff code existed stays in clinic mode and asks for a code to be set.
 */
import { useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { CLINIC_MODE_OFF, needsStaffCode } from '@/lib/clinic/clinicSetting';
import type { ClinicSetting } from '@/lib/clinic/clinicSetting';
import { useMachineHere, useScreeningIfLoaded } from '@/components/flow/ScreeningProvider';
import { ScreeningMachine } from '@/components/flow/ScreeningMachine';
import { ClinicSettingsForm } from './ClinicSettingsForm';
import { StaffCodeForm } from './StaffCodeForm';

export function ClinicModePanel() {
  // The setting is the machine's: this page always needs it, so it comes with the page's first load.
  useMachineHere(ScreeningMachine);
  const screening = useScreeningIfLoaded();
  const clinic = screening?.snapshot.context.clinic ?? CLINIC_MODE_OFF;
  // Until the machine is in and has read the device's setting (after hydration), no form: the off form must not
  // flash on a clinic tablet.
  const reading = screening === null || screening.snapshot.matches('checkingSaved');
  const t = useTranslations('staff.setup');
  // The settings stay open only while this page is: a reload, a wipe or leaving the page locks them again.
  const [unlocked, setUnlocked] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);

  // The form that had focus goes away: focus the new status, so a screen reader hears what changed.
  const change = (setting: ClinicSetting, { lock }: { lock: boolean }) => {
    screening?.send({ type: 'clinic.change', setting });
    if (lock) setUnlocked(false);
    requestAnimationFrame(() => status.current?.focus());
  };
  const turnOff = () => change({ ...CLINIC_MODE_OFF, idleMinutes: clinic.idleMinutes, usualRespondent: clinic.usualRespondent }, { lock: true });

  return (
    <>
      <p>{t('intro')}</p>
      <p ref={status} tabIndex={-1} role="status" className="notice clinic-status">
        {reading ? t('reading') : clinic.enabled ? t('on', { minutes: clinic.idleMinutes }) : t('off')}
      </p>

      {reading ? null : !clinic.enabled ? (
        <section aria-labelledby="clinic-turn-on">
          <h2 id="clinic-turn-on">{t('turnOnHeading')}</h2>
          <ClinicSettingsForm key="on" clinic={clinic} withNewCode submitLabel={t('turnOn')} onSave={(setting) => change(setting, { lock: true })} />
        </section>
      ) : needsStaffCode(clinic) ? (
        <section aria-labelledby="clinic-set-code">
          <h2 id="clinic-set-code">{t('setCodeHeading')}</h2>
          <p className="notice notice-warning">{t('noCodeYet')}</p>
          <ClinicSettingsForm key="set-code" clinic={clinic} withNewCode submitLabel={t('saveCodeAndSettings')} onSave={(setting) => change(setting, { lock: true })} />
          <TurnOff onTurnOff={turnOff} />
        </section>
      ) : !unlocked ? (
        <section aria-labelledby="clinic-unlock">
          <h2 id="clinic-unlock">{t('changeHeading')}</h2>
          <StaffCodeForm lock={clinic.lock!} action={t('unlock')} hint={t('staffOnly')} onUnlocked={() => setUnlocked(true)} />
        </section>
      ) : (
        <section aria-labelledby="clinic-change">
          <h2 id="clinic-change">{t('settingsHeading')}</h2>
          <ClinicSettingsForm key="change" clinic={clinic} withNewCode={false} submitLabel={t('save')} onSave={(setting) => change(setting, { lock: false })} />
          <TurnOff onTurnOff={turnOff} />
          <p className="button-row">
            <button type="button" className="button button-secondary" onClick={() => setUnlocked(false)}>
              {t('lock')}
            </button>
          </p>
        </section>
      )}
    </>
  );
}

function TurnOff({ onTurnOff }: { onTurnOff: () => void }) {
  const t = useTranslations('staff.setup');
  return (
    <>
      <h3>{t('turnOffHeading')}</h3>
      <p>{t('turnOffText')}</p>
      <p className="button-row">
        <button type="button" className="button button-secondary" onClick={onTurnOff}>
          {t('turnOff')}
        </button>
      </p>
    </>
  );
}
