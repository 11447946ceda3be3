'use client';
import { useSyncExternalStore } from 'react';
import { savingFailed, subscribeSavingFailed } from '@/lib/storage/savedAnswers';
import { SaveAnswerFile } from './SaveAnswerFile';
import { useScreening } from './ScreeningProvider';
import { useTranslations } from 'next-intl';

/**
 * Shown at once when "Keep my answers on this device" was asked for but this browser cannot keep them (private
 * browsing, storage full or turned off): the answers would be gone after a reload. Offers the answers file instead.
 */
export function StorageProblem() {
  const failed = useSyncExternalStore(subscribeSavingFailed, savingFailed, () => false);
  const { snapshot, document } = useScreening();
  const t = useTranslations('notices');
  if (!failed || !snapshot.context.saving) return null;
  return (
    <div className="notice notice-warning" role="alert" aria-labelledby="storage-problem-title">
      <h2 id="storage-problem-title">{t('storageHeading')}</h2>
      <p>{t('storage')}</p>
      <p className="button-row">
        <SaveAnswerFile document={document} />
      </p>
    </div>
  );
}
