'use client';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { problemOf } from '@/lib/i18n/problem';
import type { Problem } from '@/lib/i18n/problem';
import type { AnswersDocument } from '@/lib/answers';
import type { ImportReport } from '@/lib/import';
import { LoadFileField } from './LoadFileField';
import { useOpenReview } from './useOpenReview';

/** FileReader rather than file.arrayBuffer(): it works in every browser this tool supports (and in jsdom). */
function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/**
 * "Load answers from a file": an answers file or a FHIR QuestionnaireResponse, read in the browser by the shared
 * reader (lib/import), the same as the command line and the QR code. The size is checked before the file is read;
 * the bytes, not text, go to the reader, so a byte-order mark or another encoding is handled the same everywhere.
 * A good file opens the review (with what was not used, lib/import/importNotes); a bad one shows why and changes nothing.
 */
export function LoadAnswerFile() {
  const openReview = useOpenReview();
  const [problems, setProblems] = useState<Problem[]>([]);
  const t = useTranslations('load');

  async function load(file: File) {
    // The reader loads only when a file is chosen: not part of the start page's first load.
    const reader = import('@/lib/import');
    const { sizeProblem, readAnswersBytes, rememberImport } = await reader;
    const tooLarge = sizeProblem(file.size);
    if (tooLarge) {
      setProblems([tooLarge]);
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(file);
    } catch {
      setProblems([problemOf('fileUnreadable')]);
      return;
    }
    const result = readAnswersBytes(bytes);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    open(result.document, result.report, rememberImport);
  }

  function open(document: AnswersDocument, report: ImportReport, remember: (d: AnswersDocument, r: ImportReport) => void) {
    remember(document, report);
    openReview(document);
  }

  return (
    <LoadFileField
      id="answer-file"
      label={t('fileLabel')}
      hint={t('fileHint')}
      accept=".json,application/json,application/fhir+json"
      problemsTitle={t('fileProblems')}
      problems={problems}
      onFile={(file) => void load(file)}
    />
  );
}
