'use client';
import { useCallback } from 'react';
import { useLocale } from 'next-intl';
import { localizedPath } from '@/lib/i18n/locales';

/**
 * The app path in the page's language: "/about" on a Spanish page is "/es/about" (docs/decisions/0014). Every link
 * and push inside the app goes through it, so a person never leaves their language by following the app.
 */
export function useLocalizedPath(): (path: string) => string {
  const locale = useLocale();
  return useCallback((path: string) => localizedPath(locale, path), [locale]);
}
