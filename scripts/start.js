#!/usr/bin/env node
// `npm start`: build the production app when there is no build or the sources changed since it, then serve it
// on http://localhost:3000 (or the port in PORT). Nothing is fetched from the network; telemetry is off.
const { spawnSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const port = process.env.PORT || '3000';

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsStale() {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = ['app', 'components', 'lib', 'rules', 'public', 'sw'].map((d) => path.join(root, d)).filter(fs.existsSync);
  // proxy.ts sets every response's Content-Security-Policy; the service worker is built from sw/ and scripts/.
  const configs = ['next.config.js', 'package.json', 'proxy.ts', 'scripts/serviceWorker.js']
    .map((f) => path.join(root, f))
    .filter(fs.existsSync)
    .map((f) => fs.statSync(f).mtimeMs);
  return Math.max(...configs, ...sources.map(newestSourceTime)) > built;
}

if (buildIsStale()) {
  console.log('Building the app (first start, or the sources changed)…');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`Serving on http://localhost:${port}`);
const server = spawn(process.execPath, ['-r', path.join(__dirname, 'methodGuard.js'), nextBin, 'start', '-H', 'localhost', '-p', port], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
