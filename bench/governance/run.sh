#!/usr/bin/env bash
# Governance benchmark: `purser govern evaluate` vs fairlearn + scipy on the same files, same run.
#
#   fairness  10,000,000 prediction rows, 3 sensitive groups: demographic parity, equal
#             opportunity and equalized odds (Purser computes the ratios and per-group rates too)
#   drift     20 numeric features (plus the label, prediction and group columns, which Purser
#             compares as well), 5,000,000 reference rows vs 5,000,000 current rows:
#             PSI, Kolmogorov–Smirnov statistic and p-value, Wasserstein distance
# Both sides are timed end to end from the CSV files (wall clock, peak RSS by /usr/bin/time);
# the script then checks that the two agree on every metric.
#
# Usage (from the repo root): bench/governance/run.sh [ROWS] [DRIFT_ROWS]
# Environment: PURSER_REF (reference venv, default ~/.cache/purser-ref, made by setup-ref.sh),
#   PURSER_BIN (a prebuilt release purser; default: build it), BENCH_OUT (default bench/out).
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-10000000}
drift_rows=${2:-5000000}
ref=${PURSER_REF:-$HOME/.cache/purser-ref}
py="$ref/main/bin/python"
out=${BENCH_OUT:-bench/out}/governance-$rows-$drift_rows
if ! "$py" -c 'import fairlearn, scipy, polars' 2>/dev/null; then
  ../shared/tools/setup-ref.sh >&2
fi
if [ ! -s "$out/current.csv" ]; then
  echo "generating $out..." >&2
  "$py" bench/governance/gen.py "$out" --rows "$rows" --drift-rows "$drift_rows"
fi
bin=${PURSER_BIN:-}
if [ -z "$bin" ]; then
  swift build -c release --product purser >&2
  bin=.build/release/purser
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R examples/fleet "$work/fleet"
cat "$out"/*.csv > /dev/null  # warm the page cache for both sides

timed() {  # timed NAME CMD... : stdout to $work/NAME.json, "seconds KB" to $work/NAME.time
  /usr/bin/time -f "%e %M" -o "$work/$1.time" "${@:2}" > "$work/$1.json" || [ $? = 1 ]  # 1: the gate failed, still a result
}
timed purser-fairness "$bin" govern evaluate fraud-tabular --fleet "$work/fleet" --predictions "$out/predictions.csv" --dry-run --json
timed purser-drift "$bin" govern evaluate fraud-tabular --fleet "$work/fleet" --predictions "$out/current.csv" --reference "$out/reference.csv" --dry-run --json
timed ref-fairness "$py" bench/governance/reference.py fairness "$out/predictions.csv"
timed ref-drift "$py" bench/governance/reference.py drift "$out/reference.csv" "$out/current.csv"

"$py" - "$work" "$rows" "$drift_rows" <<'PY'
import json, sys
work, rows, drift_rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def run(name):
    seconds, kb = open(f"{work}/{name}.time").read().split()[-2:]
    return float(seconds), int(kb) / 1024, json.load(open(f"{work}/{name}.json"))
pf, pd_, rf, rd = (run(n) for n in ("purser-fairness", "purser-drift", "ref-fairness", "ref-drift"))
worst = 0.0
for metric in ("demographic_parity_difference", "equal_opportunity_difference", "equalized_odds_difference"):
    worst = max(worst, abs(pf[2]["fairness"][metric] - rf[2][metric]))
features = {f["name"]: f["numeric"] for f in pd_[2]["drift"]["features"] if f.get("numeric")}
for name, r in rd[2].items():
    p = features[name]
    for ours, theirs in (("psi", "psi"), ("ksStatistic", "ks_statistic"), ("ksPValue", "ks_pvalue"), ("wasserstein", "wasserstein")):
        worst = max(worst, abs(p[ours] - r[theirs]) / max(1.0, abs(r[theirs])))
print(f"{'':42} {'purser':>10} {'fairlearn+scipy':>16} {'ratio':>7}   memory (peak RSS)")
for label, p, r in ((f"fairness, {rows:,} rows", pf, rf), (f"drift, {len(rd[2])} features {drift_rows:,} vs {drift_rows:,}", pd_, rd)):
    print(f"{label:42} {p[0]:9.2f}s {r[0]:15.2f}s {r[0] / p[0]:6.1f}x   {p[1]:,.0f} MB vs {r[1]:,.0f} MB")
total_p, total_r = pf[0] + pd_[0], rf[0] + rd[0]
print(f"{'end to end':42} {total_p:9.2f}s {total_r:15.2f}s {total_r / total_p:6.1f}x   peak {max(pf[1], pd_[1]):,.0f} MB vs {max(rf[1], rd[1]):,.0f} MB")
print(f"largest difference from the reference on any metric: {worst:.2e} (relative above 1)")
sys.exit(0 if worst <= 1e-9 else 1)
PY
