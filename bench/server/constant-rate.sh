#!/usr/bin/env bash
# The admission webhook at constant request rates (open loop): bench-load sends the AdmissionReview
# at each rate for DURATION seconds and records each latency from the moment the request was due
# (HdrHistogram), so queueing shows as latency instead of lowering the rate (coordinated omission).
#
#   bench/server/constant-rate.sh                      # builds purser and bench-load in release mode
#   RATES="1000 5000 10000" DURATION=20 CONNECTIONS=64 PORT=18081 bench/server/constant-rate.sh
#
# Prints a Markdown table: target and achieved rate, p50 / p99 / p99.9 / max, errors; then the
# decision count from /metrics and the audit chain check (every decision is an audit event).
set -euo pipefail
cd "$(dirname "$0")/../.."

RATES=${RATES:-"1000 5000 10000"}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-3}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-18081}
BODY=${BODY:-bench/server/admission-review.json}

if [[ -z "${PURSER:-}" || -z "${BENCH_LOAD:-}" ]]; then
  swift build -c release --product purser >&2
  swift build -c release --product bench-load >&2
  bin="$(swift build -c release --show-bin-path)"
  PURSER=${PURSER:-$bin/purser}
  BENCH_LOAD=${BENCH_LOAD:-$bin/bench-load}
fi

source bench/server/serve.sh

echo "constant-rate POST /admission/validate ($(wc -c <"$BODY") byte AdmissionReview), ${DURATION} s per rate after ${WARMUP} s warm-up, ${CONNECTIONS} connections"
echo
# BAD_EVERY=10: every tenth request is one of bench/server/bad/*.json (malformed, truncated, too
# deeply nested, wrong apiVersion, no uid), each of which must get 400; the latencies above are
# then the good requests' alone, and the bad ones are reported in their own column.
bad_args=()
if [[ "${BAD_EVERY:-0}" -gt 0 ]]; then
  bad=$(ls bench/server/bad/*.json | sed 's/$/:400/' | paste -sd, -)
  bad_args=(--bad "$bad" --bad-every "$BAD_EVERY")
  echo "mixed traffic: every ${BAD_EVERY}th request is bad ($(ls bench/server/bad/*.json | wc -l) kinds, each must get 400)"
fi
echo "| target req/s | achieved | p50 | p99 | p99.9 | max | errors | generator lateness p99 | bad requests answered 400 (p99) |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for rate in $RATES; do
  result=$("$BENCH_LOAD" --url "http://127.0.0.1:$PORT/admission/validate" --body "$BODY" --rate "$rate" \
    --duration "$DURATION" --warmup "$WARMUP" --connections "$CONNECTIONS" "${bad_args[@]}" --json || true)
  python3 - "$result" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
l = r["latencyMilliseconds"]
b = r.get("badRequests")
bad = f"{b['count']:,} ({b['p99']:.3f} ms)" if b else "—"
print(f"| {r['targetRate']:,} | {r['achievedRate']:,.0f} | {l['p50']:.3f} ms | {l['p99']:.3f} ms | {l['p99.9']:.3f} ms | {l['p100']:.1f} ms | {r['errors']}{' (' + r['firstError'] + ')' if r.get('firstError') else ''} | {r['sendLagMilliseconds']['p99']:.3f} ms | {bad} |")
PY
done
echo
decisions=$(curl -fs "http://127.0.0.1:$PORT/metrics" | awk '/^purser_admission_decisions_total/ {s += $2} END {print s}')
echo "decisions counted by /metrics: ${decisions}"
sleep 0.5
curl -fs "http://127.0.0.1:$PORT/api/v1/audit/verify"; echo
