'use client';
/**
 * The review and the summary in chunks of their own (issue 15): the first step of the questionnaire does not need
 * them, nor what they carry (the FHIR export, the QR code, the staff code form, the summary's view model). They
 * start loading once the first screen is up (preloadLaterScreens), so by the time the person reaches them they
 * render at once, as before; offline they come from the service worker's precache like every other chunk.
 */
import { use } from 'react';

/**
 * `load` called at most once; the promise it gave, marked when it settles with the `status` and `value` (or
 * `reason`) fields React's `use` reads, so a screen whose chunk has arrived renders at once instead of suspending.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    if (promise === undefined) {
      const started = load();
      promise = started;
      started.then(
        (value) => Object.assign(started, { status: 'fulfilled', value }),
        (reason: unknown) => Object.assign(started, { status: 'rejected', reason }),
      );
    }
    return promise;
  };
}

const reviewScreen = once(() => import('./ReviewScreen'));
const currentSummary = once(() => import('@/components/summary/CurrentSummary'));

/** Starts loading the review and the summary (once; later calls do nothing); settles when both are in. */
export async function preloadLaterScreens(): Promise<void> {
  await Promise.all([reviewScreen(), currentSummary()]);
}

/** ReviewScreen, from its own chunk. Suspends (the caller's Suspense fallback shows) only while it loads. */
export function LaterReviewScreen() {
  const { ReviewScreen } = use(reviewScreen());
  return <ReviewScreen />;
}

/** CurrentSummary, from its own chunk. Suspends only while it loads. */
export function LaterCurrentSummary() {
  const { CurrentSummary } = use(currentSummary());
  return <CurrentSummary />;
}
