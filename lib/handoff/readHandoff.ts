/**
 * A scanned hand-off code back to answers, for the start page: the same reader as an answer file (lib/import).
 * From text (a camera's BarcodeDetector) or from the pixels of a photo (jsQR).
 * Imported on demand only, so the QR decoder is not part of any page's first load.
 */
import jsQR from 'jsqr';
import type { ImportResult } from '@/lib/import';
import { readHandoff } from './qrPayload';
import { problemOf } from '@/lib/i18n/problem';

/** RGBA pixels, 4 bytes a pixel, row by row: what a canvas's getImageData gives. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export const NO_CODE_FOUND = problemOf('noCodeFound');

export function readHandoffText(text: string): ImportResult {
  return readHandoff(text);
}

export function readHandoffPixels({ data, width, height }: Pixels): ImportResult {
  const found = jsQR(data, width, height);
  return found ? readHandoff(found.data) : { ok: false, problems: [NO_CODE_FOUND] };
}
