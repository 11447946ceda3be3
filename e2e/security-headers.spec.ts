/**
 * Every response carries the security headers of docs/SECURITY.md (SAFETY.md checklist 13 and 14), and every
 * script of every page carries that response's own nonce.
 */
import { expect, test, type APIResponse } from '@playwright/test';
import { APP_PAGES, MISSING_PAGE } from './appPages';
import { parsePolicy, policyNonce } from './contentSecurityPolicy';

function expectFixedHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['x-powered-by']).toBeUndefined();

  const features = new Map(
    headers['permissions-policy'].split(',').map((entry) => entry.trim().split('=') as [string, string]),
  );
  for (const feature of ['microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'display-capture']) {
    expect(features.get(feature), feature).toBe('()');
  }
  // The start page reads a clinic QR code with the camera: this origin only, never a frame.
  expect(features.get('camera')).toBe('(self)');
  expect([...features].filter(([name, allow]) => name !== 'camera' && allow !== '()')).toEqual([]);
}

function expectPagePolicy(response: APIResponse) {
  const header = response.headers()['content-security-policy'];
  expect(header, 'Content-Security-Policy').toBeTruthy();
  const policy = parsePolicy(header);
  const nonce = policyNonce(header);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  expect(policy.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  // The service worker and the web app manifest (issue 15): this origin only.
  expect(policy.get('worker-src')).toEqual(["'self'"]);
  expect(policy.get('manifest-src')).toEqual(["'self'"]);
  // No other origin, scheme or wildcard anywhere in the policy.
  const everySource = [...policy.values()].flat();
  expect(everySource.filter((s) => !s.startsWith("'") && s !== 'data:' && s !== 'blob:')).toEqual([]);
  expect(everySource).not.toContain("'unsafe-inline'");
  expect(everySource).not.toContain("'unsafe-eval'");
}

function expectNoStore(response: APIResponse) {
  const directives = response.headers()['cache-control'].split(',').map((d) => d.trim());
  expect(directives).toContain('no-store');
}

for (const path of APP_PAGES) {
  test(`${path} sends the security headers, a nonce policy and no-store`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expectFixedHeaders(response);
    expectPagePolicy(response);
    expectNoStore(response);
  });

  test(`every script on ${path} carries this response's nonce, and the next response has a new one`, async ({
    request,
  }) => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path);
      const nonce = policyNonce(response.headers()['content-security-policy'])!;
      const scriptTags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scriptTags.length).toBeGreaterThan(0);
      expect(scriptTags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
      nonces.push(nonce);
    }
    expect(nonces[1]).not.toBe(nonces[0]);
  });
}

test('the not-found response is locked down like a page', async ({ request }) => {
  const response = await request.get(MISSING_PAGE);
  expect(response.status()).toBe(404);
  expectFixedHeaders(response);
  expectPagePolicy(response);
  expectNoStore(response);
});

test('build assets keep their immutable caching and the fixed headers', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const asset = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(asset).toBeDefined();
  const response = await request.get(asset!);
  expect(response.status()).toBe(200);
  expectFixedHeaders(response);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});
