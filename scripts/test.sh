#!/usr/bin/env bash
# The whole test suite: the module import check, unit and integration tests, then the checks that
# need external tools (Kubernetes schema validation of the example fleet's rendered manifests).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/check-imports.sh
swift build --build-tests
swift test --skip-build

# Every input fuzzing ever crashed on, and the seed corpora, through the plain fuzz-target builds.
bash scripts/replay-fuzz-regressions.sh

# Every rendered manifest must pass kubernetes-validate (Argo Rollouts kinds are skipped by it).
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
.build/debug/purser render examples/fleet --out "$out/rendered" >/dev/null
bash scripts/k8s-validate.sh "$out/rendered" --quiet | tail -1
echo "kubernetes schema check passed"
