# Sourced by the webhook benchmarks: starts "$PURSER" up on a fresh data folder at "$PORT"
# (the example fleet and costs), stopped and removed on exit, and checks that "$BODY" gets a
# decision. Sets DATA and SERVER.
DATA=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$DATA"' EXIT
"$PURSER" up --data "$DATA" --port "$PORT" --poll 0 >"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null || { cat "$DATA/server.log" >&2; echo "the server did not become ready" >&2; exit 3; }
# One request first: the body must be answered with a decision.
curl -fs -X POST -H 'Content-Type: application/json' --data-binary "@$BODY" "http://127.0.0.1:$PORT/admission/validate" \
  | grep -q '"allowed":false' || { echo "unexpected webhook answer" >&2; exit 3; }
