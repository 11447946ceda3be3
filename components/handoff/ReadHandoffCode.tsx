'use client';
import { useCallback, useState } from 'react';
import { useTranslations } from 'next-intl';
import { problemOf } from '@/lib/i18n/problem';
import type { Problem } from '@/lib/i18n/problem';
import type { ImportResult } from '@/lib/import';
import { LoadFileField } from '@/components/flow/LoadFileField';
import { useOpenReview } from '@/components/flow/useOpenReview';
import { CameraScanner } from './CameraScanner';
import { imagePixels } from './imagePixels';

const UNREADABLE_PICTURE = problemOf('pictureUnreadable');

/**
 * The start page's side of the QR hand-off: a photo (or screenshot) of the code, always; the camera where the
 * browser can read codes. The decoder is loaded only when a code is read. A decoded code goes through the same
 * checks as an answer file and opens the review; a bad one shows why and changes nothing.
 */
export function ReadHandoffCode() {
  const openReview = useOpenReview();
  const [problems, setProblems] = useState<Problem[]>([]);
  const t = useTranslations('load');
  const [reading, setReading] = useState(false);

  const settle = useCallback(
    async (result: ImportResult) => {
      setReading(false);
      setProblems(result.ok ? [] : result.problems);
      if (result.ok) {
        (await import('@/lib/import')).rememberImport(result.document, result.report);
        openReview(result.document);
      }
    },
    [openReview],
  );

  async function readPhoto(file: File) {
    // Decoding a big photo takes a moment on a slow device: say so first, and let the page paint before it starts.
    setProblems([]);
    setReading(true);
    const reader = import('@/lib/handoff/readHandoff');
    let pixels;
    try {
      pixels = await imagePixels(file);
    } catch {
      setReading(false);
      setProblems([UNREADABLE_PICTURE]);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle((await reader).readHandoffPixels(pixels));
  }

  async function readScanned(text: string) {
    await settle((await import('@/lib/handoff/readHandoff')).readHandoffText(text));
  }

  return (
    <>
      <LoadFileField
        id="handoff-photo"
        label={t('photoLabel')}
        hint={t('photoHint')}
        accept="image/*"
        problemsTitle={t('photoProblems')}
        problems={problems}
        onFile={(file) => void readPhoto(file)}
      />
      <p role="status" className="field-hint">
        {reading ? t('reading') : ''}
      </p>
      <CameraScanner onCode={(text) => void readScanned(text)} />
    </>
  );
}
