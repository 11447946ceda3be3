// next-intl's typed keys: a key missing from the English catalogue, or a locale the app does not have, is a type error.
import type { Locale } from '@/lib/i18n/locales';
import type { en } from '@/lib/i18n/messages/en';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
