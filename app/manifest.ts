/**
 * /manifest.webmanifest: makes the app installable (issue 15). Icons are the app's own (scripts/icons.js);
 * the start URL carries nothing (answers never go into URLs).
 *
 * English only, on purpose (issue 14): a browser installs one app from one manifest, linked from every page of
 * both languages, so a per-language name would make the installed app's name depend on the page it was installed
 * from, and a second manifest would be a second app. The installed app opens at "/" (English), and the start page
 * offers Español; a clinic that wants Spanish hands out the /es link (docs/i18n/README.md).
 */
import type { MetadataRoute } from 'next';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'JAK Screener for eczema',
    short_name: 'JAK Screener',
    description: 'Get ready to talk with your dermatologist about JAK inhibitor treatment for eczema.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4f91',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
