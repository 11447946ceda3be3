'use client';
import type { AnswersDocument } from '@/lib/answers';
import { DownloadFhirButton } from './DownloadFhirButton';
import { ShowHandoffCode } from './ShowHandoffCode';

/** "Hand your answers to the clinic": the two ways without a server, a FHIR file and a code to scan, side by side. */
export function ClinicHandoff({ document }: { document: AnswersDocument }) {
  return (
    <section aria-labelledby="clinic-handoff-heading" className="handoff no-print">
      <h2 id="clinic-handoff-heading">Hand your answers to the clinic</h2>
      <p>
        Your clinic can take your answers into its health records from a file in FHIR, the standard format for health
        records.
      </p>
      <p>
        <DownloadFhirButton document={document} />
      </p>
      <ShowHandoffCode document={document} />
    </section>
  );
}
