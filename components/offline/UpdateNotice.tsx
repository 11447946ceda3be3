'use client';
/**
 * Registers the service worker (sw/sw.ts, production builds only) and, when a new version has installed
 * behind this open page, says so in a polite live region: "A new version is ready" with an "Update now" button.
 * Updating hands the answers in progress to the new version across one reload (lib/offline/updateHandoff.ts),
 * so nothing typed is lost. On a clinic tablet the notice waits until no answers are in progress (the hand-off
 * would write them to storage, which clinic mode never does).
 */
import { useEffect, useState } from 'react';
import { useScreening } from '@/components/flow/ScreeningProvider';
import type { Screening } from '@/components/flow/ScreeningProvider';
import { stashForUpdate } from '@/lib/offline/updateHandoff';
import type { SavedPosition } from '@/lib/storage/savedAnswers';

/** Where the person is, as the hand-off records it (the same places as "Keep my answers on this device"). */
function positionOf(snapshot: Screening['snapshot']): SavedPosition {
  if (snapshot.matches('summary')) return 'summary';
  if (snapshot.matches('review')) return 'review';
  if (snapshot.matches('answering')) return snapshot.context.stepId;
  return 'intro';
}

/** Follows `registration` and reports a worker that installed while another controls this page. */
function watchForWaiting(registration: ServiceWorkerRegistration, onWaiting: (worker: ServiceWorker) => void) {
  if (registration.waiting && navigator.serviceWorker.controller) onWaiting(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) onWaiting(installing);
    });
  });
}

export function UpdateNotice() {
  const { snapshot, document } = useScreening();
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    navigator.serviceWorker
      .register('/sw.js', { scope: '/', updateViaCache: 'none' })
      .then((registration) => watchForWaiting(registration, (worker) => !cancelled && setWaiting(worker)))
      // No worker (an old browser, a build without one): the app works as before, online.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);

  const clinicBusy = snapshot.context.clinic.enabled && !snapshot.matches('intro');
  const show = waiting !== null && !clinicBusy;

  function update() {
    if (!waiting) return;
    if (!snapshot.context.clinic.enabled) {
      const kept = stashForUpdate({ saved: { document, position: positionOf(snapshot) }, saving: snapshot.context.saving });
      if (!kept) {
        setFailed(true);
        return;
      }
    }
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }

  // The live region is always in the page, so its text is announced when it appears.
  return (
    <div role="status" aria-live="polite" className="update-notice-region">
      {show && (
        <div className="update-notice">
          <p>A new version is ready.</p>
          {failed ? (
            <p>This browser cannot carry your answers over. Save your answers file first, then reload the page.</p>
          ) : (
            <button type="button" onClick={update}>
              Update now
            </button>
          )}
        </div>
      )}
    </div>
  );
}
