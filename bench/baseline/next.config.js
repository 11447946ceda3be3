// The bare framework baseline (issue 15), built by scripts/size.js with the project's own next binary and
// node_modules: no second install. Turbopack's workspace root is the project (its lockfile), where it would also
// pick up the app's proxy.ts; with only .jsx as page extensions the baseline has no proxy and nothing of the app.
// The build goes under node_modules/.cache, which git, ESLint and tsc already leave alone.
/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  pageExtensions: ['jsx'],
  distDir: '../../node_modules/.cache/bare-baseline',
};
