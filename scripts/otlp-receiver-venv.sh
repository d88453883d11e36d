#!/usr/bin/env bash
# Installs the OpenTelemetry protocol definitions (`opentelemetry-proto` from PyPI, with protobuf) that
# scripts/otlp-receiver.py decodes exported spans with, for the tracing tests.
#
#   eval "$(bash scripts/otlp-receiver-venv.sh)"     # sets OTLP_PYTHON
#   PURSER_TEST_OTLP_PYTHON=$OTLP_PYTHON swift test --skip-build --filter TracingTests
#
# The packages go into a virtual environment kept under $HOME/.cache/purser-otlp (or
# $PURSER_OTLP_CACHE) and reused while its requirements are unchanged.
# Progress goes to stderr; stdout carries only the KEY=value line.
set -euo pipefail

requirements=("opentelemetry-proto==1.45.2")
cache="${PURSER_OTLP_CACHE:-$HOME/.cache/purser-otlp}"
key=$( (python3 --version; printf '%s\n' "${requirements[@]}") | sha256sum | cut -c1-12)
venv="$cache/venv-$key"

if [ ! -f "$venv/.installed" ]; then
  started=$(date +%s)
  echo "otlp-receiver-venv: installing opentelemetry-proto into $venv" >&2
  rm -rf "$venv"
  mkdir -p "$cache"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "${requirements[@]}" >&2
  touch "$venv/.installed"
  echo "otlp-receiver-venv: installed in $(( $(date +%s) - started )) s" >&2
fi
"$venv/bin/python" -c 'from opentelemetry.proto.collector.trace.v1 import trace_service_pb2' >&2
echo "OTLP_PYTHON=$venv/bin/python"
