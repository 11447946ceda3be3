'use client';
import { useState } from 'react';
import type { AnswersDocument } from '@/lib/answers';
import { useTranslations } from 'next-intl';

type Code = { ok: true; src: string; side: number; dense: boolean } | { ok: false; problem: string };

/** CSS pixels a module: a screenshot of the screen then has several pixels a module, at any version. */
export const MODULE_PX = 5;
/**
 * Past this version (97 × 97 modules) a phone camera pointed at a screen rarely reads the code; it is still shown
 * (a screenshot read on the front-desk computer works), with a pointer to the FHIR file.
 */
export const PHONE_READABLE_VERSION = 20;

/**
 * The code is made only when asked for, and its maker (deflate, base45, the QR encoder) is loaded only then:
 * it is not part of the questionnaire's first load.
 */
async function makeCode(document: AnswersDocument): Promise<Code> {
  const { encodeHandoff, handoffQrCode, QUIET_ZONE } = await import('@/lib/handoff');
  const result = handoffQrCode(encodeHandoff(document));
  // An <img> of a data: URL (the CSP allows data: images) rather than inline SVG markup: the SVG is never HTML.
  if (!result.ok) return result;
  const { svg, moduleCount, version } = result.code;
  return {
    ok: true,
    src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
    // The code grows with its version, so each module keeps its size on screen.
    side: (moduleCount + 2 * QUIET_ZONE) * MODULE_PX,
    dense: version > PHONE_READABLE_VERSION,
  };
}

/**
 * "Show a code for the clinic": the answers as one QR code for the front desk to scan (docs/fhir/README.md,
 * "The QR code hand-off"). Hidden until the person asks, and the screen says first what the code holds and
 * that anyone who scans it can read it.
 */
export function ShowHandoffCode({ document }: { document: AnswersDocument }) {
  const [code, setCode] = useState<Code | null>(null);
  const [open, setOpen] = useState(false);
  const t = useTranslations('handoff');
  const codeWords = useTranslations('handoffCode');

  async function toggle() {
    if (open) {
      setOpen(false);
      setCode(null);
      return;
    }
    setOpen(true);
    setCode(await makeCode(document));
  }

  return (
    <>
      <p id="handoff-code-note">{t('codeNote')}</p>
      <button
        type="button"
        className="button button-secondary"
        aria-expanded={open}
        aria-controls="handoff-code"
        aria-describedby="handoff-code-note"
        onClick={() => void toggle()}
      >
        {open ? t('hideCode') : t('showCode')}
      </button>
      <div id="handoff-code" className="handoff-code">
        {open && code?.ok && code.dense ? (
          <p className="notice" role="status">
            {t('denseCode')}
          </p>
        ) : null}
        {open && code?.ok ? (
          <img src={code.src} alt={t('codeAlt')} width={code.side} height={code.side} className="handoff-code-image" />
        ) : null}
        {open && code && !code.ok ? (
          <p className="notice" role="status">
            {/* The only way it fails is a code too long for QR version 40 (lib/handoff/handoffQrCode.ts). */}
            {codeWords('tooLong')}
          </p>
        ) : null}
      </div>
    </>
  );
}
