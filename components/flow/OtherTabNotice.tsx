'use client';
/**
 * Says what another tab did to the answers here: cleared them, started its own over the device copy, or turned clinic
 * tablet mode on or off (which clears the answers in progress).
 */
import { useScreening } from './ScreeningProvider';
import { useTranslations } from 'next-intl';
import type { OtherTabNote } from '@/lib/flow/questionnaireMachine';

const NOTICE_KEYS: Record<OtherTabNote, 'otherTabCleared' | 'otherTabReplaced' | 'otherTabClinicOn' | 'otherTabClinicOff'> = {
  cleared: 'otherTabCleared',
  replaced: 'otherTabReplaced',
  clinicOn: 'otherTabClinicOn',
  clinicOff: 'otherTabClinicOff',
};

export function OtherTabNotice() {
  const { snapshot } = useScreening();
  const { otherTab } = snapshot.context;
  const t = useTranslations('notices');
  return (
    <div role="status" className="no-print">
      {otherTab ? <p className="notice">{t(NOTICE_KEYS[otherTab])}</p> : null}
    </div>
  );
}
