/**
 * next-intl's request configuration (next.config.js points its plugin here): the language of a server render is
 * the one proxy.ts read from the URL's prefix and passed on in a request header (docs/decisions/0014). No cookie,
 * no Accept-Language: the URL alone decides, so a cached or shared link always shows the same language.
 */
import { getRequestConfig } from 'next-intl/server';
import { headers } from 'next/headers';
import { localeOr, LOCALE_HEADER } from '@/lib/i18n/locales';
import { compiledMessagesFor } from '@/lib/i18n/compiledMessages';

export default getRequestConfig(async () => {
  const requested = (await headers()).get(LOCALE_HEADER);
  const locale = localeOr(requested);
  // Compiled ahead of time: the pages format with use-intl's small formatter, not the ICU parser (next.config.js).
  return { locale, messages: compiledMessagesFor(locale) };
});
