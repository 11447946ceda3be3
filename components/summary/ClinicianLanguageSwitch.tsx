'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import { LOCALES, LOCALE_NAMES } from '@/lib/i18n/locales';
import type { Locale } from '@/lib/i18n/locales';
import styles from './summary.module.css';

/**
 * "Language of the dermatologist's part": English / Español, as two toggle buttons (aria-pressed), on screen only.
 * The clinician part can be read in the clinic's language whatever the page's (issue 14, item 4). Each language is
 * named in itself and marked with its lang (WCAG 3.1.2), as on the start page.
 */
export function ClinicianLanguageSwitch({ value, onChange }: { value: Locale; onChange: (locale: Locale) => void }) {
  const t = useTranslations('clinicianPart');
  const labelId = useId();
  return (
    <div className={`${styles.readerSwitch} no-print`} role="group" aria-labelledby={labelId}>
      <span id={labelId} className={styles.switchLabel}>
        {t('language')}
      </span>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className={`button ${value === locale ? '' : 'button-secondary'}`}
          aria-pressed={value === locale}
          onClick={() => onChange(locale)}
        >
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </div>
  );
}
