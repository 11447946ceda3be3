'use client';
import { useCallback, useState } from 'react';
import type { AnswersDocument, ParseResult } from '@/lib/answers';
import { LoadFileField } from '@/components/flow/LoadFileField';
import { useOpenReview } from '@/components/flow/useOpenReview';
import { CameraScanner } from './CameraScanner';
import { imagePixels } from './imagePixels';

const UNREADABLE_PICTURE = 'This picture could not be opened. Use a photo or screenshot saved as JPEG or PNG.';

/**
 * The start page's side of the QR hand-off: a photo (or screenshot) of the code, always; the camera where the
 * browser can read codes. The decoder is loaded only when a code is read. A decoded code goes through the same
 * checks as an answer file and opens the review; a bad one shows why and changes nothing.
 */
export function ReadHandoffCode() {
  const openReview = useOpenReview();
  const [problems, setProblems] = useState<string[]>([]);

  const settle = useCallback(
    (result: ParseResult<AnswersDocument>) => {
      setProblems(result.ok ? [] : result.problems);
      if (result.ok) openReview(result.value);
    },
    [openReview],
  );

  async function readPhoto(file: File) {
    const reader = import('@/lib/handoff/readHandoff');
    let pixels;
    try {
      pixels = await imagePixels(file);
    } catch {
      setProblems([UNREADABLE_PICTURE]);
      return;
    }
    settle((await reader).readHandoffPixels(pixels));
  }

  async function readScanned(text: string) {
    settle((await import('@/lib/handoff/readHandoff')).readHandoffText(text));
  }

  return (
    <>
      <LoadFileField
        id="handoff-photo"
        label="Read a code from a photo"
        hint="A photo or screenshot of the code this tool shows under “Hand your answers to the clinic”. Your answers open for you to check."
        accept="image/*"
        problemsTitle="This code could not be read"
        problems={problems}
        onFile={(file) => void readPhoto(file)}
      />
      <CameraScanner onCode={(text) => void readScanned(text)} />
    </>
  );
}
