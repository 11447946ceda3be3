'use client';
/**
 * On /clinic: the language the summary's dermatologist part starts in on this tablet (issue 14, item 4), English
 * unless chosen. The same words as the switch on the summary, which can still change it for one patient.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { LOCALES, LOCALE_NAMES } from '@/lib/i18n/locales';
import { ChoiceGroup } from '@/components/ui/ChoiceGroup';

const OPTIONS = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }));

export function ClinicianLanguageField({ registration }: { registration: UseFormRegisterReturn }) {
  const t = useTranslations('clinicianPart');
  return <ChoiceGroup name="clinicianLocale" legend={t('language')} hint={t('clinicHint')} options={OPTIONS} registration={registration} inline />;
}
