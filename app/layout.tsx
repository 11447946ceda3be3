import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import './globals.css';

// Titles stay generic: they are printed in page headers and become the "Save as PDF" file name.
export const metadata: Metadata = {
  title: 'JAK Screener for eczema',
  description: 'Get ready to talk with your dermatologist about JAK inhibitor treatment for eczema.',
  referrer: 'no-referrer',
  manifest: '/manifest.webmanifest',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d4f91' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so it carries that request's CSP nonce (proxy.ts); a prerendered page
  // would have no nonce and the browser would block its scripts (Next CSP guide, "Forcing dynamic rendering").
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="site-name">
            JAK Screener <span className="site-name-sub">for eczema</span>
          </Link>
        </header>
        {/* The questionnaire's provider lives in app/(screening)/layout.tsx: pages that hold no answers load none of it. */}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Your answers stay on this device. This tool does not give a diagnosis or a prescription. Your dermatologist
            decides with you.
          </p>
          <p className="site-footer-links">
            <Link href="/clinic">Clinic tablet setup</Link>
          </p>
        </footer>
      </body>
    </html>
  );
}
