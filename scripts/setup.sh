#!/usr/bin/env bash
# Install whatever is missing: the venv and Python packages, bun and axe-core from the
# npm registry, and (with --browser) Chromium. Safe to run again: it skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  echo "==> Creating .venv"
  python3 -m venv .venv
fi
if ! cmp -s requirements.txt .venv/.installed-requirements; then
  echo "==> Installing Python packages"
  .venv/bin/pip install --quiet --disable-pip-version-check -r requirements.txt
  cp requirements.txt .venv/.installed-requirements
fi
if ! cmp -s tools/package.json tools/node_modules/.installed-package.json; then
  echo "==> Installing bun and axe-core from the npm registry"
  npm install --prefix tools --no-audit --no-fund --silent
  cp tools/package.json tools/node_modules/.installed-package.json
fi

if [ "${1:-}" = "--browser" ] && [ -z "$(command -v chromium || true)" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "==> Installing Chromium from apt"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
  else
    echo "==> Installing Playwright's Chromium"
    .venv/bin/playwright install chromium
  fi
fi
