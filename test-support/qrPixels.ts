/** Test support (not tests). A QR code drawn as pixels, as a camera or a screenshot would give them to a decoder. */
import { QUIET_ZONE } from '@/lib/handoff';
import type { HandoffQrCode } from '@/lib/handoff';
import type { Pixels } from '@/lib/handoff/readHandoff';

/** The code as black-on-white RGBA pixels, `scale` pixels a module, with its quiet zone. */
export function qrPixels(code: HandoffQrCode, scale = 4): Pixels {
  const size = (code.moduleCount + 2 * QUIET_ZONE) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (let row = 0; row < code.moduleCount; row++) {
    for (let col = 0; col < code.moduleCount; col++) {
      if (!code.isDark(row, col)) continue;
      for (let y = 0; y < scale; y++) {
        for (let x = 0; x < scale; x++) {
          const offset = (((row + QUIET_ZONE) * scale + y) * size + (col + QUIET_ZONE) * scale + x) * 4;
          data.fill(0, offset, offset + 3);
        }
      }
    }
  }
  return { data, width: size, height: size };
}
