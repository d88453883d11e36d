#!/usr/bin/env bash
# The whole test suite: the module import check, unit and integration tests, then the checks that
# need external tools (Kubernetes schema validation of the example fleet's rendered manifests).
set -euo pipefail
cd "$(dirname "$0")/.."

out="" mlflow_starter="" mlflow_env="" prometheus_starter="" prometheus_env="" alertmanager_starter="" alertmanager_env=""
mlserver_starter="" mlserver_env="" mcp_installer="" mcp_env="" otlp_installer="" otlp_env="" postgres_starter="" postgres_env="" pipeline_installer="" pipeline_env=""
cleanup() {
  if [ -n "$mlflow_starter" ]; then wait "$mlflow_starter" 2>/dev/null || true; fi
  if [ -s "$mlflow_env" ]; then
    (eval "$(cat "$mlflow_env")"; bash scripts/stop-mlflow.sh "$MLFLOW_PID" "$MLFLOW_DIR")
  fi
  if [ -n "$prometheus_starter" ]; then wait "$prometheus_starter" 2>/dev/null || true; fi
  if [ -s "$prometheus_env" ]; then
    (eval "$(cat "$prometheus_env")"; bash scripts/stop-prometheus.sh "$PROMETHEUS_PID" "$PROMETHEUS_DIR")
  fi
  if [ -n "$alertmanager_starter" ]; then wait "$alertmanager_starter" 2>/dev/null || true; fi
  if [ -s "$alertmanager_env" ]; then
    (eval "$(cat "$alertmanager_env")"; bash scripts/stop-alertmanager.sh "$ALERTMANAGER_PID" "$ALERTMANAGER_DIR")
  fi
  if [ -n "$mlserver_starter" ]; then wait "$mlserver_starter" 2>/dev/null || true; fi
  if [ -s "$mlserver_env" ]; then
    (eval "$(cat "$mlserver_env")"; bash scripts/stop-mlserver.sh "$MLSERVER_PID" "$MLSERVER_DIR")
  fi
  if [ -n "$mcp_installer" ]; then wait "$mcp_installer" 2>/dev/null || true; fi
  if [ -n "$otlp_installer" ]; then wait "$otlp_installer" 2>/dev/null || true; fi
  if [ -n "$postgres_starter" ]; then wait "$postgres_starter" 2>/dev/null || true; fi
  if [ -s "$postgres_env" ]; then
    (eval "$(cat "$postgres_env")"; bash scripts/stop-postgres.sh "$POSTGRES_PID" "$POSTGRES_DIR")
  fi
  if [ -n "$pipeline_installer" ]; then wait "$pipeline_installer" 2>/dev/null || true; fi
  rm -rf "$out" "$mlflow_env" "$prometheus_env" "$alertmanager_env" "$mlserver_env" "$mcp_env" "$otlp_env" "$postgres_env" "$pipeline_env"
}
trap cleanup EXIT

# The MLflow registry tests need a real MLflow server: under CI (where they fail without one) or
# with PURSER_WITH_SERVERS=1 it is installed and started while the tests build, and stopped on exit.
# Elsewhere they skip, unless PURSER_TEST_MLFLOW_URL already names a server.
if [ -z "${PURSER_TEST_MLFLOW_URL:-}" ] && { [ -n "${CI:-}" ] || [ "${PURSER_WITH_SERVERS:-}" = 1 ]; }; then
  mlflow_env=$(mktemp)
  bash scripts/start-mlflow.sh >"$mlflow_env" &
  mlflow_starter=$!
fi
# Likewise the canary judge's tests need a real Prometheus (Debian's `prometheus` package) scraping
# scripts/canary-exporter.py; it collects samples while the tests build.
if [ -z "${PURSER_TEST_PROMETHEUS_URL:-}" ] && { [ -n "${CI:-}" ] || [ "${PURSER_WITH_SERVERS:-}" = 1 ]; }; then
  prometheus_env=$(mktemp)
  bash scripts/start-prometheus.sh >"$prometheus_env" &
  prometheus_starter=$!
fi
# And the cost alerts' Alertmanager receiver tests post to a real Alertmanager (Debian's
# `prometheus-alertmanager` package) and read the alerts back.
if [ -z "${PURSER_TEST_ALERTMANAGER_URL:-}" ] && { [ -n "${CI:-}" ] || [ "${PURSER_WITH_SERVERS:-}" = 1 ]; }; then
  alertmanager_env=$(mktemp)
  bash scripts/start-alertmanager.sh >"$alertmanager_env" &
  alertmanager_starter=$!
fi
# And the runtime tests run a real MLServer (from PyPI, like MLflow) with the environment Purser
# renders for Tests/Data/mlserver/fleet, scraped by its own Prometheus.
if [ -z "${PURSER_TEST_MLSERVER_URL:-}" ] && { [ -n "${CI:-}" ] || [ "${PURSER_WITH_SERVERS:-}" = 1 ]; }; then
  mlserver_env=$(mktemp)
  bash scripts/start-mlserver.sh >"$mlserver_env" &
  mlserver_starter=$!
fi
# And the MCP tests drive `purser mcp` and `purser up`'s /mcp with the reference Python client
# (`mcp` from PyPI, into a cached venv), installed while the tests build.
if [ -z "${PURSER_TEST_MCP_PYTHON:-}" ] && { [ -n "${CI:-}" ] || [ "${PURSER_WITH_SERVERS:-}" = 1 ]; }; then
  mcp_env=$(mktemp)
  bash scripts/mcp-client-venv.sh >"$mcp_env" &
  mcp_installer=$!
fi
# And the tracing tests export spans from `purser up` to scripts/otlp-receiver.py, which decodes them
# with the OpenTelemetry project's protocol definitions (`opentelemetry-proto` from PyPI, cached venv).
if [ -z "${PURSER_TEST_OTLP_PYTHON:-}" ] && { [ -n "${CI:-}" ] || [ "${PURSER_WITH_SERVERS:-}" = 1 ]; }; then
  otlp_env=$(mktemp)
  bash scripts/otlp-receiver-venv.sh >"$otlp_env" &
  otlp_installer=$!
fi
# And the ledger suites run against a real PostgreSQL (Debian's `postgresql` package) as well as SQLite.
if [ -z "${PURSER_TEST_POSTGRES_URL:-}" ] && { [ -n "${CI:-}" ] || [ "${PURSER_WITH_SERVERS:-}" = 1 ]; }; then
  postgres_env=$(mktemp)
  bash scripts/start-postgres.sh >"$postgres_env" &
  postgres_starter=$!
fi
# And the pipeline tests check rendered Argo Workflows against Argo's API models (hera, from PyPI).
if [ -z "${PURSER_TEST_PIPELINE_PYTHON:-}" ] && { [ -n "${CI:-}" ] || [ "${PURSER_WITH_SERVERS:-}" = 1 ]; }; then
  pipeline_env=$(mktemp)
  bash scripts/pipeline-tools-venv.sh >"$pipeline_env" &
  pipeline_installer=$!
fi

bash scripts/check-imports.sh
swift build --build-tests
if [ -n "$mlflow_starter" ]; then
  wait "$mlflow_starter" || { echo "MLflow did not start (scripts/start-mlflow.sh)" >&2; exit 1; }
  mlflow_starter=""
  eval "$(cat "$mlflow_env")"
  export PURSER_TEST_MLFLOW_URL="$MLFLOW_URL"
fi
if [ -n "$prometheus_starter" ]; then
  wait "$prometheus_starter" || { echo "Prometheus did not start (scripts/start-prometheus.sh)" >&2; exit 1; }
  prometheus_starter=""
  eval "$(cat "$prometheus_env")"
  export PURSER_TEST_PROMETHEUS_URL="$PROMETHEUS_URL"
fi
if [ -n "$alertmanager_starter" ]; then
  wait "$alertmanager_starter" || { echo "Alertmanager did not start (scripts/start-alertmanager.sh)" >&2; exit 1; }
  alertmanager_starter=""
  eval "$(cat "$alertmanager_env")"
  export PURSER_TEST_ALERTMANAGER_URL="$ALERTMANAGER_URL"
fi
if [ -n "$mlserver_starter" ]; then
  wait "$mlserver_starter" || { echo "MLServer did not start (scripts/start-mlserver.sh)" >&2; exit 1; }
  mlserver_starter=""
  eval "$(cat "$mlserver_env")"
  export PURSER_TEST_MLSERVER_URL="$MLSERVER_URL" PURSER_TEST_MLSERVER_PROMETHEUS_URL="$MLSERVER_PROMETHEUS_URL"
fi
if [ -n "$mcp_installer" ]; then
  wait "$mcp_installer" || { echo "the MCP client did not install (scripts/mcp-client-venv.sh)" >&2; exit 1; }
  mcp_installer=""
  eval "$(cat "$mcp_env")"
  export PURSER_TEST_MCP_PYTHON="$MCP_PYTHON"
fi
if [ -n "$otlp_installer" ]; then
  wait "$otlp_installer" || { echo "the OTLP receiver did not install (scripts/otlp-receiver-venv.sh)" >&2; exit 1; }
  otlp_installer=""
  eval "$(cat "$otlp_env")"
  export PURSER_TEST_OTLP_PYTHON="$OTLP_PYTHON"
fi
if [ -n "$postgres_starter" ]; then
  wait "$postgres_starter" || { echo "PostgreSQL did not start (scripts/start-postgres.sh)" >&2; exit 1; }
  postgres_starter=""
  eval "$(cat "$postgres_env")"
  export PURSER_TEST_POSTGRES_URL="$POSTGRES_URL"
fi
if [ -n "$pipeline_installer" ]; then
  wait "$pipeline_installer" || { echo "the pipeline tools did not install (scripts/pipeline-tools-venv.sh)" >&2; exit 1; }
  pipeline_installer=""
  eval "$(cat "$pipeline_env")"
  export PURSER_TEST_PIPELINE_PYTHON="$PIPELINE_PYTHON"
fi
swift test --skip-build

# Every input fuzzing ever crashed on, and the seed corpora, through the plain fuzz-target builds.
bash scripts/replay-fuzz-regressions.sh

# Every rendered manifest must pass kubernetes-validate (Argo Rollouts kinds are skipped by it).
out=$(mktemp -d)
.build/debug/purser render examples/fleet --out "$out/rendered" >/dev/null
bash scripts/k8s-validate.sh "$out/rendered" --quiet | tail -1
echo "kubernetes schema check passed"

# The container image recipe and the Kubernetes deployment under deploy/: hadolint, the schema
# check of every rendered kustomization, and their cross-check with the package (docs/deploy).
bash scripts/check-deploy.sh

# docs/openapi.yaml against a live `purser up`, with schemathesis (docs/api.md).
bash scripts/schemathesis.sh
