#!/usr/bin/env node
// `npm run serve-bench -- <origin> [path ...]` (issue 15, docs/decisions/0013): time to first byte and requests per
// second of pages of a running production server (`next start`) on this machine. Not a test: it prints figures.
// TTFB: median of 40 sequential GETs (time until the status line and headers arrive). Throughput: autocannon,
// 10 connections for 10 s. Point it at localhost only: it sends a few thousand requests.
import http from 'node:http';
import autocannon from 'autocannon';

const [origin = 'http://127.0.0.1:3000', ...given] = process.argv.slice(2);
const paths = given.length > 0 ? given : ['/', '/about'];
const SEQUENTIAL = 40;

/** Milliseconds from sending a GET to its response headers; the body is drained and discarded. */
function firstByte(url) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    http
      .get(url, { agent: false }, (response) => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        response.resume();
        response.on('end', () => resolve(ms));
      })
      .on('error', reject);
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const path of paths) {
  const url = new URL(path, origin).href;
  const times = [];
  for (let i = 0; i < SEQUENTIAL; i++) times.push(await firstByte(url));
  const result = await autocannon({ url, connections: 10, duration: 10 });
  console.log(
    `${path}: TTFB median ${median(times).toFixed(1)} ms; ${result.requests.average.toFixed(0)} req/s ` +
      `(latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} not 2xx, ${result.errors} errors)`,
  );
}
