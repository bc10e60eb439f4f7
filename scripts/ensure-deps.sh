#!/usr/bin/env bash
# Installs the project's npm packages when they are missing or older than the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then
  # A fresh clone: exactly the lock file's packages, as CI installs them.
  echo "Installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
elif [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # A developer's tree after a pull or a branch switch: bring it up to the lock file in place.
  echo "The lock file changed; updating npm packages…"
  npm install --no-audit --no-fund
fi
