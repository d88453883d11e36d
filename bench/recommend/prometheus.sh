#!/usr/bin/env bash
# End to end through a real Prometheus: backfills the example fleet's utilization export
# (examples/fleet/utilization/export.csv) into a new TSDB with promtool, serves it with Debian's
# `prometheus`, and runs `purser recommend` against it (recommendations.prometheus) beside the same
# command on the file. Prints both summaries and fails when the two do not recommend the same
# kinds for the same components. The export has 30-minute samples, so the check reads with a
# one-hour step and a one-hour lookback.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build --product purser
PURSER=.build/debug/purser
work=$(mktemp -d "${TMPDIR:-/tmp}/purser-recommend-prom.XXXXXX")
pid=""
cleanup() { [ -n "$pid" ] && kill -- "-$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
python3 bench/recommend/to_openmetrics.py examples/fleet/utilization/export.csv "$work/export.om"
promtool tsdb create-blocks-from openmetrics "$work/export.om" "$work/data" >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
printf 'global:\n  scrape_interval: 1m\nscrape_configs: []\n' >"$work/prometheus.yml"
setsid prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
  --storage.tsdb.retention.time=3650d --query.lookback-delta=1h --web.listen-address="127.0.0.1:$port" \
  </dev/null >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/-/ready" >/dev/null && break
  sleep 0.5
done
cp -r examples/fleet "$work/fleet"
python3 - "$work/fleet/purser.yaml" "http://127.0.0.1:$port" <<'PY'
import re, sys
path, url = sys.argv[1], sys.argv[2]
text = open(path).read()
text = text.replace("  file: utilization/export.csv\n", f"  prometheus: {url}\n").replace("  step: 1m\n", "  step: 1h\n")
# The export ends on 2026-11-28; read back far enough to hold it.
text = text.replace("  window: 30d\n", "  window: 400d\n")
open(path, "w").write(text)
PY
$PURSER recommend "$work/fleet" --json >"$work/prometheus.json"
$PURSER recommend examples/fleet --json >"$work/file.json"
python3 - "$work/file.json" "$work/prometheus.json" <<'PY'
import json, sys
def kinds(path):
    report = json.load(open(path))
    return report, sorted((r["component"], r["kind"]) for r in report["recommendations"])
file_report, from_file = kinds(sys.argv[1])
prom_report, from_prometheus = kinds(sys.argv[2])
for name, report in (("file", file_report), ("prometheus", prom_report)):
    print(f"{name}: {report['source']}: {len(report['recommendations'])} recommendations, {report['totalMonthlySaving']}/month")
    for r in report["recommendations"]:
        print(f"  {r['component']:32} {r['kind']:14} {r['summary']}")
if from_file != from_prometheus:
    print("different recommendations:", sorted(set(from_file) ^ set(from_prometheus)))
    sys.exit(1)
print("same recommendations (component, kind) from the file and from Prometheus")
PY
