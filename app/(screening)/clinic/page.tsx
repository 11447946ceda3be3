import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { ClinicModePanel } from '@/components/clinic/ClinicModePanel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('staff.setup'))('title') };
}

/**
 * /clinic: clinic tablet setup, for staff; linked quietly from the footer, not from the patient's start page. In the
 * URL's language like every page (/es/clinic for a Spanish-speaking clinic, docs/decisions/0014).
 */
export default function ClinicPage() {
  const t = useTranslations('staff.setup');
  return (
    <>
      <h1>{t('heading')}</h1>
      <ClinicModePanel />
    </>
  );
}
