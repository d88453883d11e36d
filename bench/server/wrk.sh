#!/usr/bin/env bash
# Load-tests the admission webhook with wrk: 2 threads, 32 connections, 20 s on loopback,
# posting a realistic AdmissionReview (a Rollout with GPU limits; the example policies deny it).
#
#   bench/server/wrk.sh              # builds purser in release mode first
#   PURSER=path/to/purser bench/server/wrk.sh
#   THREADS=2 CONNECTIONS=32 DURATION=20s PORT=18080 bench/server/wrk.sh
#
# Needs wrk (Debian: apt-get install -y wrk) and curl. Prints throughput, p50/p99 and errors.
set -euo pipefail
cd "$(dirname "$0")/../.."

THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-20s}
PORT=${PORT:-18080}
BODY=${BODY:-bench/server/admission-review.json}

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 3; }
if [[ -z "${PURSER:-}" ]]; then
  swift build -c release --product purser >&2
  PURSER="$(swift build -c release --show-bin-path)/purser"
fi

source bench/server/serve.sh

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency POST /admission/validate ($(wc -c <"$BODY") byte AdmissionReview)"
BODY_FILE="$BODY" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/server/admission.lua \
  "http://127.0.0.1:$PORT/admission/validate" | tee "$DATA/wrk.txt"

rps=$(awk '/Requests\/sec/ {print $2}' "$DATA/wrk.txt")
p50=$(awk '$1 == "50%" {print $2}' "$DATA/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$DATA/wrk.txt")
errors=$(awk '/Non-2xx/ {print $NF} /Socket errors/ {print}' "$DATA/wrk.txt" | tr '\n' ' ')
echo
echo "admission webhook: ${rps} decisions/s, p50 ${p50}, p99 ${p99}, errors: ${errors:-none}"
decisions=$(curl -fs "http://127.0.0.1:$PORT/metrics" | awk '/^purser_admission_decisions_total/ {s += $2} END {print s}')
echo "decisions counted by /metrics: ${decisions}"
sleep 0.5
curl -fs "http://127.0.0.1:$PORT/api/v1/audit/verify"; echo
