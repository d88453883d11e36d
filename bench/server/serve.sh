# Sourced by the webhook benchmarks: starts "$PURSER" up (scripts/start-purser-up.sh: fresh data
# folder at "$PORT", removed on exit) and checks that "$BODY" gets a decision. Sets DATA and SERVER.
source scripts/start-purser-up.sh
# One request first: the body must be answered with a decision.
curl -fs -X POST -H 'Content-Type: application/json' --data-binary "@$BODY" "http://127.0.0.1:$PORT/admission/validate" \
  | grep -q '"allowed":false' || { echo "unexpected webhook answer" >&2; exit 3; }
