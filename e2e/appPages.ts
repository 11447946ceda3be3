/**
 * The pages of the app. The header, nonce, CSP and form specs run over this list: a new page is one line here.
 */
export const APP_PAGES = ['/', '/questionnaire', '/summary'] as const;

/**
 * Linked from a page but not built yet: /about comes with the summary (issue 4). The start page's link
 * prefetches it and gets a 404, which the console reports; the CSP spec ignores only that. A test fails as
 * soon as the page exists, to move it into APP_PAGES.
 */
export const PENDING_PAGES = ['/about'] as const;

/** An address no page has: the not-found response must be as locked down as any page. */
export const MISSING_PAGE = '/no-such-page';
