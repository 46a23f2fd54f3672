#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster on 127.0.0.1 (DATABASE_URL exported), then stops it.
# Uses DATABASE_URL as is when it is already set; runs the command without one when PostgreSQL is not installed.
set -uo pipefail
if [ -n "${DATABASE_URL:-}" ]; then exec "$@"; fi
initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
if [ -z "$initdb" ] || [ "$(id -u)" -ne 0 ]; then
  echo "with-postgres: no PostgreSQL server available (or not root); postgres tests will be skipped" >&2
  exec "$@"
fi
pgbin=$(dirname "$initdb")
dir=$(mktemp -d)
chown postgres:postgres "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
runuser -u postgres -- "$pgbin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off" start >/dev/null
stop() { runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1; rm -rf "$dir"; }
trap stop EXIT
export DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres"
"$@"
