/**
 * In the browser, every page runs its own scripts under the policy with no violation and no console error,
 * talks only to its own origin, and the policy really blocks what an attacker would inject (SAFETY.md
 * checklist 14; docs/SECURITY.md "XSS through free text").
 */
import { expect, test, type Page } from '@playwright/test';
import { APP_PAGES, MISSING_PAGE } from './appPages';
import { injectIntoPage } from './injectIntoPage';

interface Violation {
  directive: string;
  blocked: string;
}

/** Records every CSP violation, console error, uncaught error and request of the page from the first byte. */
async function watch(page: Page) {
  const seen = {
    consoleErrors: [] as string[],
    pageErrors: [] as string[],
    /** Requests that left the page: Playwright also reports those the policy blocked before sending. */
    requests: new Set<string>(),
    blockedByPolicy: [] as string[],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  page.on('request', (request) => seen.requests.add(request.url()));
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'csp') return;
    seen.requests.delete(request.url());
    seen.blockedByPolicy.push(request.url());
  });
  await page.addInitScript(() => {
    const store = window as unknown as { cspViolations: Violation[] };
    store.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      store.cspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
  return seen;
}

/**
 * Next's client runtime started (its scripts ran under the policy) or the policy blocked something, and the
 * browser is idle.
 */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const state = window as unknown as { next?: { appDir?: boolean }; cspViolations: Violation[] };
    return state.next?.appDir === true || state.cspViolations.length > 0;
  });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);

for (const path of [...APP_PAGES, MISSING_PAGE]) {
  test(`${path} runs under the policy with no violation, no console error and no other origin`, async ({
    page,
    baseURL,
  }) => {
    const seen = await watch(page);
    await page.goto(path);
    await settled(page);

    expect(await violations(page)).toEqual([]);
    expect(seen.consoleErrors.filter((text) => !(path === MISSING_PAGE && / 404 /.test(text)))).toEqual([]);
    expect(seen.pageErrors).toEqual([]);
    const origin = new URL(baseURL!).origin;
    expect([...seen.requests].filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
}

test('injected markup cannot run script or reach another origin, and the violation is seen', async ({ page }) => {
  const seen = await watch(page);
  await injectIntoPage(
    page,
    '/',
    '<script>window.injected = "inline script"</script>' +
      '<img alt="" src="/icon.svg" onload="window.injected = \'inline handler\'">' +
      '<img alt="" src="https://tracker.example/pixel.gif">',
  );
  await page.goto('/');
  await settled(page);

  expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
  const blocked = await violations(page);
  expect(blocked).toContainEqual({ directive: 'script-src-elem', blocked: 'inline' });
  expect(blocked).toContainEqual({ directive: 'script-src-attr', blocked: 'inline' });
  expect(blocked).toContainEqual({ directive: 'img-src', blocked: 'https://tracker.example/pixel.gif' });
  expect(seen.blockedByPolicy).toContain('https://tracker.example/pixel.gif');
  expect([...seen.requests].filter((url) => url.includes('tracker.example'))).toEqual([]);
});
