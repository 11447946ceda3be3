'use client';
import { useLocale, useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import { LOCALE_NAMES, LOCALES, localizedPath, splitLocalePath } from '@/lib/i18n/locales';

/**
 * The language choice: each language in its own name, with its own `lang` and `hreflang` (WCAG 3.1.2), the current
 * one marked. A plain link, not a client-side navigation: the root layout (its <html lang>, its messages) must
 * render again in the other language. The same place in the other language keeps the answers of this tab
 * (they are kept for the tab, docs/decisions/0007); the language itself is never an answer.
 */
export function LanguageChoice() {
  const t = useTranslations('site');
  const current = useLocale();
  const { path } = splitLocalePath(usePathname() ?? '/');
  return (
    <nav aria-label={t('language')} className="language-choice">
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span lang={locale} aria-current="true">
                {LOCALE_NAMES[locale]}
              </span>
            ) : (
              <a href={localizedPath(locale, path)} lang={locale} hrefLang={locale}>
                {LOCALE_NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
