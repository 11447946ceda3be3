import { ScreeningProvider } from '@/components/flow/ScreeningProvider';
import { ClinicSession } from '@/components/clinic/ClinicSession';
import { UpdateNotice } from '@/components/offline/UpdateNotice';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/**
 * The pages that hold answers (start, questionnaire, summary) share one provider, which keeps the answers in
 * memory across client-side navigation between them. Pages outside this group (about) load none of it.
 */
export default async function ScreeningLayout({ children }: { children: React.ReactNode }) {
  // Every namespace but the about page's, which only server components read: its words stay out of these pages' HTML.
  const { about: _, ...messages } = await getMessages();
  return (
    <NextIntlClientProvider messages={messages}>
      <ScreeningProvider>
        {children}
        <ClinicSession />
        <UpdateNotice />
      </ScreeningProvider>
    </NextIntlClientProvider>
  );
}
