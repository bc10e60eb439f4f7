#!/usr/bin/env bash
# Starts the atlas from a fresh clone: installs packages if needed, builds for production when
# the inputs changed since the last build (the build stamp, scripts/build-stamp.ts), serves.
set -euo pipefail
cd "$(dirname "$0")/.."
# Next.js telemetry off: nothing leaves the machine.
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
if ! node_modules/.bin/tsx scripts/build-stamp.ts check; then
  npm run --silent build
fi
echo "Caucasus Security Atlas: http://localhost:${PORT:-3000}"
exec node server/index.mjs --port "${PORT:-3000}"
