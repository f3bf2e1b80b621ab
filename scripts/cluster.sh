#!/usr/bin/env bash
# Production-style deployment on one machine: PostgreSQL + Redis, several app instances,
# nginx in front serving one frontend build and proxying events (websockets) to the instances.
#   REFLEX_DB_URL=postgresql+psycopg://... REFLEX_REDIS_URL=redis://... scripts/cluster.sh
# Optional: PORT (public, 8080), INSTANCES (2), FIRST_BACKEND_PORT (8101), GRANIAN_WORKERS,
# MYECOACH_PUBLIC_URL (http://localhost:$PORT), MYECOACH_DEMO (0), RUN_DIR (.cluster).
# A browser with the cookie myecoach_instance=N is sent to instance N while it is up (for
# diagnostics and the fault tests); everyone else goes to the least busy instance.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${REFLEX_DB_URL:?set REFLEX_DB_URL to the PostgreSQL database}"
: "${REFLEX_REDIS_URL:?set REFLEX_REDIS_URL to the Redis server}"
PORT="${PORT:-8080}"
INSTANCES="${INSTANCES:-2}"
FIRST_BACKEND_PORT="${FIRST_BACKEND_PORT:-8101}"
RUN_DIR="$(mkdir -p "${RUN_DIR:-.cluster}" && cd "${RUN_DIR:-.cluster}" && pwd)"
export REFLEX_DB_URL REFLEX_REDIS_URL
export MYECOACH_PUBLIC_URL="${MYECOACH_PUBLIC_URL:-http://localhost:${PORT}}"
export MYECOACH_DEMO="${MYECOACH_DEMO:-0}"
export GRANIAN_WORKERS="${GRANIAN_WORKERS:-2}"
export REFLEX_WEB_WORKDIR=".web-cluster"  # its own build, apart from scripts/run.sh's

scripts/setup.sh
if ! command -v nginx > /dev/null; then
  echo "==> Installing nginx from apt"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx > /dev/null
fi

echo "==> Migrating the database (once, before any instance starts)"
.venv/bin/python -m myecoach.prepare

echo "==> Building the frontend once, for ${MYECOACH_PUBLIC_URL}"
.venv/bin/reflex export --frontend-only --no-zip --env prod --loglevel warning
STATIC="$(pwd)/$REFLEX_WEB_WORKDIR/build/client"

pids=() public_static=""
stop() {
  kill "${pids[@]}" 2> /dev/null || true
  nginx -p "$RUN_DIR" -c nginx.conf -s quit 2> /dev/null || true
  rm -rf "$public_static"
}
trap stop EXIT INT TERM

if [ "$(id -u)" = 0 ]; then
  # nginx started by root serves files from worker processes running as nobody, which cannot
  # enter a private checkout (a home folder or a mktemp -d folder is mode 700). Rather than
  # run them as root or open up the checkout, serve a copy of the build (public files only)
  # from a folder of its own that anyone may read, removed when the cluster stops.
  install -d -m 755 /var/lib/myecoach
  public_static="$(mktemp -d /var/lib/myecoach/static.XXXXXX)"
  cp -R "$STATIC/." "$public_static"
  chmod -R a+rX "$public_static"
  STATIC="$public_static"
fi

# The security headers the app adds to its own answers, read from it, for the files nginx
# serves itself; stop here on a value that nginx.conf would change (a $ or a ").
security_headers="$(.venv/bin/python - << 'PY'
from myecoach import settings
from myecoach.http.security import HEADERS, HSTS

hsts = {"strict-transport-security": HSTS} if settings.public_url_is_https() else {}
for name, value in {**HEADERS, **hsts}.items():
    assert not {"$", '"'} & set(value), f"{name}: {value}"
    print(f'      add_header {name} "{value}" always;')
PY
)"

upstreams="" pinned="" pinned_map=""
for ((i = 0; i < INSTANCES; i++)); do
  port=$((FIRST_BACKEND_PORT + i))
  upstreams+="    server 127.0.0.1:${port};"$'\n'
  pinned+="  upstream instance$((i + 1)) { server 127.0.0.1:${port}; server 127.0.0.1:$((FIRST_BACKEND_PORT + (i + 1) % INSTANCES)) backup; }"$'\n'
  pinned_map+="    $((i + 1)) instance$((i + 1));"$'\n'
  echo "==> Starting instance $((i + 1)) on port ${port}"
  # Reached only through nginx (on loopback), so the one trusted hop is nginx: the app reads the
  # browser's address from the end of X-Forwarded-For, where nginx writes it.
  REFLEX_TRUSTED_PROXY_HOPS=1 .venv/bin/reflex run --env prod --backend-only \
    --backend-host 127.0.0.1 --backend-port "$port" --loglevel warning \
    > "$RUN_DIR/instance-${port}.log" 2>&1 &
  pids+=($!)
  echo "$!" > "$RUN_DIR/instance-${port}.pid"
done

mkdir -p "$RUN_DIR/logs"
cat > "$RUN_DIR/nginx.conf" <<CONF
worker_processes 1;
pid $RUN_DIR/nginx.pid;
error_log $RUN_DIR/logs/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  upstream myecoach { least_conn;
$upstreams  }
$pinned  map \$cookie_myecoach_instance \$backend {
    default myecoach;
$pinned_map  }
  server {
    listen $PORT;
    root $STATIC;
    gzip_static on;
    location ~ ^/(_event|_upload|_health|_all_routes|ping|auth-codespace|calendar/|exports/) {
      proxy_pass http://\$backend;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Real-IP \$remote_addr;
      proxy_read_timeout 1h;
      proxy_next_upstream error timeout;
      add_header X-Myecoach-Instance \$upstream_addr always;
    }
    location /assets/ {  # named by their content's hash: kept by browsers for good
      add_header Cache-Control "public, max-age=31536000, immutable" always;
$security_headers
    }
    location / {
      try_files \$uri \$uri.html \$uri/index.html /__spa-fallback.html;
$security_headers
    }
  }
}
CONF
nginx -p "$RUN_DIR" -c nginx.conf
echo "==> myecoach is served at ${MYECOACH_PUBLIC_URL} by ${INSTANCES} instances"
wait  # until every instance has stopped: one failing leaves the others serving
