#!/usr/bin/env bash
# install-browser.sh — makes sure Debian's chromium is installed for the e2e tests (tests/e2e/); idempotent.
# playwright-core drives it through executablePath /usr/bin/chromium (no browser download: none is possible).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null || true
$SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
