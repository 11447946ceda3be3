/**
 * /manifest.webmanifest: makes the app installable (issue 15). Icons are the app's own (scripts/icons.js);
 * the start URL carries nothing (answers never go into URLs).
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
