#!/usr/bin/env bash
# Starts the atlas from a fresh clone: installs packages if needed, builds for production, serves.
set -euo pipefail
cd "$(dirname "$0")/.."
# Next.js telemetry off: nothing leaves the machine.
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-deps.sh
npm run --silent build
echo "Caucasus Security Atlas: http://localhost:${PORT:-3000}"
exec npx next start -p "${PORT:-3000}"
