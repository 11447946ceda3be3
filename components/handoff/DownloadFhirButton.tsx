'use client';
import { FHIR_JSON_TYPE, RESPONSE_FILE_NAME, responseFileText } from '@/lib/fhir';
import type { AnswersDocument } from '@/lib/answers';
import { downloadFile } from '@/components/ui/downloadFile';

/**
 * "Download for your clinic (FHIR)": the answers as a FHIR R4 QuestionnaireResponse that a clinic's EHR can
 * import (docs/fhir/README.md). Made in the browser; `authored` is the moment of the download, because lib/ has
 * no clock.
 */
export function DownloadFhirButton({ document: answers }: { document: AnswersDocument }) {
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() =>
        downloadFile({
          text: responseFileText(answers, { authored: new Date().toISOString() }),
          fileName: RESPONSE_FILE_NAME,
          type: FHIR_JSON_TYPE,
        })
      }
    >
      Download for your clinic (FHIR)
    </button>
  );
}
