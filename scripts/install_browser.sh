#!/usr/bin/env bash
# Install Debian's headless browser for the web UI tests (tests/test_web.py): chromium and its
# driver from the system package manager. Does nothing when both are already installed.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  command -v sudo >/dev/null || { echo "install_browser: not root and no sudo; tests/test_web.py will be skipped" >&2; exit 0; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || true
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-noto-cjk \
  || echo "install_browser: apt-get could not install chromium; tests/test_web.py will be skipped" >&2
