#!/usr/bin/env bash
# Starts a throwaway MLflow tracking and model-registry server for the MLflow tests.
#
#   eval "$(bash scripts/start-mlflow.sh)"     # sets MLFLOW_URL, MLFLOW_PID, MLFLOW_DIR
#   PURSER_TEST_MLFLOW_URL=$MLFLOW_URL swift test --skip-build --filter MLflowRegistryTests
#   bash scripts/stop-mlflow.sh "$MLFLOW_PID" "$MLFLOW_DIR"
#
# MLflow comes from PyPI into a virtual environment kept under $HOME/.cache/purser-mlflow (or
# $PURSER_MLFLOW_CACHE) and reused while its requirements are unchanged. The server keeps its
# SQLite store and artifacts in a new temporary folder (MLFLOW_DIR), listens on 127.0.0.1 at a
# free port (or --port P) and runs in its own process group, which stop-mlflow.sh ends.
# Progress goes to stderr; stdout carries only the KEY=value lines.
set -euo pipefail

port=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    *) echo "usage: start-mlflow.sh [--port P]" >&2; exit 2 ;;
  esac
done

# The server needs mlflow-skinny plus the server's own dependencies; the full `mlflow` package
# would add scikit-learn, scipy, matplotlib and pyarrow, which the registry does not use.
requirements=(
  "mlflow-skinny==3.18.0"
  "Flask<4" "Flask-CORS<7" "sqlalchemy>=1.4.0,<3" "alembic!=1.10.0,<2" "graphene<4"
  "gunicorn<27" "huey>=2.5.4,<4" "aiohttp>=3.7.0,<4" "cryptography>=43.0.0,<51"
  "numpy<3"
)
cache="${PURSER_MLFLOW_CACHE:-$HOME/.cache/purser-mlflow}"
key=$( (python3 --version; printf '%s\n' "${requirements[@]}") | sha256sum | cut -c1-12)
venv="$cache/venv-$key"

if [ ! -f "$venv/.installed" ]; then
  started=$(date +%s)
  echo "start-mlflow: installing MLflow into $venv" >&2
  rm -rf "$venv"
  mkdir -p "$cache"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "${requirements[@]}" >&2
  touch "$venv/.installed"
  echo "start-mlflow: installed in $(( $(date +%s) - started )) s" >&2
fi

if [ -z "$port" ]; then
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/purser-mlflow.XXXXXX")
mkdir -p "$dir/artifacts"
url="http://127.0.0.1:$port"

started=$(date +%s)
# No telemetry, no background job runner (the registry does not need it).
MLFLOW_DISABLE_TELEMETRY=true DO_NOT_TRACK=true MLFLOW_SERVER_ENABLE_JOB_EXECUTION=false \
  setsid "$venv/bin/mlflow" server \
    --backend-store-uri "sqlite:///$dir/mlflow.db" \
    --default-artifact-root "$dir/artifacts" \
    --host 127.0.0.1 --port "$port" --workers 1 \
    </dev/null >"$dir/server.log" 2>&1 &
pid=$!

for _ in $(seq 1 240); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "start-mlflow: the server exited; its log ($dir/server.log) ends with:" >&2
    tail -n 30 "$dir/server.log" >&2
    exit 1
  fi
  if python3 - "$url/health" <<'PY' 2>/dev/null
import sys, urllib.request
sys.exit(0 if urllib.request.urlopen(sys.argv[1], timeout=2).status == 200 else 1)
PY
  then
    echo "start-mlflow: $url ready in $(( $(date +%s) - started )) s (log: $dir/server.log)" >&2
    echo "MLFLOW_URL=$url"
    echo "MLFLOW_PID=$pid"
    echo "MLFLOW_DIR=$dir"
    exit 0
  fi
  sleep 0.5
done
echo "start-mlflow: $url did not answer /health within 120 s; its log ($dir/server.log) ends with:" >&2
tail -n 30 "$dir/server.log" >&2
kill -- -"$pid" 2>/dev/null || true
exit 1
