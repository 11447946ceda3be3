import type { Page } from '@playwright/test';

/**
 * Serves `path` as the server sent it — same status, same headers, same Content-Security-Policy — with `html`
 * added at the start of <body>. It stands for markup an attacker got into the page, or for a form the server
 * rendered before JavaScript ran.
 */
export async function injectIntoPage(page: Page, path: string, html: string): Promise<void> {
  await page.route(
    (url) => url.pathname === path && url.search === '',
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<body([^>]*)>/, `<body$1>${html}`);
      await route.fulfill({ response, body });
    },
  );
}
