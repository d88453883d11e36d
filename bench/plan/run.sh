#!/usr/bin/env bash
# Benchmark: `purser plan` and `purser render` on a generated fleet of 10,000 components in 500
# files (release build). Prints wall time and peak memory of each, best of 3 runs. The "+ example
# policies" row copies examples/fleet/policies in: 3 Rego queries per component (30,000 evaluations).
# Usage: bench/plan/run.sh [COMPONENTS] [FILES]
set -euo pipefail
cd "$(dirname "$0")/../.."
components=${1:-10000}
files=${2:-500}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# PURSER_BIN: an already built release binary; otherwise build one here.
if [ -n "${PURSER_BIN:-}" ]; then
  bin=$PURSER_BIN
else
  swift build -c release --product purser >/dev/null
  bin=.build/release/purser
fi
python3 bench/plan/gen_fleet.py "$work/fleet" --components "$components" --files "$files"
echo "fleet: $components components in $files files ($(du -sh "$work/fleet" | cut -f1))"

measure() { # label, command...
  local label=$1; shift
  local best_ms="" best_kb=""
  for _ in 1 2 3; do
    local start end kb
    # Flush the page cache's pending writes (the last render's files, the deleted trees) first:
    # on a virtual disk that writeback otherwise lands in whichever run comes next.
    sync
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$work/time" "$@" >/dev/null 2>&1 || true
    kb=$(tail -1 "$work/time")
    end=$(date +%s%N)
    local ms=$(( (end - start) / 1000000 ))
    if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then best_ms=$ms; best_kb=$kb; fi
  done
  printf '%-28s %6d ms   peak %4d MB\n' "$label" "$best_ms" "$(( best_kb / 1024 ))"
}

cp -r "$work/fleet" "$work/fleet-policies"
cp -r examples/fleet/policies "$work/fleet-policies/policies"

measure "plan (text)" "$bin" plan "$work/fleet"
measure "plan (json)" "$bin" plan "$work/fleet" --format json
measure "plan + example policies" "$bin" plan "$work/fleet-policies"
rm -rf "$work/out"
measure "render" "$bin" render "$work/fleet" --out "$work/out"
# The same into memory (tmpfs), where the time is Purser's own rather than the disk's: writing
# and replacing 10,000 files costs from 0.3 s to several seconds of system time on a virtual disk.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
  shm=$(mktemp -d /dev/shm/purser-render.XXXXXX)
  trap 'rm -rf "$work" "$shm"' EXIT
  measure "render (tmpfs)" "$bin" render "$work/fleet" --out "$shm/out"
fi
(cd "$work/fleet" && git init -q && git add -A && git -c user.email=b@example.com -c user.name=bench commit -qm fleet)
measure "plan --rev HEAD --base HEAD" "$bin" plan "$work/fleet" --rev HEAD --base HEAD
