/**
 * Next 16 "proxy" (formerly middleware): gives each page request its own CSP nonce. Next reads the policy
 * from the request headers while rendering and puts the nonce on its scripts and styles; the browser enforces
 * the copy on the response. Pages render per request (await connection() in app/layout.tsx), so every
 * response carries a fresh nonce. The fixed headers live in next.config.js.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, createNonce } from '@/lib/security/contentSecurityPolicy';

export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(createNonce(), { development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Build assets are immutable files that no policy applies to; everything else (pages, icons, RSC
  // navigation payloads, not-found responses) gets the policy.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
