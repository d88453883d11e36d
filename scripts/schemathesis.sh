#!/usr/bin/env bash
# Checks docs/openapi.yaml against a live `purser up` with schemathesis (PyPI): every documented
# operation is called with generated parameters and bodies (and chained through the links it
# infers: plan → components → manifests), and every answer must be no 5xx, a documented status,
# the documented content type and headers, and match the response schema; mutating endpoints must
# refuse requests without the bearer token. Settings that differ per operation, and why, are in
# scripts/schemathesis.toml. Any finding fails the script.
#
# Usage (repository root, after `swift build`): bash scripts/schemathesis.sh [PURSER_BINARY]
#   PURSER_SCHEMATHESIS_EXAMPLES (default 40) sets the examples generated per operation.
#   schemathesis goes into a venv under $PURSER_REF/schemathesis (default ~/.cache/purser-ref).
# scripts/schemathesis_hooks.py reads the multi-document YAML of rendered manifests.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
purser="${1:-.build/debug/purser}"
[ -x "$purser" ] || { echo "schemathesis: no $purser; run swift build first" >&2; exit 2; }
ref=${PURSER_REF:-$HOME/.cache/purser-ref}
venv="$ref/schemathesis"
version=4.32.5
if [ "$("$venv/bin/schemathesis" --version 2>/dev/null | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' || true)" != "$version" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "schemathesis==$version"
fi

work=$(mktemp -d)
server=""
stop() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server"
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT
token=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf '%s\n' "$token" >"$work/token"
# The demo fleet and ledger `purser up` seeds from examples/ (so every read endpoint has data);
# a free port, found from the log line the server prints.
"$purser" up --data "$work/data" --port 0 --token-file "$work/token" --poll 0 >"$work/server.log" 2>&1 &
server=$!
url=""
deadline=$((SECONDS + 120))
while [ "$SECONDS" -lt "$deadline" ]; do
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; echo "schemathesis: purser up exited" >&2; exit 1; }
  port=$(grep -oE 'listening on 127\.0\.0\.1:[0-9]+' "$work/server.log" | head -1 | grep -oE '[0-9]+$' || true)
  if [ -n "$port" ] && python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' \
    "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; then url="http://127.0.0.1:$port"; break; fi
  sleep 0.2
done
[ -n "$url" ] || { cat "$work/server.log" >&2; echo "schemathesis: purser up was not ready within 120 s" >&2; exit 1; }

# Run from the scratch folder: schemathesis keeps a cache in its working directory. One worker:
# with two threads, Python 3.11's ast module (which Hypothesis calls to describe strategies)
# sometimes fails with "AST constructor recursion depth mismatch".
status=0
(cd "$work" && SCHEMATHESIS_HOOKS="$root/scripts/schemathesis_hooks.py" "$venv/bin/schemathesis" --config-file "$root/scripts/schemathesis.toml" run "$root/docs/openapi.yaml" \
  --url "$url" -H "Authorization: Bearer $token" \
  --max-examples "${PURSER_SCHEMATHESIS_EXAMPLES:-40}" --workers 1 --seed 1 --no-color) >"$work/report.txt" 2>&1 || status=$?
# Any failure or error fails the run, whatever the exit code says.
if [ "$status" -ne 0 ] || grep -qE '[1-9][0-9]* found|[1-9][0-9]* errors?\b|Traceback' "$work/report.txt"; then
  cat "$work/report.txt"
  echo "schemathesis: docs/openapi.yaml and the server disagree (report above)" >&2
  exit 1
fi
sed -n '/= SUMMARY =/,$p' "$work/report.txt"
