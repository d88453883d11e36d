#!/usr/bin/env bash
# Stops a server started by start-mlflow.sh: ends its process group and removes its folder.
#   bash scripts/stop-mlflow.sh "$MLFLOW_PID" "$MLFLOW_DIR"
set -uo pipefail
pid="${1:?usage: stop-mlflow.sh PID [DIR]}"
dir="${2:-}"

if kill -0 "$pid" 2>/dev/null; then
  # start-mlflow.sh runs the server under setsid, so its pid is its process group's id.
  kill -TERM -- -"$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 20); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  kill -KILL -- -"$pid" 2>/dev/null || true
fi
case "$dir" in
  */purser-mlflow.*) rm -rf "$dir" ;;
  "") ;;
  *) echo "stop-mlflow: not removing $dir (not a start-mlflow.sh folder)" >&2 ;;
esac
