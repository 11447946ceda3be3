/** The language providers the layouts put around every page (app/layout.tsx, app/(screening)/layout.tsx), for component tests. */
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import type { RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { QuestionnaireWords } from '@/components/i18n/QuestionnaireWords';
import { QUESTIONNAIRE_TEXTS } from '@/lib/questionnaire/texts';

export function IntlProvider({ locale = 'en', children }: { locale?: Locale; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)}>
      <QuestionnaireWords locale={locale} words={QUESTIONNAIRE_TEXTS[locale]}>
        {children}
      </QuestionnaireWords>
    </NextIntlClientProvider>
  );
}

/** render() inside the language provider (English unless told). */
export function renderInLocale(ui: ReactElement, locale: Locale = 'en', options?: Omit<RenderOptions, 'wrapper'>) {
  return render(ui, { ...options, wrapper: ({ children }) => <IntlProvider locale={locale}>{children}</IntlProvider> });
}
