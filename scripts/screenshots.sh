#!/usr/bin/env bash
# Starts `purser up` on the example fleet and takes screenshots of the dashboard with headless
# Chromium (Debian: apt-get install -y chromium) into screenshots/ (git-ignored): the overview and a
# component page at 1280 px and at phone width (390 px), plus the cost explorer and audit log.
# Fails when a page logs a console error.
#
#   scripts/screenshots.sh                 # builds purser first
#   PURSER=path/to/purser scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18081}
OUT=${OUT:-screenshots}
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
[[ -n "$CHROMIUM" ]] || { echo "chromium is not installed (apt-get install -y chromium)" >&2; exit 3; }
if [[ -z "${PURSER:-}" ]]; then
  swift build --product purser >&2
  PURSER="$(swift build --show-bin-path)/purser"
fi

mkdir -p "$OUT"
source scripts/start-purser-up.sh
# An admission decision so the audit log and the component page have one.
curl -fs -X POST -H 'Content-Type: application/json' --data-binary @bench/server/admission-review.json \
  "http://127.0.0.1:$PORT/admission/validate" >/dev/null
sleep 0.5

status=0
shoot() { # name path width height
  local name=$1 path=$2 width=$3 height=$4
  local log="$DATA/$name.log"
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --user-data-dir="$DATA/profile" --enable-logging=stderr --v=0 \
    --window-size="$width,$height" --screenshot="$OUT/$name.png" "http://127.0.0.1:$PORT$path" >"$log" 2>&1 || true
  if [[ ! -s "$OUT/$name.png" ]]; then echo "no screenshot for $path" >&2; cat "$log" >&2; status=1; return; fi
  if grep -E 'CONSOLE|Uncaught|Refused to' "$log" >/dev/null; then
    echo "console errors on $path:" >&2; grep -E 'CONSOLE|Uncaught|Refused to' "$log" >&2; status=1
  fi
  echo "$OUT/$name.png  ($path at ${width}x${height})"
}

shoot overview / 1280 1600
shoot component /components/ai-prod/support-chat-llm 1280 2200
shoot costs "/costs?by=service" 1280 1400
shoot audit /audit 1280 1200
shoot overview-phone / 390 1800
shoot component-phone /components/ai-prod/video-moderation 390 2400
exit $status
