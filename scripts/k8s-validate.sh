#!/usr/bin/env bash
# Validates every *.yaml / *.yml under DIR against the Kubernetes OpenAPI schemas shipped in
# kubernetes-validate (offline; Kubernetes 1.25.0 .. 1.37.0, each also strict).
# Usage (repository root): bash scripts/k8s-validate.sh DIR [-k 1.30.0] [--strict] [--quiet]
#   Installs kubernetes-validate into $PURSER_REF/kv (default ~/.cache/purser-ref/kv) if missing.
#   Custom resources (e.g. argoproj.io Rollout, AnalysisTemplate) have no schema there: they are
#   reported as "could not be validated" and counted apart, not as failures.
# Last line: "k8s-validate: N resources, P passed, F failed, S skipped (custom kinds)". Exit 0 iff F is 0.
set -uo pipefail
ref=${PURSER_REF:-$HOME/.cache/purser-ref}
kv=$(command -v kubernetes-validate || true)
[ -n "$kv" ] || { [ -x "$ref/main/bin/kubernetes-validate" ] && kv="$ref/main/bin/kubernetes-validate"; }
if [ -z "$kv" ]; then
  [ -x "$ref/kv/bin/kubernetes-validate" ] || { python3 -m venv "$ref/kv" && "$ref/kv/bin/pip" install -q kubernetes-validate==1.37.0; } || exit 2
  kv="$ref/kv/bin/kubernetes-validate"
fi
dir="${1:?usage: scripts/k8s-validate.sh DIR [-k VERSION] [--strict] [--quiet]}"; shift
mapfile -d '' files < <(find "$dir" -type f \( -name '*.yaml' -o -name '*.yml' \) -print0 | sort -z)
if [ "${#files[@]}" -eq 0 ]; then echo "k8s-validate: no YAML files under $dir"; exit 1; fi
quiet=0; args=()
for x in "$@"; do if [ "$x" = "--quiet" ]; then quiet=1; else args+=("$x"); fi; done
out="$("$kv" "${args[@]}" "${files[@]}" 2>&1)"
if [ "$quiet" -eq 1 ]; then grep -v ' passed for resource ' <<<"$out"; else echo "$out"; fi
passed=$(grep -c ' passed for resource ' <<<"$out")
failed=$(grep -cE ' did not validate |^ERROR' <<<"$out")
skipped=$(grep -cE "Couldn't find schema| could not be validated" <<<"$out")
echo "k8s-validate: $((passed + failed + skipped)) resources, $passed passed, $failed failed, $skipped skipped (custom kinds) (${#files[@]} files)"
[ "$failed" -eq 0 ]
