#!/usr/bin/env bash
# Rego admission benchmark: Purser's engine (release build) vs regorus, same inputs, same run.
# Usage (from the repository root): bench/rego/run.sh [N]
#   N           evaluations (default 10000)
#   env OUT     output folder (default bench/out/rego)
#   env BENCH_REGO_BIN   a prebuilt bench-rego binary (default: swift build -c release)
#   env PURSER_REF       reference tools venv (default ~/.cache/purser-ref, set up by ../shared/tools/setup-ref.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
out=${OUT:-bench/out/rego}
tools=${PURSER_TOOLS:-../shared/tools}
ref=${PURSER_REF:-$HOME/.cache/purser-ref}
mkdir -p "$out"
python3 "$tools/gen_admission.py" --n "$n" --seed 42 --out "$out/admission.jsonl" --expect
"$tools/setup-ref.sh" >/dev/null
if [ -z "${BENCH_REGO_BIN:-}" ]; then
  swift build -c release --product bench-rego >/dev/null
  BENCH_REGO_BIN="$(swift build -c release --show-bin-path)/bench-rego"
fi
query=data.kubernetes.admission.deny
"$BENCH_REGO_BIN" admission --policy-dir bench/rego/policies --inputs "$out/admission.jsonl" --query "$query" --n "$n" \
  --rego-version v0 | tee "$out/purser.json"
"$ref/main/bin/python" "$tools/rego_ref.py" --rego-version v0 --policy-dir bench/rego/policies \
  --inputs "$out/admission.jsonl" --query "$query" --bench "$n" | tee "$out/regorus.json"
python3 - "$out/purser.json" "$out/regorus.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1])); r = json.load(open(sys.argv[2]))
ps = p["evals_per_s"]; rs = r["eval_rule"]["evals_per_s"]
print(f"purser: {ps:,.0f} evals/s   regorus: {rs:,.0f} evals/s   ratio: {ps / rs:.2f}")
print(f"deny counts match gen_admission --expect: {p['expected_count_mismatches'] == 0}; non-empty results purser={p['nonempty_results']} regorus={r['nonempty_results']}")
PY
