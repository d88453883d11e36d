#!/usr/bin/env bash
# Installs the Python tools the pipeline tests check rendered output with: hera (Argo Workflows'
# API models, generated from Argo's OpenAPI specification) for scripts/argo-validate.py, and the
# OpenLineage Python client for scripts/lineage-validate.py.
#
#   eval "$(bash scripts/pipeline-tools-venv.sh)"     # sets PIPELINE_PYTHON
#   PURSER_TEST_PIPELINE_PYTHON=$PIPELINE_PYTHON swift test --skip-build --filter PipelineCommandTests
#
# The tools go into a virtual environment kept under $HOME/.cache/purser-pipeline (or
# $PURSER_PIPELINE_CACHE) and reused while its requirements are unchanged.
# Progress goes to stderr; stdout carries only the KEY=value line.
set -euo pipefail

requirements=("hera==7.1.0" "pydantic==2.14.4" "jsonschema==4.26.0" "PyYAML==6.0.4" "openlineage-python==1.54.0")
cache="${PURSER_PIPELINE_CACHE:-$HOME/.cache/purser-pipeline}"
key=$( (python3 --version; printf '%s\n' "${requirements[@]}") | sha256sum | cut -c1-12)
venv="$cache/venv-$key"

if [ ! -f "$venv/.installed" ]; then
  started=$(date +%s)
  echo "pipeline-tools-venv: installing hera into $venv" >&2
  rm -rf "$venv"
  mkdir -p "$cache"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "${requirements[@]}" >&2
  touch "$venv/.installed"
  echo "pipeline-tools-venv: installed in $(( $(date +%s) - started )) s" >&2
fi
"$venv/bin/python" -c 'import yaml, jsonschema, hera.workflows.models.io.argoproj.workflow.v1alpha1, openlineage.client.event_v2' >&2
echo "PIPELINE_PYTHON=$venv/bin/python"
