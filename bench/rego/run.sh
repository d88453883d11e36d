#!/usr/bin/env bash
# Rego admission benchmark: Purser's engine (release build) vs regorus, same inputs, same run.
# Usage (from the repository root): bench/rego/run.sh [N] [ROUNDS]
#   N           evaluations per round (default 10000)
#   ROUNDS      alternating rounds of both engines; medians are reported (default 3)
#   env OUT     output folder (default bench/out/rego)
#   env BENCH_REGO_BIN   a prebuilt bench-rego binary (default: swift build -c release)
#   env PURSER_REF       reference tools venv (default ~/.cache/purser-ref, set up by ../shared/tools/setup-ref.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10000}
rounds=${2:-3}
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
for r in $(seq 1 "$rounds"); do
  "$BENCH_REGO_BIN" admission --policy-dir bench/rego/policies --inputs "$out/admission.jsonl" --query "$query" --n "$n" \
    --rego-version v0 > "$out/purser-$r.json"
  "$ref/main/bin/python" "$tools/rego_ref.py" --rego-version v0 --policy-dir bench/rego/policies \
    --inputs "$out/admission.jsonl" --query "$query" --bench "$n" > "$out/regorus-$r.json"
done
cat "$out/purser-1.json" "$out/regorus-1.json"
python3 - "$out" "$rounds" <<'PY'
import json, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
p = [json.load(open(f"{out}/purser-{r}.json")) for r in range(1, rounds + 1)]
g = [json.load(open(f"{out}/regorus-{r}.json")) for r in range(1, rounds + 1)]
ps = [x["evals_per_s"] for x in p]
rs = [x["eval_rule"]["evals_per_s"] for x in g]
print("purser  evals/s per round:", ", ".join(f"{v:,.0f}" for v in ps))
print("regorus evals/s per round:", ", ".join(f"{v:,.0f}" for v in rs))
pm, rm = statistics.median(ps), statistics.median(rs)
print(f"median: purser {pm:,.0f} evals/s   regorus {rm:,.0f} evals/s   ratio {pm / rm:.2f}")
ok = all(x["expected_count_mismatches"] == 0 for x in p)
print(f"deny counts match gen_admission --expect: {ok}; non-empty results purser={p[0]['nonempty_results']} regorus={g[0]['nonempty_results']}")
sys.exit(0 if ok else 1)
PY
