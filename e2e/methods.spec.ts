/**
 * Every route answers only GET and HEAD (issue 10, item 12): POST, PUT, PATCH, DELETE, OPTIONS and TRACE get 405
 * with the security headers, before any body is read, and nothing (no stack trace) is written to the server log.
 * The spec starts its own production server, as `npm start` does (with scripts/methodGuard.js), to read its log.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { APP_PAGES, MISSING_PAGE } from './appPages';

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1000;
const ROUTES = [...APP_PAGES, MISSING_PAGE, '/questionnaire.json', '/icon.svg'];
const METHODS = ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'];

let server: ChildProcess;
let log = '';

test.beforeAll(async () => {
  server = spawn(process.execPath, ['-r', './scripts/methodGuard.js', 'node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(PORT)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  await expect.poll(() => log, { timeout: 30_000 }).toContain('Ready');
});

test.afterAll(() => {
  server.kill();
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Bytes of the request body written before the reply came. */
  sent: number;
}

/** A request whose body is written in 64 KB pieces only while no reply has come: a server that reads the body first never replies early. */
function send(method: string, path: string, bodyBytes = 0): Promise<Reply> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let replied = false;
    const request = http.request({ host: '127.0.0.1', port: PORT, method, path, headers: bodyBytes ? { 'Content-Length': String(bodyBytes) } : {} }, (response) => {
      replied = true;
      response.resume();
      resolve({ status: response.statusCode ?? 0, headers: response.headers, sent });
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (replied) return;
      // The server closed the connection while the body was still coming: refused without reading it.
      if (bodyBytes && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) resolve({ status: -1, headers: {}, sent });
      else reject(error);
    });
    const piece = Buffer.alloc(64 * 1024);
    const writeMore = () => {
      if (replied || sent >= bodyBytes) return request.end();
      sent += piece.length;
      if (request.write(piece)) setTimeout(writeMore, 1);
      else request.once('drain', writeMore);
    };
    if (bodyBytes) setTimeout(writeMore, 0);
    else request.end();
  });
}

for (const method of METHODS) {
  test(`${method} to every route answers 405 with the security headers`, async () => {
    for (const route of ROUTES) {
      const reply = await send(method, route);
      expect(reply.status, `${method} ${route}`).toBe(405);
      expect(reply.headers.allow).toBe('GET, HEAD');
      expect(reply.headers['x-frame-options']).toBe('DENY');
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
  });
}

test('a 10 MB POST body is not read: the 405 comes before the body is sent', async () => {
  const reply = await send('POST', '/', 10_000_000);
  // A 405, or the connection closed under the body (the 405 may then be lost in the reset): either way refused early.
  expect([405, -1]).toContain(reply.status);
  expect(reply.sent).toBeLessThan(10_000_000);
});

test('GET and HEAD still work, and the server log holds no stack trace', async () => {
  expect((await send('GET', '/')).status).toBe(200);
  expect((await send('HEAD', '/about')).status).toBe(200);
  expect(log).not.toMatch(/\n\s+at |Error/);
});
