#!/usr/bin/env bash
# Installs the project's npm packages when they are missing or older than the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # `npm install` rather than `npm ci`: it installs exactly the lock file's versions too, and
  # tolerates lock files that list only this platform's optional native packages.
  echo "Installing npm packages…"
  npm install --no-audit --no-fund
fi
