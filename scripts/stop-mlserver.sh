#!/usr/bin/env bash
# Stops the MLServer and Prometheus started by start-mlserver.sh: ends its process group and
# removes its folder.
#   bash scripts/stop-mlserver.sh "$MLSERVER_PID" "$MLSERVER_DIR"
set -uo pipefail
pid="${1:?usage: stop-mlserver.sh PID [DIR]}"
dir="${2:-}"

if kill -0 "$pid" 2>/dev/null; then
  # start-mlserver.sh runs both under setsid, so the pid is the process group's id.
  kill -TERM -- -"$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 20); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  kill -KILL -- -"$pid" 2>/dev/null || true
fi
case "$dir" in
  */purser-mlserver.*) rm -rf "$dir" ;;
  "") ;;
  *) echo "stop-mlserver: not removing $dir (not a start-mlserver.sh folder)" >&2 ;;
esac
