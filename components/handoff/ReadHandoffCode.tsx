'use client';
import { useCallback, useState } from 'react';
import type { AnswersDocument, ParseResult } from '@/lib/answers';
import { LoadProblems } from '@/components/flow/LoadProblems';
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
      <div className="field">
        <label htmlFor="handoff-photo" className="field-label">
          Read a code from a photo
        </label>
        <p id="handoff-photo-hint" className="field-hint">
          A photo or screenshot of the code this tool shows under “Hand your answers to the clinic”. Your answers open
          for you to check.
        </p>
        <LoadProblems id="handoff-problem" title="This code could not be read" problems={problems} />
        <input
          id="handoff-photo"
          type="file"
          accept="image/*"
          aria-describedby="handoff-photo-hint"
          className="input-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void readPhoto(file);
          }}
        />
      </div>
      <CameraScanner onCode={(text) => void readScanned(text)} />
    </>
  );
}
