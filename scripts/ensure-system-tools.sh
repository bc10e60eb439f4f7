#!/usr/bin/env bash
# The browser tests need a Chromium, and the GIS interoperability test needs GDAL's ogrinfo.
# Playwright cannot download its own browser everywhere, so we use the system's: CHROMIUM_PATH,
# /usr/bin/chromium, or Playwright's bundled browser if one is installed. When running as root on
# Debian/Ubuntu (CI, a fresh container) the missing ones are installed with apt-get.
set -euo pipefail

have_chromium() {
  [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] && return 0
  [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ] && return 0
  ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1
}

missing=()
have_chromium || missing+=(chromium)
command -v ogrinfo >/dev/null 2>&1 || missing+=(gdal-bin)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} with apt-get…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
  exit 0
fi

for m in "${missing[@]}"; do
  case "$m" in
    chromium)
      echo "No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
      exit 1 ;;
    gdal-bin)
      echo "Note: GDAL's ogrinfo is not installed; the GIS interoperability test will be skipped (sudo apt-get install gdal-bin)." >&2 ;;
  esac
done
