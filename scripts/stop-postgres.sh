#!/usr/bin/env bash
# Stops a PostgreSQL started by start-postgres.sh: a fast shutdown of its process group, then
# removes its folder.
#   bash scripts/stop-postgres.sh "$POSTGRES_PID" "$POSTGRES_DIR"
set -uo pipefail
pid="${1:?usage: stop-postgres.sh PID [DIR]}"
dir="${2:-}"

if kill -0 "$pid" 2>/dev/null; then
  # start-postgres.sh runs the server under setsid, so the pid is the process group's id.
  # SIGINT is PostgreSQL's fast shutdown: open sessions are ended, not waited for.
  kill -INT -- -"$pid" 2>/dev/null || kill -INT "$pid" 2>/dev/null
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  kill -KILL -- -"$pid" 2>/dev/null || true
fi
case "$dir" in
  */purser-postgres.*) rm -rf "$dir" ;;
  "") ;;
  *) echo "stop-postgres: not removing $dir (not a start-postgres.sh folder)" >&2 ;;
esac
