'use client';

import { useSyncExternalStore } from 'react';
import { DEFAULT_LOCALE, localizedPath, splitLocalePath } from '@/lib/i18n/locales';
import type { Locale } from '@/lib/i18n/locales';
import { LAST_RESORT_WORDS } from '@/lib/i18n/lastResortWords';
import './globals.css';

/** The address never changes under this page: nothing to subscribe to. */
const subscribeToNothing = () => () => {};
/** The URL's language (/es… is Spanish), read from the address alone: no provider, no request header. */
const languageOfAddress = (): Locale => splitLocalePath(window.location.pathname).locale;
/** A server render has no address here: English, and the browser switches to the URL's language once it runs. */
const languageOnServer = (): Locale => DEFAULT_LOCALE;

/**
 * Shown only if the root layout itself fails. Next's built-in version styles itself inline, which the CSP blocks;
 * this one uses the app's stylesheet. It shows no answers and sends no error report anywhere. Its words are its
 * own (lib/i18n/lastResortWords.ts), in the language of the URL, since the message catalogue's provider is part
 * of what may have failed.
 */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  const locale = useSyncExternalStore(subscribeToNothing, languageOfAddress, languageOnServer);
  const words = LAST_RESORT_WORDS[locale];
  return (
    <html lang={locale}>
      <body>
        <main id="main">
          <h1>{words.heading}</h1>
          <p>{words.text}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={reset}>
              {words.tryAgain}
            </button>
            <a className="button button-secondary" href={localizedPath(locale, '/')}>
              {words.goToStart}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
