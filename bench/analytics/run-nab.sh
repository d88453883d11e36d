#!/usr/bin/env bash
# NAB (Numenta Anomaly Benchmark) score of PurserAnalytics' AnomalyScorer on the public split
# in bench/analytics/data/nab (30 series, 55 windows; sources in Tests/Data/README.md), each
# scored as a stream with timestamps (values on a regular time grid; NAB_ROWS=1 scores rows), with
# NAB's scoring rule implemented in bench-analytics: standard, reward_low_FP_rate and
# reward_low_FN_rate profiles, each at the threshold NAB's optimiser would choose on these same
# series. Also prints the scorer's calibration (perfect detector 100, null detector 0), a 2-fold
# threshold check, and the precision/recall of AnomalyDetector(.daily) on generated daily cost
# series with labelled spikes.
# Then the headline, bench-analytics nab-cv: leave-one-category-out cross-validation (for each of
# realAWSCloudwatch, realKnownCause, artificialWithAnomaly, the settings from a 48-point grid --
# alarmLevel {0.55,0.6,0.65} x restPeriod {150,400} x window {200,400} x minimumPeak {2,3} x
# decay {0.999,0.9997} -- and the threshold are chosen on the other two, the third is scored; the
# held-out scores are pooled and normalised like the in-sample score), with the in-sample score
# from the same grid beside it. About 80 s on 2 cores.
# Run from the repository root: bench/analytics/run-nab.sh [NAB_DIR] [--set key=value,...]
set -euo pipefail
cd "$(dirname "$0")/../.."
nab=${1:-bench/analytics/data/nab}
shift || true
# BENCH_ANALYTICS may point at an already built release binary.
if [ -z "${BENCH_ANALYTICS:-}" ]; then
  swift build -c release --product bench-analytics >/dev/null
  BENCH_ANALYTICS=$(swift build -c release --show-bin-path)/bench-analytics
fi
"$BENCH_ANALYTICS" nab "$nab" "$@"
# Headline: parameters (grid in NABCrossValidation.defaultGrid, or --grid) and threshold chosen
# on two categories, scored on the third, rotated; pooled and normalised like the in-sample score.
"$BENCH_ANALYTICS" nab-cv "$nab" "$@"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 ../shared/tools/gen_cost_series.py 300 400 7 "$out/cost.csv" --anomalies "$out/labels.csv"
"$BENCH_ANALYTICS" cost-anomalies "$out/cost.csv" "$out/labels.csv"
