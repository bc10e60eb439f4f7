#!/usr/bin/env bash
# The browser tests need a Chromium, and the GIS interoperability test needs GDAL's ogrinfo.
# Playwright cannot download its own browser everywhere, so we use the system's: CHROMIUM_PATH,
# /usr/bin/chromium, or Playwright's bundled browser if one is installed. When running as root on
# Debian/Ubuntu (CI, a fresh container) the missing ones are installed with apt-get, after saying
# so; ATLAS_NO_APT=1 turns that off (then a missing Chromium is an error, a missing GDAL a skip).
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

if [ "${ATLAS_NO_APT:-}" != 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  packages=("${missing[@]}" fonts-dejavu-core)
  echo "Missing for the browser tests: ${missing[*]}."
  echo "Installing with apt-get (running as root): ${packages[*]} and what they depend on."
  echo "Set ATLAS_NO_APT=1 to skip this and install them yourself."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  echo "Installed: ${packages[*]}."
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
