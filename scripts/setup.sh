#!/usr/bin/env bash
# Install whatever is missing: the venv and Python packages, bun and axe-core from the
# npm registry, and (with --test) Chromium, nginx, khal and vdirsyncer for the tests. Safe to
# run again.
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

if [ "${1:-}" = "--test" ]; then
  missing=""
  command -v chromium > /dev/null || missing+=" chromium"
  command -v nginx > /dev/null || missing+=" nginx"
  command -v khal > /dev/null || missing+=" khal"              # a real calendar client for the
  command -v vdirsyncer > /dev/null || missing+=" vdirsyncer"  # feed tests (else they skip)
  if [ -n "$missing" ] && [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "==> Installing from apt:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing > /dev/null
  elif [[ "$missing" == *chromium* ]]; then
    echo "==> Installing Playwright's Chromium (nginx, khal, vdirsyncer missing: their tests skip)"
    .venv/bin/playwright install chromium
  fi
fi
