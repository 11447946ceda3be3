'use client';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { localizedPath } from '@/lib/i18n/locales';
import { needsStaffCode } from '@/lib/clinic/needsStaffCode';
import { useScreeningIfLoaded } from '@/components/flow/ScreeningProvider';

/**
 * On a clinic tablet set up before staff codes (a version-1 setting): clinic mode stays on, and the start page asks
 * staff to set a code, since until then anyone can turn clinic mode off. Nothing otherwise.
 */
export function StaffCodeMissing() {
  // No machine loaded: nothing kept here, so no clinic setting either.
  const clinic = useScreeningIfLoaded()?.snapshot.context.clinic;
  const t = useTranslations('staff.code');
  const locale = useLocale();
  if (!clinic || !needsStaffCode(clinic)) return null;
  return (
    <p className="notice notice-warning">
      {t('missing')} <Link href={localizedPath(locale, '/clinic')}>{t('setOne')}</Link>
    </p>
  );
}
