#!/usr/bin/env node
// `npm run lighthouse` (issue 15): Lighthouse mobile (simulated throttling) on our production build and on the bare
// framework baseline (bench/baseline), side by side in one run: the start page `/`, the questionnaire's first
// page, and the summary of a loaded vignette; 3 runs of each, interleaved round by round with the bare page, then
// the medians and the ratios to the bare page. Not part of `npm test` (about 5 minutes on 2 cores).
//
// Builds nothing when a build exists (`next build` otherwise; the baseline through scripts/size.js). Servers on
// 127.0.0.1, ports LH_PORT (ours, default 3331) and LH_PORT+1 (bare). Debian's Chromium (CHROME_PATH).
// The summary's answers go in the way the app keeps them when the person ticks "Keep my answers on this device"
// (localStorage, lib/storage/savedAnswers.ts), written from a same-origin page before the measured load, with
// Lighthouse's storage reset turned off for that run only. Answers are never put in a URL.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const PORT = Number(process.env.LH_PORT ?? 3331);
const BARE_PORT = PORT + 1;
const RUNS = Number(process.env.LH_RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The vignette whose summary is measured: read from the repo's own copy (__tests__/vignettes). */
const VIGNETTE = 'low-risk-adult';

function ensureBuilds() {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, env, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  require(path.join(root, 'scripts', 'size.js')).ensureBaseline();
}

function startServer(dir, port, extra = []) {
  const server = spawn(process.execPath, [...extra, nextBin, 'start', dir, '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root, env, stdio: 'ignore',
  });
  return server;
}

async function waitFor(url) {
  for (let i = 0; i < 120; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

function vignetteDocument() {
  const dir = path.join(root, '__tests__', 'vignettes');
  const file = fs.readdirSync(dir).find((f) => f.includes(VIGNETTE) && f.endsWith('.json'));
  if (!file) throw new Error(`No vignette ${VIGNETTE} in ${dir}`);
  const vignette = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  return vignette.input ?? vignette;
}

/** One Lighthouse run in a fresh browser; `prepare` runs in that browser first (the summary's saved answers). */
async function measure(url, prepare) {
  const browser = await puppeteer.launch({ executablePath: CHROME, args: CHROME_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    if (prepare) await prepare(page);
    const flags = { output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'],
      formFactor: 'mobile', disableStorageReset: Boolean(prepare) };
    const result = await lighthouse(url, flags, undefined, page);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
    return {
      performance: score('performance'),
      tbt: lhr.audits['total-blocking-time'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      finalUrl: lhr.finalDisplayedUrl,
    };
  } finally {
    await browser.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  ensureBuilds();
  const ours = startServer('.', PORT, ['-r', path.join(root, 'scripts', 'methodGuard.js')]);
  const bare = startServer('bench/baseline', BARE_PORT);
  const stop = () => {
    ours.kill();
    bare.kill();
  };
  process.on('exit', stop);
  try {
    const origin = `http://127.0.0.1:${PORT}`;
    await Promise.all([waitFor(`${origin}/`), waitFor(`http://127.0.0.1:${BARE_PORT}/`)]);
    const document = vignetteDocument();
    const savedSummary = async (page) => {
      // A same-origin page without the app's scripts, so nothing of the app runs before the measured load.
      await page.goto(`${origin}/questionnaire.json`);
      await page.evaluate((text) => window.localStorage.setItem('jak-screener:saved-answers', text),
        JSON.stringify({ schemaVersion: 1, savedAt: new Date().toISOString(), position: 'summary', document }));
    };
    const pages = [
      { name: 'bare framework page', url: `http://127.0.0.1:${BARE_PORT}/` },
      { name: 'start page /', url: `${origin}/` },
      { name: 'questionnaire (first page)', url: `${origin}/questionnaire` },
      { name: `summary (${VIGNETTE})`, url: `${origin}/summary`, prepare: savedSummary },
    ];
    const results = new Map(pages.map((p) => [p.name, []]));
    for (let run = 1; run <= RUNS; run++) {
      for (const p of pages) {
        const r = await measure(p.url, p.prepare);
        results.get(p.name).push(r);
        console.error(`run ${run} ${p.name}: performance ${r.performance}, TBT ${Math.round(r.tbt)} ms, LCP ${(r.lcp / 1000).toFixed(2)} s`);
      }
    }
    const rows = pages.map((p) => {
      const list = results.get(p.name);
      const pick = (key) => median(list.map((r) => r[key]));
      return { name: p.name, performance: pick('performance'), tbt: pick('tbt'), lcp: pick('lcp'), cls: pick('cls'),
        accessibility: pick('accessibility'), bestPractices: pick('bestPractices') };
    });
    const bareRow = rows[0];
    console.log(`\nLighthouse ${require('lighthouse/package.json').version}, mobile, medians of ${RUNS} interleaved runs`);
    console.log('| page | performance | TBT | LCP | CLS | accessibility | best practices | perf − bare | TBT ÷ bare | LCP ÷ bare |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      console.log(`| ${r.name} | ${r.performance} | ${Math.round(r.tbt)} ms | ${(r.lcp / 1000).toFixed(2)} s | ${r.cls.toFixed(3)} | ` +
        `${r.accessibility} | ${r.bestPractices} | ${r.performance - bareRow.performance} | ` +
        `${(r.tbt / Math.max(bareRow.tbt, 1)).toFixed(2)}× | ${(r.lcp / bareRow.lcp).toFixed(2)}× |`);
    }
    fs.mkdirSync(path.join(root, 'lighthouse'), { recursive: true });
    fs.writeFileSync(path.join(root, 'lighthouse', 'summary.json'), JSON.stringify({ runs: Object.fromEntries(results), medians: rows }, null, 2));
  } finally {
    stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
