#!/usr/bin/env bash
# Installs the reference MCP client (the `mcp` package from PyPI) for the MCP tests.
#
#   eval "$(bash scripts/mcp-client-venv.sh)"     # sets MCP_PYTHON
#   PURSER_TEST_MCP_PYTHON=$MCP_PYTHON swift test --skip-build --filter MCPClientTests
#
# The client goes into a virtual environment kept under $HOME/.cache/purser-mcp (or
# $PURSER_MCP_CACHE) and reused while its requirements are unchanged.
# Progress goes to stderr; stdout carries only the KEY=value line.
set -euo pipefail

requirements=("mcp==1.30.0")
cache="${PURSER_MCP_CACHE:-$HOME/.cache/purser-mcp}"
key=$( (python3 --version; printf '%s\n' "${requirements[@]}") | sha256sum | cut -c1-12)
venv="$cache/venv-$key"

if [ ! -f "$venv/.installed" ]; then
  started=$(date +%s)
  echo "mcp-client-venv: installing the MCP client into $venv" >&2
  rm -rf "$venv"
  mkdir -p "$cache"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "${requirements[@]}" >&2
  touch "$venv/.installed"
  echo "mcp-client-venv: installed in $(( $(date +%s) - started )) s" >&2
fi
"$venv/bin/python" -c 'import mcp.client.streamable_http' >&2
echo "MCP_PYTHON=$venv/bin/python"
