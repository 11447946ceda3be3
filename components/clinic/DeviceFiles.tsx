'use client';
/**
 * Files on a clinic tablet. A file saved there (the answers file, the FHIR file) lands in the tablet's Downloads,
 * where no wipe reaches, and the next patient could open it. So on a clinic tablet the downloads are not
 * offered: the QR hand-off and printing take their place, unless staff unlock saving with the staff code for
 * this session (the machine's `filesUnlocked`, cleared by every wipe).
 */
import { useTranslations } from 'next-intl';
import { useScreening } from '@/components/flow/ScreeningProvider';
import { StaffCodeForm } from './StaffCodeForm';

/** Whether this device may save answers to a file now: always outside clinic mode; on a clinic tablet only once staff unlocked it. */
export function useDeviceFilesAllowed(): boolean {
  const { clinic, filesUnlocked } = useScreening().snapshot.context;
  return !clinic.enabled || filesUnlocked;
}

/** On a locked clinic tablet: the staff code to allow saving files for this patient, behind a disclosure. */
export function StaffFilesUnlock() {
  const { snapshot, send } = useScreening();
  const { clinic } = snapshot.context;
  const t = useTranslations('staff.files');
  return (
    <details className="disclosure no-print">
      <summary>{t('summary')}</summary>
      {clinic.lock ? (
        <StaffCodeForm
          lock={clinic.lock}
          action={t('unlock')}
          hint={t('unlockHint')}
          onUnlocked={() => send({ type: 'clinic.unlockFiles' })}
        />
      ) : (
        <p>{t('noCode')}</p>
      )}
    </details>
  );
}
