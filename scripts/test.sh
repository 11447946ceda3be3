#!/usr/bin/env bash
# `npm test`: every check and every test — lint, types, Jest, the production build, Playwright in Debian's Chromium.
# Ends with one plain line "N passed, N failed" (Jest and Playwright together) and exits non-zero on any failure.
set -u
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
rm -f .ci-jest.json .ci-pw.json .ci-count.txt

# Wall time of each phase, printed at the end (seconds).
TIMES=""
phase() { # phase NAME COMMAND...: runs COMMAND, records its wall time, returns its exit status
  local name=$1 start=$SECONDS status
  shift
  "$@"; status=$?
  TIMES="${TIMES}${name} $((SECONDS - start))s; "
  return $status
}
TOTAL_START=$SECONDS

phase lint npx --no-install eslint . ; LINT=$?
# sw/: the service worker, typed against the worker's globals
phase types sh -c 'npx --no-install tsc --noEmit && npx --no-install tsc -p sw' ; TYPES=$?
phase jest npx --no-install jest --ci --json --outputFile=.ci-jest.json ; JEST=$?
# One production build serves every browser test (Playwright starts `next start` on it).
phase build npx --no-install next build ; BUILD=$?
[ "$BUILD" -eq 0 ] && node scripts/size.js  # size report; builds bench/baseline for e2e/size-budget.spec.ts
if [ "$BUILD" -eq 0 ]; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=.ci-pw.json phase playwright npx --no-install playwright test --reporter=list,json ; PW=$?
else
  PW=1
fi
echo "wall time: ${TIMES}total $((SECONDS - TOTAL_START))s"

[ "$LINT" -eq 0 ] || echo "lint failed"
[ "$TYPES" -eq 0 ] || echo "type check failed"
[ "$BUILD" -eq 0 ] || echo "production build failed"
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
exit $(( LINT || TYPES || JEST || BUILD || PW ))
