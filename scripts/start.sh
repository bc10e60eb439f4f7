#!/usr/bin/env bash
# Starts the atlas from a fresh clone: installs packages if needed, builds for production, serves.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run --silent build
echo "Caucasus Security Atlas: http://localhost:${PORT:-3000}"
exec node server/index.mjs --port "${PORT:-3000}"
