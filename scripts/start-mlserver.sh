#!/usr/bin/env bash
# Starts MLServer exactly as Purser renders it, plus a Prometheus scraping it, for the runtime tests.
#
#   eval "$(bash scripts/start-mlserver.sh)"   # sets MLSERVER_URL, MLSERVER_PROMETHEUS_URL, MLSERVER_PID, MLSERVER_DIR
#   PURSER_TEST_MLSERVER_URL=$MLSERVER_URL PURSER_TEST_MLSERVER_PROMETHEUS_URL=$MLSERVER_PROMETHEUS_URL \
#     swift test --skip-build --filter MLServerRuntimeTests
#   bash scripts/stop-mlserver.sh "$MLSERVER_PID" "$MLSERVER_DIR"
#
# The environment comes from the committed render of Tests/Data/mlserver/fleet
# (Tests/Data/mlserver/rendered/, which MLServerRuntimeTests keeps equal to `purser render`): every
# variable of the Rollout's serving container is passed verbatim, except that the three
# MLSERVER_*_PORT values move to free ports so the test can run beside other servers. No other
# MLSERVER_* variable reaches the server. It runs in a new temporary folder (MLSERVER_DIR) holding
# a copy of Tests/Data/mlserver/models, so the rendered relative model URI resolves as it would in
# the container's working directory.
#
# MLServer comes from PyPI into a virtual environment kept under $HOME/.cache/purser-mlserver (or
# $PURSER_MLSERVER_CACHE) and reused while its requirements are unchanged. Prometheus is Debian's
# `prometheus` package (on PATH, or $PROMETHEUS_BIN); it scrapes MLServer's metrics port every
# second with the label service="<component name>", which Kubernetes service discovery would add.
# Both run in one process group, which stop-mlserver.sh ends. Progress goes to stderr; stdout
# carries only the KEY=value lines.
set -euo pipefail
cd "$(dirname "$0")/.."

rendered=Tests/Data/mlserver/rendered/ml-test/tiny-classifier.yaml
# mlserver 1.6.1 is the version of the rendered image; uvloop 0.22 breaks its inference workers.
# scikit-learn, joblib and numpy are the versions Tests/Data/mlserver/train.py pickled the model with.
requirements=(
  "mlserver==1.6.1" "mlserver-sklearn==1.6.1" "uvloop==0.21.0"
  "scikit-learn==1.9.1" "joblib==1.6.0" "numpy==2.4.6" "pyyaml==6.0.4"
)
# mlserver 1.6.1 runs on Python < 3.12, scikit-learn 1.9.1 and numpy 2.4.6 on >= 3.11: Python 3.11
# (Debian 12's python3), or the interpreter $PURSER_MLSERVER_PYTHON names.
python="${PURSER_MLSERVER_PYTHON:-}"
if [ -z "$python" ]; then
  for candidate in python3 python3.11; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      python=$candidate
      break
    fi
  done
fi
if [ -z "$python" ]; then
  echo "start-mlserver: MLServer 1.6.1 with these pins needs Python 3.11 (python3 is $(python3 --version 2>&1)); set PURSER_MLSERVER_PYTHON" >&2
  exit 1
fi
cache="${PURSER_MLSERVER_CACHE:-$HOME/.cache/purser-mlserver}"
key=$( ("$python" --version; printf '%s\n' "${requirements[@]}") | sha256sum | cut -c1-12)
venv="$cache/venv-$key"

if [ ! -f "$venv/.installed" ]; then
  started=$(date +%s)
  echo "start-mlserver: installing MLServer into $venv" >&2
  rm -rf "$venv"
  mkdir -p "$cache"
  "$python" -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "${requirements[@]}" >&2
  touch "$venv/.installed"
  echo "start-mlserver: installed in $(( $(date +%s) - started )) s" >&2
fi

bin="${PROMETHEUS_BIN:-$(command -v prometheus || true)}"
if [ -z "$bin" ]; then
  echo "start-mlserver: no prometheus binary (apt-get install prometheus, or set PROMETHEUS_BIN)" >&2
  exit 1
fi

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
http_port=$(free_port) grpc_port=$(free_port) metrics_port=$(free_port) prometheus_port=$(free_port)
dir=$(mktemp -d "${TMPDIR:-/tmp}/purser-mlserver.XXXXXX")
cp -R Tests/Data/mlserver/models "$dir/models"

# NAME=value per line (NUL-separated), from the serving container of the rendered Rollout; and the
# component's name, the service label the AnalysisTemplate selects.
mapfile -d '' server_env < <("$venv/bin/python" - "$rendered" "$http_port" "$grpc_port" "$metrics_port" <<'PY'
import sys, yaml
path, http, grpc, metrics = sys.argv[1:]
rollout = next(d for d in yaml.safe_load_all(open(path)) if d and d["kind"] == "Rollout")
container = rollout["spec"]["template"]["spec"]["containers"][0]
moved = {"MLSERVER_HTTP_PORT": http, "MLSERVER_GRPC_PORT": grpc, "MLSERVER_METRICS_PORT": metrics}
for item in container["env"]:
    sys.stdout.write(f"{item['name']}={moved.get(item['name'], item['value'])}\0")
PY
)
service=$("$venv/bin/python" -c 'import sys, yaml; print(next(d for d in yaml.safe_load_all(open(sys.argv[1])) if d and d["kind"] == "Rollout")["metadata"]["name"])' "$rendered")
model=""
for entry in "${server_env[@]}"; do
  case "$entry" in MLSERVER_MODEL_NAME=*) model="${entry#MLSERVER_MODEL_NAME=}" ;; esac
done
[ -n "$model" ] || { echo "start-mlserver: $rendered renders no MLSERVER_MODEL_NAME" >&2; exit 1; }
printf '%s\n' "${server_env[@]}" >"$dir/server.env"
unset_inherited=()
while IFS= read -r name; do unset_inherited+=(-u "$name"); done < <(compgen -e | grep '^MLSERVER_' || true)

cat >"$dir/prometheus.yml" <<YAML
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: mlserver
    static_configs:
      - targets: ["127.0.0.1:$metrics_port"]
        labels: {service: "$service"}
YAML

url="http://127.0.0.1:$http_port"
prometheus_url="http://127.0.0.1:$prometheus_port"
started=$(date +%s)
# One process group: MLServer in the background, Prometheus in the group leader's place.
setsid bash -c '
  dir="$1"; shift; bin="$1"; shift; port="$1"; shift; mlserver="$1"; shift
  (cd "$dir" && exec env "$@" "$mlserver" start . >"$dir/mlserver.log" 2>&1) &
  exec "$bin" --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/data" \
    --web.listen-address="127.0.0.1:$port" --storage.tsdb.retention.time=1d
' start-mlserver "$dir" "$bin" "$prometheus_port" "$venv/bin/mlserver" "${unset_inherited[@]}" "${server_env[@]}" \
  </dev/null >"$dir/prometheus.log" 2>&1 &
pid=$!

# Ready when the model answers ready and Prometheus has scraped MLServer once.
for _ in $(seq 1 360); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "start-mlserver: Prometheus exited; its log ($dir/prometheus.log) ends with:" >&2
    tail -n 30 "$dir/prometheus.log" >&2
    exit 1
  fi
  if python3 - "$url" "$model" "$prometheus_url" <<'PY' 2>/dev/null
import json, sys, urllib.parse, urllib.request
url, model, prometheus = sys.argv[1:]
assert urllib.request.urlopen(f"{url}/v2/models/{model}/ready", timeout=2).status == 200
query = urllib.parse.urlencode({"query": 'up{job="mlserver"} == 1'})
answer = json.load(urllib.request.urlopen(f"{prometheus}/api/v1/query?{query}", timeout=2))
sys.exit(0 if answer["status"] == "success" and answer["data"]["result"] else 1)
PY
  then
    echo "start-mlserver: $url ready in $(( $(date +%s) - started )) s, scraped by $prometheus_url (logs in $dir)" >&2
    echo "MLSERVER_URL=$url"
    echo "MLSERVER_PROMETHEUS_URL=$prometheus_url"
    echo "MLSERVER_PID=$pid"
    echo "MLSERVER_DIR=$dir"
    exit 0
  fi
  sleep 0.5
done
echo "start-mlserver: $url was not ready and scraped within 180 s; MLServer's log ($dir/mlserver.log) ends with:" >&2
tail -n 30 "$dir/mlserver.log" >&2
kill -- -"$pid" 2>/dev/null || true
exit 1
