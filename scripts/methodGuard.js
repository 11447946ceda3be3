// Preloaded into the production server (`node -r ./scripts/methodGuard.js next start`, see scripts/start.js):
// answers every method but GET and HEAD with 405 before Next.js sees the request and before any body is read,
// then closes the connection so the body is never drained. Next's proxy cannot do this for every method: it
// buffers the body for the proxy first, and it fails with a 500 and a stack trace on TRACE (undici refuses
// to build a Request with it). The fixed security headers come from next.config.js, so they match every page.
const http = require('node:http');
const path = require('node:path');

const ALLOWED = new Set(['GET', 'HEAD']);
let securityHeaders = [];
const config = require(path.join(__dirname, '..', 'next.config.js'));
Promise.resolve(config.headers ? config.headers() : [])
  .then((rules) => {
    securityHeaders = (rules.find((rule) => rule.source === '/:path*') ?? { headers: [] }).headers;
  })
  .catch(() => {});

function refuse(req, res) {
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
  res.setHeader('Allow', 'GET, HEAD');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  res.setHeader('Connection', 'close');
  res.setHeader('Content-Length', '0');
  res.writeHead(405);
  res.end(() => req.socket.destroy());
}

const createServer = http.createServer;
http.createServer = function guardedCreateServer(...args) {
  const index = args.findIndex((arg) => typeof arg === 'function');
  if (index !== -1) {
    const handle = args[index];
    args[index] = function guardedRequest(req, res) {
      if (!ALLOWED.has(req.method)) return refuse(req, res);
      return handle.call(this, req, res);
    };
  }
  const server = createServer.apply(this, args);
  // Next may add its handler later with server.on('request', …): guard that way too.
  const on = server.on;
  server.on = server.addListener = function guardedOn(event, listener) {
    if (event !== 'request' || typeof listener !== 'function') return on.call(this, event, listener);
    return on.call(this, event, function guardedRequest(req, res) {
      if (!ALLOWED.has(req.method)) return refuse(req, res);
      return listener.call(this, req, res);
    });
  };
  return server;
};
