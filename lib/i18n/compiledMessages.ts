/**
 * The catalogue as the pages receive it: every message compiled ahead of time from ICU syntax into icu-minify's
 * compact form. Pages then format with use-intl's `format-only` formatter (under 1 kB, aliased in next.config.js)
 * instead of carrying the ICU parser (about 9 kB gzip on every page, issue 15). This is what next-intl's own
 * `messages.precompile` does for catalogue files; our catalogue is typed TypeScript (docs/decisions/0014), so the
 * request configuration compiles it here, once per language and server process.
 */
import compile from 'icu-minify/compile';
import type { Locale } from './locales';
import { messagesFor } from './messages';

/** A catalogue's shape with each message compiled: what NextIntlClientProvider and getTranslations read. */
type Compiled = { [key: string]: ReturnType<typeof compile> | Compiled };

/**
 * One message, compiled. icu-minify builds a plural's or a select's options as objects without a prototype, which
 * React cannot pass from a server component to a client one (the page fails); a JSON round trip makes them plain,
 * as next-intl's own catalogue loader does.
 */
function compileMessage(message: string): ReturnType<typeof compile> {
  return JSON.parse(JSON.stringify(compile(message)));
}

function compileAll(messages: object): Compiled {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => [key, typeof value === 'string' ? compileMessage(value) : compileAll(value as object)]),
  );
}

const compiled = new Map<Locale, Compiled>();

/**
 * The whole catalogue of a language, compiled. Throws on a message that is not valid ICU syntax, so a broken
 * message fails the first request (and the test of every message) rather than one sentence on one page.
 */
export function compiledMessagesFor(locale: Locale): Compiled {
  let messages = compiled.get(locale);
  if (!messages) {
    messages = compileAll(messagesFor(locale));
    compiled.set(locale, messages);
  }
  return messages;
}
