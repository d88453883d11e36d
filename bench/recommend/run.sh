#!/usr/bin/env bash
# The recommender's benchmarks (release build): rightsizing 1,000 containers × 30 days of
# 1-minute samples, exact placement for 200 models × 6 accelerator types, and the same placement
# instances solved by CBC and HiGHS (PyPI, in a cached venv) for the same optimum.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product bench-analytics
BIN=.build/release/bench-analytics
$BIN rightsizing --containers 1000 --days 30
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
$BIN placement --models 200 --types 6 --seed 1 --out "$OUT/instances.json"
$BIN placement --models 200 --types 6 --seed 2 --max-demand 5000 --out "$OUT/large.json"
VENV=.build/bench-recommend-venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet pulp highspy
fi
"$VENV/bin/python" bench/recommend/check_ilp.py "$OUT/instances.json"
"$VENV/bin/python" bench/recommend/check_ilp.py "$OUT/large.json"
