#!/usr/bin/env bash
# Run myecoach: set up what is missing, migrate, load the demo data, serve on one port.
# Defaults: SQLite file myecoach.db, demo mode on, port 3000. See README for the variables.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export MYECOACH_DEMO="${MYECOACH_DEMO-1}"
PORT="${PORT:-3000}"
.venv/bin/python -m myecoach.prepare
echo "==> Building and starting myecoach; open http://localhost:${PORT} when it says App running"
exec .venv/bin/reflex run --env prod --frontend-port "$PORT" --backend-port "$PORT" \
  --loglevel "${LOGLEVEL:-warning}"
