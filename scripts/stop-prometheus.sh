#!/usr/bin/env bash
# Stops a Prometheus started by start-prometheus.sh (and its exporter): ends its process group and
# removes its folder.
#   bash scripts/stop-prometheus.sh "$PROMETHEUS_PID" "$PROMETHEUS_DIR"
set -uo pipefail
pid="${1:?usage: stop-prometheus.sh PID [DIR]}"
dir="${2:-}"

if kill -0 "$pid" 2>/dev/null; then
  # start-prometheus.sh runs both under setsid, so the pid is the process group's id.
  kill -TERM -- -"$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 20); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  kill -KILL -- -"$pid" 2>/dev/null || true
fi
case "$dir" in
  */purser-prometheus.*) rm -rf "$dir" ;;
  "") ;;
  *) echo "stop-prometheus: not removing $dir (not a start-prometheus.sh folder)" >&2 ;;
esac
