import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import { localizedPath } from '@/lib/i18n/locales';
import './globals.css';

// Titles stay generic: they are printed in page headers and become the "Save as PDF" file name.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('site');
  return { title: t('title'), description: t('description'), referrer: 'no-referrer', manifest: '/manifest.webmanifest' };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d4f91' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so it carries that request's CSP nonce (proxy.ts); a prerendered page
  // would have no nonce and the browser would block its scripts (Next CSP guide, "Forcing dynamic rendering").
  await connection();
  // The language of the URL (/es/… is Spanish; proxy.ts, docs/decisions/0014): a UI preference, never an answer.
  const locale = await getLocale();
  const t = await getTranslations('site');
  // The words a page's scripts need travel in its HTML. Outside the screening pages no client component reads any
  // but the site's; those pages pass their own (app/(screening)/layout.tsx), so /about does not carry the catalogue.
  const { site } = await getMessages();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={{ site }}>
        <a className="skip-link" href="#main">
          {t('skipLink')}
        </a>
        <header className="site-header">
          <Link href={localizedPath(locale, '/')} className="site-name">
            {t('name')} <span className="site-name-sub">{t('nameSub')}</span>
          </Link>
        </header>
        {/* The questionnaire's provider lives in app/(screening)/layout.tsx: pages that hold no answers load none of it. */}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>{t('footer')}</p>
          <p className="site-footer-links">
            <Link href={localizedPath(locale, '/clinic')}>{t('clinicSetup')}</Link>
          </p>
        </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
