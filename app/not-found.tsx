import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { localizedPath } from '@/lib/i18n/locales';

// Our own not-found page: Next's built-in one styles itself with inline style attributes, which the
// Content-Security-Policy (style-src with a nonce, no 'unsafe-inline') rightly blocks.
export default function NotFound() {
  const t = useTranslations('other');
  const locale = useLocale();
  return (
    <>
      <h1>{t('notFoundHeading')}</h1>
      <p>{t('notFound')}</p>
      <p>
        <Link href={localizedPath(locale, '/')}>{t('goToStart')}</Link>
      </p>
    </>
  );
}
