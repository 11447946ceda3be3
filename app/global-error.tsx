'use client';

import './globals.css';

/**
 * Shown only if the root layout itself fails. Next's built-in version styles itself inline, which the CSP blocks;
 * this one uses the app's stylesheet. It shows no answers and sends no error report anywhere.
 */
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main">
          <h1>Something went wrong</h1>
          <p>The page could not be shown. Your answers have not been sent anywhere.</p>
          <div className="button-row">
            <button type="button" className="button" onClick={reset}>
              Try again
            </button>
            <a className="button button-secondary" href="/">
              Go to the start page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
