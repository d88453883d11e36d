#!/usr/bin/env bash
# Ledger ingest on SQLite vs PostgreSQL: the same generated FOCUS file, alternated in the same run.
#
# Each run ingests the file into a fresh ledger (a new SQLite file; a new schema in PostgreSQL,
# dropped afterwards) and reads the daily EffectiveCost by service and component back, through
# `purser-bench ledger ingest`. Both backends parse the CSV the same way; PostgreSQL receives
# the facts by COPY into staging tables inside one transaction.
#
# Usage (from the repo root): bench/ledger/backends.sh [ROWS] [SEED] [REPEAT]
#   ROWS   rows to generate with `purser-bench ledger generate` (default 1000000)
#   SEED   generator seed (default 42)
#   REPEAT runs per backend, alternated (default 3); medians are compared
# Environment: PURSER_BENCH_POSTGRES_URL (a server to use; default: start one with
#   scripts/start-postgres.sh, with PostgreSQL's durable defaults — fsync on, as SQLite's
#   ledger syncs its WAL — and stop it at the end), PURSER_BENCH_BIN (a prebuilt purser-bench;
#   default: build it in release mode), BENCH_OUT (folder for the CSV, default bench/out).
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}
seed=${2:-42}
repeat=${3:-3}
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
csv="$out/purser_focus_${rows}_${seed}.csv"

bin=${PURSER_BENCH_BIN:-}
if [ -z "$bin" ]; then
  swift build -c release --product purser-bench >&2
  bin=.build/release/purser-bench
fi
if [ ! -s "$csv" ]; then
  echo "generating $csv ($rows rows)..." >&2
  "$bin" ledger generate "$rows" "$seed" "$csv.tmp" >&2 && mv "$csv.tmp" "$csv"
fi

url=${PURSER_BENCH_POSTGRES_URL:-}
pg_env=""
results=$(mktemp)
cleanup() {
  if [ -s "$pg_env" ]; then (eval "$(cat "$pg_env")"; bash scripts/stop-postgres.sh "$POSTGRES_PID" "$POSTGRES_DIR"); fi
  rm -f "$pg_env" "$results"
}
trap cleanup EXIT
if [ -z "$url" ]; then
  pg_env=$(mktemp)
  POSTGRES_DURABLE=1 bash scripts/start-postgres.sh >"$pg_env"
  url=$(sed -n 's/^POSTGRES_URL=//p' "$pg_env")
fi
separator='?'
case "$url" in *\?*) separator='&' ;; esac

cat "$csv" > /dev/null  # warm the page cache for both backends
for run in $(seq 1 "$repeat"); do
  sqlite=$("$bin" ledger ingest "$csv" | tail -n 1)
  schema="bench_$$_$run"
  postgres=$("$bin" ledger ingest "$csv" "$url${separator}schema=$schema" | tail -n 1)
  PGOPTIONS='-c client_min_messages=warning' psql -q "$url" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null
  echo "run $run sqlite:   $sqlite" >&2
  echo "run $run postgres: $postgres" >&2
  echo "$sqlite|$postgres" >> "$results"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2

python3 - "$results" <<'PY'
import json, statistics, sys
runs = [tuple(json.loads(part) for part in line.rstrip("\n").split("|")) for line in open(sys.argv[1])]
first = runs[0][0]
print(f"file      {first['csv']} ({first['csv_mb']} MB, {first['rows']:,} rows, {first['facts']:,} facts)")
for index, name in ((0, "sqlite"), (1, "postgres")):
    total = statistics.median(r[index]["seconds"] for r in runs)
    ingest = statistics.median(r[index]["ingest_seconds"] for r in runs)
    report = statistics.median(r[index]["aggregate_seconds"] for r in runs)
    each = ", ".join("%.2f" % r[index]["seconds"] for r in runs)
    print(f"{name:9} median {total:.3f} s ({first['rows'] / total:,.0f} rows/s; ingest {ingest:.3f} s = {first['rows'] / ingest:,.0f} rows/s,"
          f" report {report:.3f} s)  runs {each}")
same = all(r[0]["groups"] == r[1]["groups"] and r[0]["total_effective_cost"] == r[1]["total_effective_cost"] for r in runs)
print(f"results agree: {'yes' if same else 'NO'} (groups {runs[0][0]['groups']} vs {runs[0][1]['groups']},"
      f" total EffectiveCost {runs[0][0]['total_effective_cost']} vs {runs[0][1]['total_effective_cost']})")
PY
