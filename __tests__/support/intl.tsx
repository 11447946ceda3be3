/** The language provider the root layout puts around every page (app/layout.tsx), for component tests. */
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import type { RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';

export function IntlProvider({ locale = 'en', children }: { locale?: Locale; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)}>
      {children}
    </NextIntlClientProvider>
  );
}

/** render() inside the language provider (English unless told). */
export function renderInLocale(ui: ReactElement, locale: Locale = 'en', options?: Omit<RenderOptions, 'wrapper'>) {
  return render(ui, { ...options, wrapper: ({ children }) => <IntlProvider locale={locale}>{children}</IntlProvider> });
}
