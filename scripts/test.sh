#!/usr/bin/env bash
# Every check the project has, in the order a failure is cheapest to find: the lock file, types,
# lint, data validation, unit tests, production build (proven offline), browser tests.
# Exits non-zero on the first failing step; ends with one summary line of all tests run.
set -euo pipefail
cd "$(dirname "$0")/.."
# Next.js telemetry off for every step: nothing leaves the machine.
export NEXT_TELEMETRY_DISABLED=1

bash scripts/ensure-deps.sh
bash scripts/ensure-system-tools.sh
rm -f artifacts/unit-report.json artifacts/e2e-report.json
mkdir -p artifacts

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Lock file (every platform's packages, npm ci accepts it)"
npx tsx scripts/check-lockfile.ts
npm ci --dry-run --offline --ignore-scripts --no-audit --no-fund >artifacts/npm-ci-dry-run.log 2>&1 || {
  cat artifacts/npm-ci-dry-run.log >&2
  echo "npm ci would refuse this lock file (above)." >&2
  exit 1
}
step "Type check"; npx tsc --noEmit
step "Lint"; npx eslint . --max-warnings=0
step "Data check"; npm run --silent check:data
step "Unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=artifacts/unit-report.json || { node scripts/test-summary.mjs; exit 1; }
step "Production build and server, offline (no network, telemetry off)"; bash scripts/offline-check.sh
step "Browser tests (Playwright, Chromium)"
npx playwright test || { node scripts/test-summary.mjs; exit 1; }
node scripts/test-summary.mjs
