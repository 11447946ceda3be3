/**
 * The one query parameter a request of this app may carry: Next's `_rsc` cache-buster on navigation payloads.
 * Anything else in a URL is refused by the service worker (never cached, never answered from a cache): answers
 * never go into URLs (SAFETY.md 2.2), and if one ever did, no copy of it would stay on the device.
 * @param url the request's URL
 * @returns true when every query parameter is `_rsc` (or there is none)
 */
export function carriesOnlyKnownParameters(url: URL): boolean {
  return [...url.searchParams.keys()].every((name) => name === '_rsc');
}
