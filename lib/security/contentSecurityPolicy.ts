/**
 * The Content-Security-Policy of every page, built per request around a fresh nonce (proxy.ts).
 * The app needs nothing from any other origin, so every fetch directive is 'self' or narrower, and the
 * browser itself blocks any attempt to send answers elsewhere (OWASP ASVS 5.0 V3.4, SAFETY.md 2.5).
 */

export interface PolicyOptions {
  /** `next dev` only: React rebuilds server error stacks with eval (Next CSP guide); the dev overlay styles itself inline. */
  development: boolean;
}

export function contentSecurityPolicy(nonce: string, { development }: PolicyOptions): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // Only scripts carrying this request's nonce run; 'strict-dynamic' lets them load Next's chunks.
    // No 'unsafe-inline' (ignored anyway next to a nonce) and no 'unsafe-eval' outside development.
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // Next puts the nonce on the style tags it writes; our own CSS is a file from /_next/static. In
    // development only, the dev overlay injects style tags without a nonce, so styles fall back to
    // 'unsafe-inline' there (a nonce would make the browser ignore it).
    'style-src': ["'self'", development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    // Nothing is ever fetched from elsewhere: no analytics, error reports or font services.
    'connect-src': ["'self'"],
    // The service worker (/sw.js, issue 15) and nothing else: no other worker, no blob: or data: workers.
    // Needed because script-src's 'strict-dynamic' makes 'self' there count for nothing.
    'worker-src': ["'self'"],
    // The web app manifest (/manifest.webmanifest), as default-src allows already; named so it stays 'self'.
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    // A <form> used before hydration would submit as GET with the answers in the query string
    // (SAFETY.md 2.2): no form may submit anywhere, not even to this origin.
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** 128 random bits, base64: unguessable and fresh for every response (CSP3 nonce-source). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
