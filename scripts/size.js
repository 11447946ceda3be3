#!/usr/bin/env node
// `npm run size`: the JavaScript a phone downloads on first load, per route, against the bare framework baseline
// (bench/baseline: Next + React and nothing of ours, built with the project's own next binary). Next 16 no longer
// prints first-load sizes; it writes .next/diagnostics/route-bundle-stats.json (raw bytes and the chunk list), so
// each chunk is compressed here with gzip -9 (TOOLING §4). Run after `next build`; builds the baseline when it is
// missing or older than its sources. `--check` exits 1 when a route is over its budget (issue 15).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const root = path.join(__dirname, '..');
const baselineDir = path.join(root, 'bench', 'baseline');
const baselineDist = path.join(root, 'node_modules', '.cache', 'bare-baseline');

/** Budgets: first-load JS (gzip -9 bytes) of each route at most this many times the bare framework route's. */
const BUDGETS = { landing: 1.1, step1: 1.35 };

/**
 * Sums gzip -9 sizes of each route's first-load chunks.
 * @param {string} projectDir directory the chunk paths in the stats file are relative to
 * @param {string} statsFile route-bundle-stats.json written by `next build`
 * @returns {Map<string, {gzip: number, raw: number}>} route -> bytes
 */
function routeSizes(projectDir, statsFile) {
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8'));
  const sizes = new Map();
  for (const { route, firstLoadChunkPaths } of stats) {
    let gzip = 0;
    let raw = 0;
    for (const chunk of firstLoadChunkPaths) {
      const bytes = fs.readFileSync(path.join(projectDir, chunk));
      raw += bytes.length;
      gzip += zlib.gzipSync(bytes, { level: 9 }).length;
    }
    sizes.set(route, { gzip, raw });
  }
  return sizes;
}

function newestMtime(file) {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(file).map((entry) => newestMtime(path.join(file, entry))));
}

/** Builds the bare baseline with the project's next binary unless its build is newer than its sources and next. */
function ensureBaseline() {
  const buildId = path.join(baselineDist, 'BUILD_ID');
  const sources = Math.max(newestMtime(baselineDir), fs.statSync(path.join(root, 'node_modules', 'next', 'package.json')).mtimeMs);
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > sources) return;
  console.log('Building the bare framework baseline (bench/baseline) ...');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: baselineDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('The baseline build (bench/baseline) failed.');
}

/** The route that renders questionnaire step 1: `/questionnaire` or, with per-step URLs, its first dynamic route. */
function step1Route(routes) {
  if (routes.includes('/questionnaire')) return '/questionnaire';
  const steps = routes.filter((r) => r.startsWith('/questionnaire/')).sort();
  if (steps.length === 0) throw new Error('No questionnaire route in .next/diagnostics/route-bundle-stats.json');
  return steps[0];
}

/**
 * The size report: our routes' first-load JS against the baseline's `/` (gzip -9 bytes), with the budget rows.
 * @returns {{baseline: number, routes: {route: string, gzip: number, raw: number, ratio: number}[],
 *   budgets: {name: string, route: string, ratio: number, limit: number, ok: boolean}[]}}
 */
function sizeReport() {
  const ours = routeSizes(root, path.join(root, '.next', 'diagnostics', 'route-bundle-stats.json'));
  const bare = routeSizes(baselineDir, path.join(baselineDist, 'diagnostics', 'route-bundle-stats.json'));
  const baseline = bare.get('/').gzip;
  const routes = [...ours].map(([route, s]) => ({ route, ...s, ratio: s.gzip / baseline }));
  const ratioOf = (route) => routes.find((r) => r.route === route).ratio;
  const step1 = step1Route(routes.map((r) => r.route));
  const budgets = [
    { name: 'landing', route: '/', ratio: ratioOf('/'), limit: BUDGETS.landing },
    { name: 'questionnaire step 1', route: step1, ratio: ratioOf(step1), limit: BUDGETS.step1 },
  ].map((b) => ({ ...b, ok: b.ratio <= b.limit }));
  return { baseline, routes, budgets };
}

const kB = (bytes) => (bytes / 1024).toFixed(1).padStart(7) + ' kB';

if (require.main === module) {
  ensureBaseline();
  const report = sizeReport();
  console.log(`First-load JS (gzip -9), against the bare framework route: ${kB(report.baseline)}`);
  for (const r of report.routes) console.log(`  ${r.route.padEnd(28)} ${kB(r.gzip)}  ${r.ratio.toFixed(2)}×`);
  for (const b of report.budgets) {
    console.log(`  budget ${b.name} (${b.route}): ${b.ratio.toFixed(2)}× of at most ${b.limit}× — ${b.ok ? 'ok' : 'OVER'}`);
  }
  fs.writeFileSync(path.join(root, '.next', 'size-report.json'), JSON.stringify(report, null, 2) + '\n');
  if (process.argv.includes('--check') && report.budgets.some((b) => !b.ok)) process.exit(1);
}

module.exports = { BUDGETS, routeSizes, sizeReport, ensureBaseline };
