/** @jest-environment node */
import { contentSecurityPolicy, createNonce } from '@/lib/security/contentSecurityPolicy';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));

test('production: scripts only by nonce and strict-dynamic, no unsafe-inline or unsafe-eval anywhere', () => {
  const policy = directives(contentSecurityPolicy('abc123', { development: false }));
  expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
  expect(policy.get('style-src')).toEqual(["'self'", "'nonce-abc123'"]);
  expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
  expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
});

test('development only: unsafe-eval for scripts (React error stacks), inline styles for the dev overlay', () => {
  const policy = directives(contentSecurityPolicy('abc123', { development: true }));
  expect(policy.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'", "'unsafe-eval'"]);
  expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
});

test('nothing may load from, send to, frame or be framed by another origin, and no form may submit', () => {
  const policy = directives(contentSecurityPolicy('abc123', { development: false }));
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('connect-src')).toEqual(["'self'"]);
  // The service worker (/sw.js) and the manifest: this origin only, nothing else can start a worker.
  expect(policy.get('worker-src')).toEqual(["'self'"]);
  expect(policy.get('manifest-src')).toEqual(["'self'"]);
  expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  for (const directive of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
    expect(policy.get(directive)).toEqual(["'none'"]);
  }
});

test('a nonce is 128 random bits in base64, new every time', () => {
  const nonces = new Set(Array.from({ length: 100 }, createNonce));
  expect(nonces.size).toBe(100);
  for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
});
