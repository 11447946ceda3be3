import type { Metadata } from 'next';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { localizedPath } from '@/lib/i18n/locales';
import { AboutRules } from '@/components/about/AboutRules';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('about'))('title') };
}

export default function AboutPage() {
  const t = useTranslations('about');
  const locale = useLocale();
  return (
    <>
      <AboutRules />
      <p>
        <Link href={localizedPath(locale, '/')}>{t('back')}</Link>
      </p>
    </>
  );
}
