#!/usr/bin/env bash
# Starts a throwaway Prometheus scraping simulated canary pods, for the canary judge's tests.
#
#   eval "$(bash scripts/start-prometheus.sh)"   # sets PROMETHEUS_URL, PROMETHEUS_PID, PROMETHEUS_DIR
#   PURSER_TEST_PROMETHEUS_URL=$PROMETHEUS_URL swift test --skip-build --filter PrometheusCanaryTests
#   bash scripts/stop-prometheus.sh "$PROMETHEUS_PID" "$PROMETHEUS_DIR"
#
# Prometheus is Debian's `prometheus` package (the `prometheus` binary on PATH, or $PROMETHEUS_BIN).
# It scrapes scripts/canary-exporter.py (pods base1, same1, good1 and bad1 of service canary-demo)
# every second, keeps its TSDB in a new temporary folder (PROMETHEUS_DIR) and listens on 127.0.0.1
# at a free port. Both run in one process group, which stop-prometheus.sh ends. The script returns
# once rate() over the exporter's series has data. Progress goes to stderr; stdout carries only
# the KEY=value lines.
set -euo pipefail
cd "$(dirname "$0")/.."

bin="${PROMETHEUS_BIN:-$(command -v prometheus || true)}"
if [ -z "$bin" ]; then
  echo "start-prometheus: no prometheus binary (apt-get install prometheus, or set PROMETHEUS_BIN)" >&2
  exit 1
fi

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
exporter_port=$(free_port)
dir=$(mktemp -d "${TMPDIR:-/tmp}/purser-prometheus.XXXXXX")
url="http://127.0.0.1:$port"
cat >"$dir/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: canary-demo
    static_configs:
      - targets: ["127.0.0.1:$exporter_port"]
YAML

started=$(date +%s)
# One process group: the exporter in the background, Prometheus in the group leader's place.
setsid bash -c '
  python3 "$1" --port "$2" &
  exec "$3" --config.file="$4/prometheus.yml" --storage.tsdb.path="$4/data" \
    --web.listen-address="127.0.0.1:$5" --storage.tsdb.retention.time=1d
' start-prometheus "$PWD/scripts/canary-exporter.py" "$exporter_port" "$bin" "$dir" "$port" \
  </dev/null >"$dir/server.log" 2>&1 &
pid=$!

# Ready when the exporter's counters have two scrapes: rate() over them has a value.
for _ in $(seq 1 240); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "start-prometheus: Prometheus exited; its log ($dir/server.log) ends with:" >&2
    tail -n 30 "$dir/server.log" >&2
    exit 1
  fi
  if python3 - "$url" <<'PY' 2>/dev/null
import json, sys, urllib.parse, urllib.request
query = urllib.parse.urlencode({"query": 'sum(rate(rest_server_requests_total{service="canary-demo"}[5s]))'})
answer = json.load(urllib.request.urlopen(f"{sys.argv[1]}/api/v1/query?{query}", timeout=2))
sys.exit(0 if answer["status"] == "success" and answer["data"]["result"] else 1)
PY
  then
    echo "start-prometheus: $url ready in $(( $(date +%s) - started )) s (log: $dir/server.log)" >&2
    echo "PROMETHEUS_URL=$url"
    echo "PROMETHEUS_PID=$pid"
    echo "PROMETHEUS_DIR=$dir"
    exit 0
  fi
  sleep 0.5
done
echo "start-prometheus: $url had no exporter data within 120 s; its log ($dir/server.log) ends with:" >&2
tail -n 30 "$dir/server.log" >&2
kill -- -"$pid" 2>/dev/null || true
exit 1
