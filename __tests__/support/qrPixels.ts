/** A QR code drawn as pixels, as a camera or a screenshot would give them to a decoder. */
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

/**
 * The pixels of a QR code SVG as qrcode-generator draws it (one `M<x>,<y>l1,0 …z` square a dark module, in a
 * viewBox that includes the quiet zone): jsdom cannot paint an <img>, so tests paint the picture themselves.
 */
export function svgQrPixels(svg: string, scale = 4): Pixels {
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  if (!side) throw new Error('Not a square QR code SVG');
  const dark = new Set([...svg.matchAll(/M(\d+),(\d+)l1,0/g)].map(([, x, y]) => `${y},${x}`));
  const modules = side - 2 * QUIET_ZONE;
  return qrPixels({ moduleCount: modules, isDark: (row, col) => dark.has(`${row + QUIET_ZONE},${col + QUIET_ZONE}`), version: (modules - 17) / 4, svg }, scale);
}
