/**
 * Next 16 "proxy" (formerly middleware): gives each page request its own CSP nonce. Next reads the policy
 * from the request headers while rendering and puts the nonce on its scripts and styles; the browser enforces
 * the copy on the response. Pages render per request (await connection() in app/layout.tsx), so every
 * response carries a fresh nonce. The fixed headers live in next.config.js.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, createNonce } from '@/lib/security/contentSecurityPolicy';
import { DEFAULT_LOCALE, isLocale, LOCALE_HEADER, splitLocalePath } from '@/lib/i18n/locales';

/** The only methods any route answers: the app has no forms that post, no API that takes a body. */
const ALLOWED_METHODS = ['GET', 'HEAD'];

export function proxy(request: NextRequest) {
  // Every other method (POST, PUT, PATCH, DELETE, TRACE, …) is refused here, before any page code runs and
  // without reading the body: 405 with the security headers (next.config.js adds them to this response too), and
  // the connection is closed so a large body is not drained either.
  if (!ALLOWED_METHODS.includes(request.method)) {
    return new NextResponse(null, {
      status: 405,
      headers: { Allow: ALLOWED_METHODS.join(', '), Connection: 'close', 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'" },
    });
  }
  const policy = contentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  // The language is the URL's: /es/… is the same page in Spanish (docs/decisions/0014). The prefix is taken off
  // here and the language passed on in a header the server render reads (i18n/request.ts), so the app's routes,
  // the machine's positions and the per-step URLs stay one set. Next runs the proxy again on the rewritten path, so
  // on a path without a prefix the language that pass carries is kept; a client that sends the header itself only
  // changes the language of its own page (no answer, no other effect).
  const { locale: urlLocale, path } = splitLocalePath(request.nextUrl.pathname);
  const carried = request.headers.get(LOCALE_HEADER);
  const locale = path !== request.nextUrl.pathname ? urlLocale : isLocale(carried) ? carried : DEFAULT_LOCALE;
  requestHeaders.set(LOCALE_HEADER, locale);
  if (path !== request.nextUrl.pathname) {
    const url = request.nextUrl.clone();
    url.pathname = path;
    const rewritten = NextResponse.rewrite(url, { request: { headers: requestHeaders } });
    rewritten.headers.set('Content-Security-Policy', policy);
    return rewritten;
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Build assets are immutable files that no policy applies to; everything else (pages, icons, RSC
  // navigation payloads, not-found responses) gets the policy.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
