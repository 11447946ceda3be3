'use client';
/**
 * Registers the service worker (sw/sw.ts, production builds only) and, when a new version has installed
 * behind this open page, says so in a polite live region: "A new version is ready" with an "Update now" button.
 * Updating reloads the page once under the new version. Nothing typed is lost: at home the answers in progress
 * are kept for this tab, or on the device when the person chose to (docs/decisions/0007), and come back after the
 * reload. A clinic tablet keeps answers only in memory, so there the notice waits until no answers are in progress.
 */
import { useEffect, useState } from 'react';
import { useScreeningIfLoaded } from '@/components/flow/ScreeningProvider';
import { reloadKeepingAnswers } from '@/components/flow/reloadKeepingAnswers';
import { useTranslations } from 'next-intl';

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
  const screening = useScreeningIfLoaded();
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const t = useTranslations('other');

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    const register = () => {
      navigator.serviceWorker
        .register('/sw.js', { scope: '/', updateViaCache: 'none' })
        .then((registration) => watchForWaiting(registration, (worker) => !cancelled && setWaiting(worker)))
        // No worker (an old browser, a build without one): the app works as before, online.
        .catch(() => undefined);
    };
    // After the page's own load: the worker's first install fetches every page and script for offline use, which
    // must not compete with this page's first paint on a slow phone or network.
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', register);
    };
  }, []);

  // No machine yet (the start page, nothing kept here): no answers in progress.
  const clinicBusy = screening !== null && screening.snapshot.context.clinic.enabled && !screening.snapshot.matches('intro');
  const show = waiting !== null && !clinicBusy;

  function update() {
    if (!waiting) return;
    navigator.serviceWorker.addEventListener('controllerchange', reloadKeepingAnswers, { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }

  // The live region is always in the page, so its text is announced when it appears.
  return (
    <div role="status" aria-live="polite" className="update-notice-region">
      {show && (
        <div className="update-notice">
          <p>{t('updateReady')}</p>
          <button type="button" onClick={update}>
            {t('updateNow')}
          </button>
        </div>
      )}
    </div>
  );
}
