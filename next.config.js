/**
 * Fixed security headers on every response (SAFETY.md 2.4-2.5, OWASP ASVS 5.0 V3.4 and V14.3).
 * The Content-Security-Policy needs a fresh nonce per request, so proxy.ts sets it.
 */

// Every powerful browser feature is off, for this origin and any frame. The one exception: the camera,
// for this origin only, because the start page reads a clinic hand-off QR code with the device camera.
const permissionsPolicy = [
  'camera=(self)',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
  'display-capture=()',
  'screen-wake-lock=()',
  'idle-detection=()',
  'browsing-topics=()',
  'publickey-credentials-get=()',
  'xr-spatial-tracking=()',
].join(', ');

const everyResponse = [
  // Leaving for another site (a label link) tells it nothing about where the person came from.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: permissionsPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  // No other window keeps a handle on ours, and no other site may embed our files.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  // For browsers without CSP frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
];

// next-intl reads the language of each request from i18n/request.ts (docs/decisions/0014).
const withNextIntl = require('next-intl/plugin')('./i18n/request.ts');

// The catalogue reaches pages compiled ahead of time (lib/i18n/compiledMessages.ts), so use-intl's formatter is
// swapped for its `format-only` one, without the ICU parser: about 9 kB gzip less on every page (issue 15). The
// same alias next-intl sets for its own `messages.precompile`, which reads catalogue files, not a TypeScript one.
const formatOnly = `./${require('node:path').relative(__dirname, require.resolve('use-intl/format-message/format-only'))}`;

/** @type {import('next').NextConfig} */
module.exports = withNextIntl({
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { resolveAlias: { 'use-intl/format-message': formatOnly } },
  compiler: {
    // The service worker is bundled from this build's own files (scripts/serviceWorker.js, issue 15).
    async runAfterProductionCompile({ projectDir, distDir }) {
      const { buildServiceWorker } = require('./scripts/serviceWorker.js');
      await buildServiceWorker({ projectDir, distDir });
    },
  },
  async headers() {
    return [
      { source: '/:path*', headers: everyResponse },
      // Pages may show answers: no copy in any cache (ASVS 14.3.2). Build assets under /_next/static are
      // content-hashed and hold no answers, so they keep Next's immutable caching.
      { source: '/((?!_next/static).*)', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
    ];
  },
});
