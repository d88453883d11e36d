#!/usr/bin/env bash
# Replays every saved fuzz input (fuzz/regressions and the seed corpora) through the plain build of
# its target: each crash fuzzing ever found stays a regression test. Needs `swift build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for dir in fuzz/corpus/*/; do
  target=$(basename "$dir")
  inputs=("$dir")
  [ -d "fuzz/regressions/$target" ] && inputs+=("fuzz/regressions/$target")
  if ! out=$(timeout 600 ".build/debug/fuzz-$target" "${inputs[@]}" 2>&1); then
    echo "$out" | tail -20
    echo "fuzz-$target: a saved input fails"
    status=1
  else
    echo "fuzz-$target: $(echo "$out" | tail -1)"
  fi
done
exit $status
