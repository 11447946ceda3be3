import type { ReactNode } from 'react';

/**
 * A link to a page outside this tool (a drug label, a reference): it opens in a new tab, so the summary or the
 * about page stays where it was and Back never loses it. `noopener noreferrer`: the other page gets no handle on
 * this one and no referrer. The new tab is said in words to a screen reader and shown by an arrow on screen
 * (WCAG 3.2.5 advisory, G201).
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
      <span aria-hidden="true" className="new-tab-mark no-print">
        {' '}
        ↗
      </span>
    </a>
  );
}
