'use client';
import type { AnswersDocument } from '@/lib/answers';
import { StaffFilesUnlock, useDeviceFilesAllowed } from '@/components/clinic/DeviceFiles';
import { DownloadFhirButton } from './DownloadFhirButton';
import { ShowHandoffCode } from './ShowHandoffCode';

/**
 * "Hand your answers to the clinic": the two ways without a server, a FHIR file and a code to scan, side by side.
 * On a clinic tablet only the code, unless staff unlock files (components/clinic/DeviceFiles.tsx).
 */
export function ClinicHandoff({ document }: { document: AnswersDocument }) {
  const filesAllowed = useDeviceFilesAllowed();
  return (
    <section aria-labelledby="clinic-handoff-heading" className="handoff no-print">
      <h2 id="clinic-handoff-heading">Hand your answers to the clinic</h2>
      {filesAllowed ? (
        <>
          <p>
            Your clinic can take your answers into its health records from a file in FHIR, the standard format for health
            records.
          </p>
          <p>
            <DownloadFhirButton document={document} />
          </p>
        </>
      ) : (
        <p>On this clinic tablet, answers are not saved as files. Show a code to the front desk, or print the summary.</p>
      )}
      <ShowHandoffCode document={document} />
      {filesAllowed ? null : <StaffFilesUnlock />}
    </section>
  );
}
