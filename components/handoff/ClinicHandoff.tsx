'use client';
import type { AnswersDocument } from '@/lib/answers';
import { StaffFilesUnlock, useDeviceFilesAllowed } from '@/components/clinic/DeviceFiles';
import { DownloadFhirButton } from './DownloadFhirButton';
import { ShowHandoffCode } from './ShowHandoffCode';
import { useTranslations } from 'next-intl';

/**
 * "Hand your answers to the clinic": the two ways without a server, a FHIR file and a code to scan, side by side.
 * On a clinic tablet only the code, unless staff unlock files (components/clinic/DeviceFiles.tsx).
 */
export function ClinicHandoff({ document }: { document: AnswersDocument }) {
  const filesAllowed = useDeviceFilesAllowed();
  const t = useTranslations('handoff');
  return (
    <section aria-labelledby="clinic-handoff-heading" className="handoff no-print">
      <h2 id="clinic-handoff-heading">{t('heading')}</h2>
      {filesAllowed ? (
        <>
          <p>{t('fhirText')}</p>
          <p>
            <DownloadFhirButton document={document} />
          </p>
        </>
      ) : (
        <p>{t('tabletNoFiles')}</p>
      )}
      <ShowHandoffCode document={document} />
      {filesAllowed ? null : <StaffFilesUnlock />}
    </section>
  );
}
