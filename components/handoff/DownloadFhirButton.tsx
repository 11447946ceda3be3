'use client';
import type { AnswersDocument } from '@/lib/answers';
import { downloadFile } from '@/components/ui/downloadFile';
import { useTranslations } from 'next-intl';

/**
 * "Download for your clinic (FHIR)": the answers as a FHIR R4 QuestionnaireResponse that a clinic's EHR can
 * import (docs/fhir/README.md). Made in the browser when asked for (the FHIR mapping loads only then, so it is
 * not part of the page's first load); `authored` is the moment of the download, because lib/ has no clock.
 */
export function DownloadFhirButton({ document: answers }: { document: AnswersDocument }) {
  const t = useTranslations('handoff');
  async function download() {
    const { FHIR_JSON_TYPE, RESPONSE_FILE_NAME, responseFileText } = await import('@/lib/fhir/responseFile');
    downloadFile({
      text: responseFileText(answers, { authored: new Date().toISOString() }),
      fileName: RESPONSE_FILE_NAME,
      type: FHIR_JSON_TYPE,
    });
  }

  return (
    <button type="button" className="button button-secondary" onClick={() => void download()}>
      {t('fhirButton')}
    </button>
  );
}
