#!/usr/bin/env bash
# The production profile: gunicorn with several workers, PostgreSQL, static files by WhiteNoise.
#   DATABASE_URL, SECRET_KEY and ALLOWED_HOSTS come from the environment or .env.
#   Without DATABASE_URL, a local PostgreSQL server is started in .prod-db/ (kept between runs),
#   which is what a single-machine installation or a load test on this machine needs.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
BIND=${BIND:-127.0.0.1:8000}
WORKERS=${WEB_WORKERS:-4}

if [[ -z "${DATABASE_URL:-}" ]] && ! grep -qs '^DATABASE_URL=' .env; then
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -n "$bin" ]] || { echo "PostgreSQL is not installed and DATABASE_URL is not set." >&2; exit 1; }
  dir=$PWD/.prod-db
  as_owner() { if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  if [[ ! -d "$dir/data" ]]; then
    mkdir -p "$dir/data" "$dir/socket"
    [[ "$(id -u)" -eq 0 ]] && chown -R postgres:postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U obb -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  port=${PROD_DB_PORT:-55432}
  if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U obb obb 2>/dev/null || true
  fi
  export DATABASE_URL="postgres://obb@127.0.0.1:$port/obb"
  echo "PostgreSQL: $DATABASE_URL (data in .prod-db/)"
fi

export DEBUG=false
export CONN_MAX_AGE=${CONN_MAX_AGE:-60}
$PY manage.py migrate --noinput
$PY manage.py collectstatic --noinput -v0
$PY manage.py check --deploy --fail-level ERROR
echo "Serving on http://$BIND with $WORKERS workers"
exec .venv/bin/gunicorn obb.wsgi:application --bind "$BIND" --workers "$WORKERS" \
  --access-logfile - --timeout 60 --graceful-timeout 30
