# Sourced by scripts that need a running server: starts "$PURSER" up on a fresh data folder at
# "$PORT" (the example fleet and costs), waits until it is ready, and stops and removes it on exit.
# Sets DATA and SERVER. Exits 3 with the server's log when it does not become ready.
DATA=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$DATA"' EXIT
"$PURSER" up --data "$DATA" --port "$PORT" --poll 0 >"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null || { cat "$DATA/server.log" >&2; echo "the server did not become ready" >&2; exit 3; }
