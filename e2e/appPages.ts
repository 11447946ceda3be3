/**
 * The pages of the app. The header, nonce, CSP and form specs run over this list: a new page is one line here.
 */
export const APP_PAGES = ['/', '/questionnaire', '/summary', '/about', '/clinic'] as const;

/** An address no page has: the not-found response must be as locked down as any page. */
export const MISSING_PAGE = '/no-such-page';
