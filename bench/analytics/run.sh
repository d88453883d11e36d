#!/usr/bin/env bash
# Every analytics figure the README reports, in one run: NAB (in-sample and leave-one-category-out
# cross-validated, all three profiles, beside the published detectors), the precision and recall
# of cost anomalies on generated daily cost series (both from run-nab.sh), then forecast accuracy
# (MASE and sMAPE against statsforecast AutoETS and AutoTheta on M1, Tourism and M3 monthly per
# frequency and on generated cost series, from run-forecast.sh) for the product's methods:
# .ets, .ensembleOptimized (the cost forecaster), .ensembleCES (business series), .ensembleAnnual
# (yearly series).
# METHODS overrides the forecast methods (run-forecast.sh's default is every method, about an
# hour on 2 cores; these three take about half of it).
# Run from the repository root: bench/analytics/run.sh
# Needs the reference environment: ../shared/tools/setup-ref.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product bench-analytics >/dev/null
export BENCH_ANALYTICS=$(swift build -c release --show-bin-path)/bench-analytics
echo "### Anomaly detection (NAB) and cost anomalies"
bench/analytics/run-nab.sh
echo
echo "### Forecast accuracy"
METHODS=${METHODS:-"ets ensembleOptimized ensembleCES ensembleAnnual"} bench/analytics/run-forecast.sh
