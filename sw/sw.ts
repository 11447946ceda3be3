/**
 * The service worker (issue 15: offline and installable), bundled by scripts/serviceWorker.js after each
 * production build and served at /sw.js (app/sw.js/route.ts). Serwist does the precaching and the strategies.
 *
 * What it keeps, all of it the app's own and none of it personal (answers live only in the page's memory, or in
 * localStorage when the person asks for that; no request ever carries one, SAFETY.md):
 * - precached, cache first: the build's scripts and styles (/_next/static, content-hashed), the icons, the web app
 *   manifest and /questionnaire.json;
 * - network first, kept for offline use: the pages (HTML) and their React Server Component payloads (what a
 *   client-side navigation fetches), warmed at install so one visit is enough for the whole journey offline.
 * Online, pages still come fresh from the server, each with its own CSP nonce; offline, the copy fetched for this
 * build is served with the CSP header it came with (docs/decisions/offline-pages-and-csp.md).
 */
import { NetworkFirst, NetworkOnly, Serwist } from 'serwist';
import type { PrecacheEntry, RouteMatchCallbackOptions, SerwistPlugin } from 'serwist';
import { carriesOnlyKnownParameters } from './requestRules';

declare const self: ServiceWorkerGlobalScope;

/** Filled in by scripts/serviceWorker.js: this build's revision, precache list and page paths. */
declare const __BUILD__: { revision: string; precache: PrecacheEntry[]; pages: string[] };

const { revision, precache, pages } = __BUILD__;
const PAGES_CACHE = `jaks-pages-${revision}`;
const RSC_CACHE = `jaks-rsc-${revision}`;


const ownGet = ({ request, url }: RouteMatchCallbackOptions) =>
  request.method === 'GET' && url.origin === self.location.origin && carriesOnlyKnownParameters(url);

/** Next's navigation payload requests: `RSC: 1`, not a prefetch (prefetches are partial trees). */
const isNavigationPayload = (request: Request) =>
  request.headers.get('RSC') === '1' &&
  !request.headers.has('Next-Router-Prefetch') &&
  !request.headers.has('Next-Router-Segment-Prefetch');

/** A second check at the moment of writing: nothing with a query other than `_rsc`, nothing but a 200. */
const refuseUnknown: SerwistPlugin = {
  cacheWillUpdate: async ({ request, response }) =>
    response.status === 200 && carriesOnlyKnownParameters(new URL(request.url)) ? response : null,
};

/** A payload is stored under its path alone: the `_rsc` value differs with the page the person came from. */
const payloadKey: SerwistPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    return `${url.origin}${url.pathname}`;
  },
};

const serwist = new Serwist({
  precacheEntries: precache,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // Next links the icon as /icon.svg?icon.<hash>.svg (a cache-busting key with no value); the precache holds
    // /icon.svg. Serwist's own defaults (utm_*, fbclid) stay.
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^icon\./],
  },
  // The person decides when the new version takes over ("A new version is ready"), so their answers are kept.
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
  runtimeCaching: [
    {
      matcher: (options) => ownGet(options) && options.request.mode === 'navigate',
      handler: new NetworkFirst({ cacheName: PAGES_CACHE, networkTimeoutSeconds: 4, plugins: [refuseUnknown], matchOptions: { ignoreSearch: true } }),
    },
    {
      matcher: (options) => ownGet(options) && isNavigationPayload(options.request),
      handler: new NetworkFirst({
        cacheName: RSC_CACHE,
        networkTimeoutSeconds: 4,
        plugins: [refuseUnknown, payloadKey],
        // Next varies payloads on its router headers; offline, the one payload kept per page is the right one.
        matchOptions: { ignoreVary: true },
      }),
    },
    // Prefetches and anything else: the network only, nothing kept.
    { matcher: () => true, handler: new NetworkOnly() },
  ],
});

/**
 * Warms the pages and their payloads for this build, so the journey works offline after one visit. Fetched
 * without cookies or answers (there are none to send): plain GETs of the app's own paths.
 */
async function warmPages(): Promise<void> {
  const [pageCache, payloadCache] = await Promise.all([caches.open(PAGES_CACHE), caches.open(RSC_CACHE)]);
  await Promise.all(
    pages.flatMap((path) => {
      const url = new URL(path, self.location.origin).href;
      return [
        fetch(url, { cache: 'no-store', credentials: 'omit' }).then((r) => (r.ok ? pageCache.put(url, r) : undefined)),
        fetch(url, { cache: 'no-store', credentials: 'omit', headers: { RSC: '1' } }).then((r) =>
          r.ok ? payloadCache.put(url, r) : undefined,
        ),
      ];
    }),
  );
}

self.addEventListener('install', (event) => event.waitUntil(warmPages()));

// Older builds' page caches go once this one takes over (the precache cleans up after itself).
self.addEventListener('activate', (event) =>
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith('jaks-') && n !== PAGES_CACHE && n !== RSC_CACHE).map((n) => caches.delete(n))),
      ),
  ),
);

// "Update" on the notice: the waiting worker takes over; the page then reloads with its answers handed over.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

serwist.addEventListeners();
