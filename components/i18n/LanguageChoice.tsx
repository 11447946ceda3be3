'use client';
import { useLocale, useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import { LOCALE_NAMES, LOCALES, localizedPath, splitLocalePath } from '@/lib/i18n/locales';
import { RELOADING_EVENT } from '@/components/flow/reloadKeepingAnswers';

/**
 * The language choice: each language in its own name, with its own `lang` and `hreflang` (WCAG 3.1.2), the current
 * one marked. A plain link, not a client-side navigation: the root layout (its <html lang>, its messages) must
 * render again in the other language. The same place in the other language keeps the answers of this tab
 * (they are kept for the tab, docs/decisions/0007); the language itself is never an answer.
 */
/**
 * The page about to load in the other language is this tab's, and the tab keeps its answers: no "leave site?"
 * question (it made a parent think the answers would go). A click that opens another tab or window unloads nothing.
 */
function staysInThisTab(event: MouseEvent) {
  if (event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) window.dispatchEvent(new Event(RELOADING_EVENT));
}

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
              <a href={localizedPath(locale, path)} lang={locale} hrefLang={locale} onClick={staysInThisTab}>
                {LOCALE_NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
