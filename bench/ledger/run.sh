#!/usr/bin/env bash
# Ingest benchmark: Purser's ledger vs DuckDB on the same generated FOCUS file, in the same run.
#
# Both compute daily EffectiveCost by ServiceName and the purser.io/component tag, end to end
# from the CSV. Purser's time covers opening a fresh SQLite ledger, the streaming validated
# ingest (exact fixed-point sums, all-or-nothing transaction) and the report query; DuckDB's is
# the aggregation query that ../shared/tools/focus_agg_ref.py times.
#
# (bench/ledger/backends.sh compares the ledger's own backends, SQLite and PostgreSQL, instead.)
#
# Usage (from the repo root): bench/ledger/run.sh [ROWS] [SEED] [REPEAT]
#   ROWS   rows to generate (default 5000000; about 750 MB per million rows)
#   SEED   generator seed (default 42)
#   REPEAT runs of each engine, alternated (default 3); medians are compared
# Environment: PURSER_REF (reference venv, default ~/.cache/purser-ref),
#   PURSER_BENCH_BIN (a prebuilt purser-bench; default: build it in release mode),
#   BENCH_OUT (folder for the generated CSV, default bench/out).
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-5000000}
seed=${2:-42}
repeat=${3:-3}
ref=${PURSER_REF:-$HOME/.cache/purser-ref}
out=${BENCH_OUT:-bench/out}
mkdir -p "$out"
csv="$out/focus_${rows}_${seed}.csv"

if ! "$ref/main/bin/python" -c 'import duckdb' 2>/dev/null; then
  ../shared/tools/setup-ref.sh >&2
fi
if [ ! -s "$csv" ]; then
  echo "generating $csv ($rows rows)..." >&2
  python3 ../shared/tools/gen_focus.py "$rows" "$seed" "$csv.tmp" && mv "$csv.tmp" "$csv"
fi
bin=${PURSER_BENCH_BIN:-}
if [ -z "$bin" ]; then
  swift build -c release --product purser-bench >&2
  bin=.build/release/purser-bench
fi

cat "$csv" > /dev/null  # warm the page cache for both engines
timed() {  # timed LOG CMD... -> prints the command's last stdout line; peak RSS (KB) in LOG
  /usr/bin/time -v -o "$1" "${@:2}" | tail -n 1
}
results=$(mktemp)
for run in $(seq 1 "$repeat"); do
  p=$(timed "$results.ptime" "$bin" ledger ingest "$csv")
  d=$(timed "$results.dtime" "$ref/main/bin/python" ../shared/tools/focus_agg_ref.py "$csv" --engine duckdb)
  pm=$(awk -F': ' '/Maximum resident/ {print $2}' "$results.ptime")
  dm=$(awk -F': ' '/Maximum resident/ {print $2}' "$results.dtime")
  pc=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$results.ptime")
  dc=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$results.dtime")
  echo "run $run purser: $p peak_rss_kb=$pm cpu_s=$pc" >&2
  echo "run $run duckdb: $d peak_rss_kb=$dm cpu_s=$dc (process, includes its extra count(*) pass)" >&2
  echo "$p|$pm|$d|$dm|$pc|$dc" >> "$results"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2

python3 - "$results" <<'PY'
import json, statistics, sys
runs = []
for line in open(sys.argv[1]):
    p, pm, d, dm, pc, dc = line.rstrip("\n").split("|")
    runs.append((json.loads(p), int(pm), json.loads(d), int(dm), float(pc), float(dc)))
ps = [r[0]["seconds"] for r in runs]
ds = [r[2]["seconds"] for r in runs]
p0, d0 = runs[0][0], runs[0][2]
mp, md = statistics.median(ps), statistics.median(ds)
print(f"file            {p0['csv']} ({p0['csv_mb']} MB, {p0['rows']:,} rows)")
print(f"purser ledger   median {mp:.3f} s  ({p0['rows'] / mp:,.0f} rows/s)  runs {', '.join(f'{x:.2f}' for x in ps)}"
      f"  ingest {p0['ingest_seconds']:.2f} s + report {p0['aggregate_seconds']:.2f} s"
      f"  peak RSS {max(r[1] for r in runs) / 1024:.0f} MB  CPU {statistics.median(r[4] for r in runs):.1f} s")
print(f"duckdb {d0['version']:8} median {md:.3f} s  ({d0['rows'] / md:,.0f} rows/s)  runs {', '.join(f'{x:.2f}' for x in ds)}"
      f"  peak RSS {max(r[3] for r in runs) / 1024:.0f} MB  CPU {statistics.median(r[5] for r in runs):.1f} s (whole script)")
print(f"ratio           purser / duckdb = {mp / md:.2f}x  (target <= 0.5x, peak memory < 200 MB)")
same = p0["groups"] == d0["groups"] and abs(float(p0["total_effective_cost"]) - d0["total_effective_cost"]) < 0.01
print(f"results agree   groups {p0['groups']} vs {d0['groups']}, total EffectiveCost {p0['total_effective_cost']} vs {d0['total_effective_cost']}: {'yes' if same else 'NO'}")
PY
rm -f "$results" "$results.ptime" "$results.dtime"
