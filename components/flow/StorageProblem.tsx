'use client';
import { useSyncExternalStore } from 'react';
import { savingFailed, subscribeSavingFailed } from '@/lib/storage/savedAnswers';
import { SaveAnswerFile } from './SaveAnswerFile';
import { useScreening } from './ScreeningProvider';

/**
 * Shown at once when "Keep my answers on this device" was asked for but this browser cannot keep them (private
 * browsing, storage full or turned off): the answers would be gone after a reload. Offers the answers file instead.
 */
export function StorageProblem() {
  const failed = useSyncExternalStore(subscribeSavingFailed, savingFailed, () => false);
  const { snapshot, document } = useScreening();
  if (!failed || !snapshot.context.saving) return null;
  return (
    <div className="notice notice-warning" role="alert" aria-labelledby="storage-problem-title">
      <h2 id="storage-problem-title">This browser cannot keep your answers</h2>
      <p>
        Your answers could not be kept on this device (private browsing, or the storage is full or turned off). They
        stay only while this page is open. To keep them, save them to a file and load it next time.
      </p>
      <p className="button-row">
        <SaveAnswerFile document={document} />
      </p>
    </div>
  );
}
