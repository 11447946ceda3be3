/**
 * Before JavaScript runs (or with it off), a server-rendered <form> would submit natively: as GET, with every
 * answer in the query string. The policy's form-action 'none' stops that (SAFETY.md 2.2 and checklist 12).
 */
import { expect, test } from '@playwright/test';
import { APP_PAGES } from './appPages';
import { injectIntoPage } from './injectIntoPage';

test.use({ javaScriptEnabled: false });

const MARKER = 'zz-form-marker-7731';

for (const path of APP_PAGES) {
  test(`with JavaScript off, submitting a form on ${path} sends nothing`, async ({ page }) => {
    // A form as a step of the questionnaire renders it before hydration: no action, so GET to this page.
    await injectIntoPage(
      page,
      path,
      `<form><label>Answer <input name="answer" value="${MARKER}"></label><button>Send the form</button></form>`,
    );
    await page.goto(path);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest() || request.url().includes(MARKER)) sent.push(request.url());
    });

    // The browser reports the refusal on the console. noWaitAfter: Playwright would otherwise wait for the
    // navigation the click scheduled, which the policy cancels, forever.
    const refused = page.waitForEvent('console', {
      predicate: (message) => message.text().includes(`"form-action 'none'"`),
      timeout: 5_000,
    });
    await page.getByRole('button', { name: 'Send the form' }).click({ noWaitAfter: true });
    expect((await refused).text()).toContain(MARKER);

    expect(sent).toEqual([]);
    expect(new URL(page.url()).search).toBe('');
  });
}
