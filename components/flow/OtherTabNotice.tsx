'use client';
/** Says what another tab did to the answers kept on this device: cleared them, or started its own over them. */
import { useScreening } from './ScreeningProvider';
import { useTranslations } from 'next-intl';

export function OtherTabNotice() {
  const { snapshot } = useScreening();
  const { otherTab } = snapshot.context;
  const t = useTranslations('notices');
  return (
    <div role="status" className="no-print">
      {otherTab ? <p className="notice">{otherTab === 'cleared' ? t('otherTabCleared') : t('otherTabReplaced')}</p> : null}
    </div>
  );
}
