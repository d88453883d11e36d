#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the ledger tests and the ledger benchmark.
#
#   eval "$(bash scripts/start-postgres.sh)"   # sets POSTGRES_URL, POSTGRES_PID, POSTGRES_DIR
#   PURSER_TEST_POSTGRES_URL=$POSTGRES_URL swift test --skip-build --filter PurserLedgerTests
#   bash scripts/stop-postgres.sh "$POSTGRES_PID" "$POSTGRES_DIR"
#
# PostgreSQL is Debian's `postgresql` package (the newest /usr/lib/postgresql/*/bin, or
# $POSTGRES_BIN_DIR). A new cluster is created in a new temporary folder (POSTGRES_DIR) with
# trust authentication for the superuser `purser`, listening on 127.0.0.1 at a free port (and on a
# Unix socket in the folder only), with a database `purser_test`. PostgreSQL refuses to run as
# root: as root the cluster is owned by and run as the `postgres` user the package creates. The
# server runs in its own process group, which stop-postgres.sh ends. Progress goes to stderr;
# stdout carries only the KEY=value lines.
set -euo pipefail

bin="${POSTGRES_BIN_DIR:-}"
if [ -z "$bin" ]; then
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/postgres" ]; then
  echo "start-postgres: no PostgreSQL server binaries (apt-get install postgresql, or set POSTGRES_BIN_DIR)" >&2
  exit 1
fi

as_owner=()
dir=$(mktemp -d "${TMPDIR:-/tmp}/purser-postgres.XXXXXX")
if [ "$(id -u)" = 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "start-postgres: running as root and there is no postgres user to run the server as" >&2
    exit 1
  fi
  chown postgres "$dir"
  chmod 700 "$dir"
  as_owner=(runuser -u postgres --)
fi

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
url="postgres://purser@127.0.0.1:$port/purser_test"
started=$(date +%s)

"${as_owner[@]}" "$bin/initdb" --pgdata="$dir/data" --username=purser --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
  >"$dir/initdb.log" 2>&1 || {
  echo "start-postgres: initdb failed; its log ($dir/initdb.log) ends with:" >&2
  tail -n 20 "$dir/initdb.log" >&2
  exit 1
}

# fsync off: a test cluster need not survive a power cut, and the tests must not wait for disks.
# POSTGRES_DURABLE=1 keeps PostgreSQL's durable defaults (for benchmarks).
durability=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)
if [ "${POSTGRES_DURABLE:-}" = 1 ]; then durability=(); fi
# The free port can be taken by another process before PostgreSQL binds it: then it exits at
# once with "Address already in use", and is started again on another port (5 tries).
start_server() {
  setsid "${as_owner[@]}" "$bin/postgres" -D "$dir/data" -h 127.0.0.1 -p "$port" -k "$dir" \
    "${durability[@]}" -c max_connections=200 \
    </dev/null >"$dir/server.log" 2>&1 &
  pid=$!
}
start_server
attempts=1

for _ in $(seq 1 120); do
  if ! kill -0 "$pid" 2>/dev/null; then
    if grep -q "Address already in use" "$dir/server.log" && [ "$attempts" -lt 5 ]; then
      attempts=$((attempts + 1))
      port=$(free_port)
      url="postgres://purser@127.0.0.1:$port/purser_test"
      echo "start-postgres: the port was taken meanwhile; trying $port" >&2
      start_server
      continue
    fi
    echo "start-postgres: PostgreSQL exited; its log ($dir/server.log) ends with:" >&2
    tail -n 30 "$dir/server.log" >&2
    exit 1
  fi
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    if "$bin/createdb" -h 127.0.0.1 -p "$port" -U purser purser_test 2>>"$dir/server.log"; then
      echo "start-postgres: $url ready in $(( $(date +%s) - started )) s (log: $dir/server.log)" >&2
      echo "POSTGRES_URL=$url"
      echo "POSTGRES_PID=$pid"
      echo "POSTGRES_DIR=$dir"
      exit 0
    fi
  fi
  sleep 0.5
done
echo "start-postgres: $url not ready within 60 s; its log ($dir/server.log) ends with:" >&2
tail -n 30 "$dir/server.log" >&2
kill -INT -- -"$pid" 2>/dev/null || true
exit 1
