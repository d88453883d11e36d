#!/usr/bin/env bash
# Stops an Alertmanager started by start-alertmanager.sh: ends its process group and
# removes its folder.
#   bash scripts/stop-alertmanager.sh "$ALERTMANAGER_PID" "$ALERTMANAGER_DIR"
set -uo pipefail
pid="${1:?usage: stop-alertmanager.sh PID [DIR]}"
dir="${2:-}"

if kill -0 "$pid" 2>/dev/null; then
  # start-alertmanager.sh runs both under setsid, so the pid is the process group's id.
  kill -TERM -- -"$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 20); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  kill -KILL -- -"$pid" 2>/dev/null || true
fi
case "$dir" in
  */purser-alertmanager.*) rm -rf "$dir" ;;
  "") ;;
  *) echo "stop-alertmanager: not removing $dir (not a start-alertmanager.sh folder)" >&2 ;;
esac
