'use client';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';

/** The Barcode Detection API (WICG Shape Detection), not yet in TypeScript's DOM types. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

const SCAN_INTERVAL_MS = 250;

function barcodeDetector(): BarcodeDetectorConstructor | undefined {
  return (window as unknown as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

const canScan = () => barcodeDetector() !== undefined && typeof navigator.mediaDevices?.getUserMedia === 'function';
const neverChanges = () => () => {};

/**
 * "Scan the code with the camera", where the browser can read QR codes itself (BarcodeDetector: Chrome on
 * Android and macOS, among others). The picture is shown on screen only: nothing is recorded or sent, and the
 * camera is switched off as soon as a code is read, when the person stops, or when they leave the page.
 * Elsewhere nothing is shown: a photo of the code always works.
 */
export function CameraScanner({ onCode }: { onCode: (text: string) => void }) {
  // Known only in the browser: the server render and hydration show nothing.
  const supported = useSyncExternalStore(neverChanges, canScan, () => false);
  const [scanning, setScanning] = useState(false);
  const [failed, setFailed] = useState(false);
  const t = useTranslations('load');
  const video = useRef<HTMLVideoElement>(null);
  // The latest callback, read when a code is found: a new one from the parent must not restart the camera.
  const onCodeLatest = useRef(onCode);
  useEffect(() => {
    onCodeLatest.current = onCode;
  });

  useEffect(() => {
    if (!scanning) return;
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };

    async function scan() {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch {
        setFailed(true);
        setScanning(false);
        return;
      }
      if (stopped || !video.current) return stop();
      video.current.srcObject = stream;
      await video.current.play();
      const detector = new (barcodeDetector()!)({ formats: ['qr_code'] });
      const look = async () => {
        if (stopped || !video.current) return;
        const codes = await detector.detect(video.current).catch(() => []);
        if (stopped) return;
        if (codes.length > 0) {
          stop();
          setScanning(false);
          onCodeLatest.current(codes[0].rawValue);
          return;
        }
        timer = setTimeout(() => void look(), SCAN_INTERVAL_MS);
      };
      await look();
    }

    void scan();
    return stop;
  }, [scanning]);

  if (!supported) return null;
  return (
    <div className="field">
      <p id="camera-hint" className="field-hint">
        {t('cameraHint')}
      </p>
      {failed ? (
        <p className="field-error" role="alert">
          {t('cameraFailed')}
        </p>
      ) : null}
      <button
        type="button"
        className="button button-secondary"
        aria-describedby="camera-hint"
        onClick={() => {
          setFailed(false);
          setScanning((on) => !on);
        }}
      >
        {scanning ? t('cameraStop') : t('cameraStart')}
      </button>
      {scanning ? <video ref={video} className="camera-view" muted playsInline aria-label={t('cameraView')} /> : null}
    </div>
  );
}
