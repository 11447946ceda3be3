#!/usr/bin/env bash
# `npm test`: every check and every test — lint, types, Jest, the production build, Playwright in Debian's Chromium.
# Ends with one plain line "N passed, N failed" (Jest and Playwright together) and exits non-zero on any failure.
set -u
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
rm -f .ci-jest.json .ci-pw.json .ci-count.txt

npx --no-install eslint . ; LINT=$?
npx --no-install tsc --noEmit && npx --no-install tsc -p sw ; TYPES=$?  # sw/: the service worker, typed against the worker's globals
npx --no-install jest --ci --json --outputFile=.ci-jest.json ; JEST=$?
npx --no-install next build ; BUILD=$?
[ "$BUILD" -eq 0 ] && node scripts/size.js  # size report; builds bench/baseline for e2e/size-budget.spec.ts
if [ "$BUILD" -eq 0 ]; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=.ci-pw.json npx --no-install playwright test --reporter=list,json ; PW=$?
else
  PW=1
fi

node -e '
  const fs = require("fs");
  const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
  const j = read(".ci-jest.json"), p = read(".ci-pw.json");
  const passed = (j ? j.numPassedTests : 0) + (p ? p.stats.expected : 0);
  const failed = (j ? j.numFailedTests : 0) + (p ? p.stats.unexpected + p.stats.flaky : 0);
  const line = `${passed} passed, ${failed} failed`;
  fs.writeFileSync(".ci-count.txt", line + "\n");
  console.log(line);
'
[ "$LINT" -eq 0 ] || echo "lint failed"
[ "$TYPES" -eq 0 ] || echo "type check failed"
[ "$BUILD" -eq 0 ] || echo "production build failed"
exit $(( LINT || TYPES || JEST || BUILD || PW ))
