#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback for the test suite and prints the
# DATABASE_URL for it; `scripts/postgres.sh stop DIR` stops it and removes its data.
#   scripts/postgres.sh start   -> prints "DATABASE_URL=... PGTEST_DIR=..." or exits 3 when
#                                   PostgreSQL is not installed
set -euo pipefail

command=${1:-start}

run_as_owner() {
  if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [[ "$command" == "stop" ]]; then
  dir=$2
  bin=$(cat "$dir/bin")
  run_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
  exit 3
fi

dir=$(mktemp -d /tmp/obb-pg.XXXXXX)
echo "$bin" > "$dir/bin"
mkdir -p "$dir/data" "$dir/socket"
if [[ "$(id -u)" -eq 0 ]]; then chown -R postgres:postgres "$dir"; chmod 755 "$dir"; fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
run_as_owner "$bin/initdb" -D "$dir/data" -A trust -U obb -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1
# Durability settings are off: this server holds test data only and is deleted afterwards.
run_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" \
  start >/dev/null
run_as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U obb obb
echo "DATABASE_URL=postgres://obb@127.0.0.1:$port/obb PGTEST_DIR=$dir"
