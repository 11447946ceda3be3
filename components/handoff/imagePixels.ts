import type { Pixels } from '@/lib/handoff/readHandoff';

/**
 * Big phone photos are scaled down first: a QR decoder's time grows with the pixel count, and a code that fills
 * even a fifth of a 1600-pixel picture still has several pixels a module.
 */
const MAX_SIDE = 1600;

/** A picture file's pixels, decoded and drawn in the browser; nothing leaves the device. */
export async function imagePixels(file: Blob): Promise<Pixels> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D canvas');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return context.getImageData(0, 0, width, height);
}
