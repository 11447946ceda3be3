import { ScreeningProvider } from '@/components/flow/ScreeningProvider';
import { UpdateNotice } from '@/components/offline/UpdateNotice';
import { LaterClinicSession } from '@/components/clinic/LaterClinicSession';
import { QuestionnaireWords } from '@/components/i18n/QuestionnaireWords';
import { QUESTIONNAIRE_TEXTS } from '@/lib/questionnaire/texts';
import { localeOr } from '@/lib/i18n/locales';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';

/**
 * The pages that hold answers (start, questionnaire, summary, clinic setup) share one provider, which keeps the
 * answers in memory across client-side navigation between them; it loads the machine where a page needs it (a
 * clinic tablet's session comes with the machine). Pages outside this group (about) load none of it.
 */
export default async function ScreeningLayout({ children }: { children: React.ReactNode }) {
  // Every namespace but the about page's, which only server components read: its words stay out of these pages' HTML.
  const { about: _, ...messages } = await getMessages();
  const locale = localeOr(await getLocale());
  return (
    <NextIntlClientProvider messages={messages}>
      {/* Only this page's language's questionnaire words, as data: English pages carry no other language's (issue 15). */}
      <QuestionnaireWords locale={locale} words={QUESTIONNAIRE_TEXTS[locale]}>
        <ScreeningProvider>
          {children}
          <LaterClinicSession />
          <UpdateNotice />
        </ScreeningProvider>
      </QuestionnaireWords>
    </NextIntlClientProvider>
  );
}
