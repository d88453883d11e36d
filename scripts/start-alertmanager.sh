#!/usr/bin/env bash
# Starts a throwaway Prometheus Alertmanager, for the cost alerts' receiver tests.
#
#   eval "$(bash scripts/start-alertmanager.sh)"   # sets ALERTMANAGER_URL, ALERTMANAGER_PID, ALERTMANAGER_DIR
#   PURSER_TEST_ALERTMANAGER_URL=$ALERTMANAGER_URL swift test --skip-build --filter AlertmanagerReceiverTests
#   bash scripts/stop-alertmanager.sh "$ALERTMANAGER_PID" "$ALERTMANAGER_DIR"
#
# Alertmanager is Debian's `prometheus-alertmanager` package (the `prometheus-alertmanager` binary
# on PATH, or $ALERTMANAGER_BIN). It keeps its state in a new temporary folder (ALERTMANAGER_DIR),
# listens on 127.0.0.1 at a free port, runs without clustering, and routes every alert to a
# receiver that notifies nobody. The script returns once `GET /api/v2/status` answers. Progress
# goes to stderr; stdout carries only the KEY=value lines.
set -euo pipefail
cd "$(dirname "$0")/.."

bin="${ALERTMANAGER_BIN:-$(command -v prometheus-alertmanager || command -v alertmanager || true)}"
if [ -z "$bin" ]; then
  echo "start-alertmanager: no prometheus-alertmanager binary (apt-get install prometheus-alertmanager, or set ALERTMANAGER_BIN)" >&2
  exit 1
fi

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
dir=$(mktemp -d "${TMPDIR:-/tmp}/purser-alertmanager.XXXXXX")
url="http://127.0.0.1:$port"
cat >"$dir/alertmanager.yml" <<YAML
route:
  receiver: nobody
  group_wait: 1s
receivers:
  - name: nobody
YAML

started=$(date +%s)
setsid "$bin" --config.file="$dir/alertmanager.yml" --storage.path="$dir/data" \
  --web.listen-address="127.0.0.1:$port" --cluster.listen-address= \
  </dev/null >"$dir/server.log" 2>&1 &
pid=$!

for _ in $(seq 1 240); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "start-alertmanager: Alertmanager exited; its log ($dir/server.log) ends with:" >&2
    tail -n 30 "$dir/server.log" >&2
    exit 1
  fi
  if python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1] + "/api/v2/status", timeout=2)' "$url" 2>/dev/null; then
    echo "start-alertmanager: $url ready in $(( $(date +%s) - started )) s (log: $dir/server.log)" >&2
    echo "ALERTMANAGER_URL=$url"
    echo "ALERTMANAGER_PID=$pid"
    echo "ALERTMANAGER_DIR=$dir"
    exit 0
  fi
  sleep 0.5
done
echo "start-alertmanager: $url did not answer within 120 s; its log ($dir/server.log) ends with:" >&2
tail -n 30 "$dir/server.log" >&2
kill -- -"$pid" 2>/dev/null || true
exit 1
