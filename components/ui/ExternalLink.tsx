import type { ReactNode } from 'react';

/**
 * A link to a page outside this tool (a drug label, a reference): it opens in a new tab, so the summary or the
 * about page stays where it was and Back never loses it. `noopener noreferrer`: the other page gets no handle on
 * this one and no referrer. The new tab is said in words to a screen reader and shown by an arrow on screen
 * (WCAG 3.2.5 advisory, G201). `newTab`: those words in the language of the text around the link (" (opens in a
 * new tab)"), with its leading space.
 */
export function ExternalLink({ href, newTab, children }: { href: string; newTab: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden">{newTab}</span>
      <span aria-hidden="true" className="new-tab-mark no-print">
        {' '}
        ↗
      </span>
    </a>
  );
}
