/**
 * The hand-off text as a QR code at error correction level M (about 15% of the code may be damaged or
 * hidden and still read): the level most phone readers are tuned for, and a good balance of size and robustness
 * for a code shown on a screen.
 */
import qrcode from 'qrcode-generator';

/** The spec's quiet zone: 4 light modules around the code. */
export const QUIET_ZONE = 4;

export interface HandoffQrCode {
  /** QR version 1–40: the code is 17 + 4 × version modules wide. */
  version: number;
  moduleCount: number;
  isDark(row: number, col: number): boolean;
  /** A scalable SVG (viewBox only) with the quiet zone; the page gives it its size and its accessible name. */
  svg: string;
}

export type HandoffQrResult = { ok: true; code: HandoffQrCode } | { ok: false; problem: string };

export function handoffQrCode(text: string): HandoffQrResult {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Alphanumeric');
  try {
    qr.make();
  } catch {
    // Past version 40 (3391 alphanumeric characters at M): long free-text answers in a script that compresses badly.
    return { ok: false, problem: 'These answers are too long for one QR code. Download the file for your clinic instead.' };
  }
  const moduleCount = qr.getModuleCount();
  return {
    ok: true,
    code: {
      version: (moduleCount - 17) / 4,
      moduleCount,
      isDark: (row, col) => qr.isDark(row, col),
      svg: qr.createSvgTag({ cellSize: 1, margin: QUIET_ZONE, scalable: true }),
    },
  };
}
