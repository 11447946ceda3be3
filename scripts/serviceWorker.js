// Builds the service worker after each production compile (next.config.js, compiler.runAfterProductionCompile):
// bundles sw/sw.ts with esbuild and writes <distDir>/sw.js, which app/sw.js/route.ts serves at /sw.js (issue 15).
// Every build gets its own revision (a hash of what it precaches), so a new build is a new worker and the open
// page shows "A new version is ready". Nothing is fetched; nothing personal is listed.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

/** Files under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The app's page paths: every app/**\/page.tsx without a dynamic segment, route groups "(name)" left out.
 * @param {string} appDir the app/ folder
 * @returns {string[]} paths such as "/", "/questionnaire"
 */
function pagePaths(appDir) {
  return filesUnder(appDir)
    .filter((file) => /(^|\/)page\.(tsx|ts|jsx|js)$/.test(file) && !file.includes('['))
    .map((file) => `/${file.split('/').slice(0, -1).filter((part) => !/^\(.*\)$/.test(part)).join('/')}`)
    .sort();
}

/**
 * Loads named exports of one of the app's TypeScript modules at build time, by bundling it with esbuild (the app's
 * `@/` paths resolve through tsconfig.json) and running the bundle here.
 * @param {string} projectDir the project's root
 * @param {string} modulePath such as "@/lib/flow/positions"
 * @param {string[]} names the exports wanted
 * @returns {Promise<Record<string, any>>} the exports by name
 */
async function loadAppModule(projectDir, modulePath, names) {
  const esbuild = require('esbuild');
  const result = await esbuild.build({
    stdin: { contents: `export { ${names.join(', ')} } from '${modulePath}';`, resolveDir: projectDir, loader: 'ts' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const loaded = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(loaded, loaded.exports, require);
  return loaded.exports;
}

/**
 * The questionnaire's own URLs (lib/flow/positions.ts): one catch-all page serves them all, so the page files alone
 * do not name them, and each is a separate navigation offline.
 * @param {string} projectDir the project's root
 * @returns {Promise<string[]>} paths such as "/questionnaire/about-you"
 */
async function flowPaths(projectDir) {
  const { positionPaths } = await loadAppModule(projectDir, '@/lib/flow/positions', ['positionPaths']);
  return positionPaths();
}

/**
 * The same pages in every language of the app (lib/i18n/locales.ts, docs/decisions/0014): "/questionnaire" is also
 * "/es/questionnaire", so a Spanish journey works offline too.
 * @param {string} projectDir the project's root
 * @param {string[]} paths the pages' paths without a language prefix
 * @returns {Promise<string[]>} the paths in every language, English first
 */
async function inEveryLanguage(projectDir, paths) {
  const { LOCALES, localizedPath } = await loadAppModule(projectDir, '@/lib/i18n/locales', ['LOCALES', 'localizedPath']);
  return LOCALES.flatMap((locale) => paths.map((page) => localizedPath(locale, page)));
}

const hashOf = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/**
 * @param {{ projectDir: string, distDir: string }} build where Next wrote this build
 * @returns {Promise<{ revision: string, precache: number, pages: string[] }>} what was written, for the log
 */
async function buildServiceWorker({ projectDir, distDir }) {
  const esbuild = require('esbuild');
  const dist = path.resolve(projectDir, distDir);
  const staticDir = path.join(dist, 'static');
  const assets = filesUnder(staticDir).map((file) => ({
    url: `/_next/static/${file}`,
    revision: hashOf(fs.readFileSync(path.join(staticDir, file))),
  }));
  const publicDir = path.join(projectDir, 'public');
  const publicFiles = filesUnder(publicDir).map((file) => ({ url: `/${file}`, revision: hashOf(fs.readFileSync(path.join(publicDir, file))) }));
  const appDir = path.join(projectDir, 'app');
  const pages = [...new Set(await inEveryLanguage(projectDir, [...pagePaths(appDir), ...(await flowPaths(projectDir))]))].sort();
  // The pages' HTML is rendered per request, so the build's revision (every asset's hash and every app source)
  // stands for it.
  const sources = filesUnder(appDir).map((file) => `${file}:${hashOf(fs.readFileSync(path.join(appDir, file)))}`);
  const revision = hashOf(JSON.stringify([assets, publicFiles, sources]));
  const ownRoutes = ['/questionnaire.json', '/manifest.webmanifest', '/icon.svg'].map((url) => ({ url, revision }));
  const precache = [...assets, ...publicFiles, ...ownRoutes];
  const result = await esbuild.build({
    entryPoints: [path.join(projectDir, 'sw', 'sw.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { __BUILD__: JSON.stringify({ revision, precache, pages }), 'process.env.NODE_ENV': '"production"' },
  });
  fs.writeFileSync(path.join(dist, 'sw.js'), result.outputFiles[0].contents);
  return { revision, precache: precache.length, pages };
}

module.exports = { buildServiceWorker, pagePaths, flowPaths, inEveryLanguage };

if (require.main === module) {
  buildServiceWorker({ projectDir: path.join(__dirname, '..'), distDir: '.next' }).then(
    ({ revision, precache, pages }) => console.log(`sw.js ${revision}: ${precache} precached files, pages ${pages.join(' ')}`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
