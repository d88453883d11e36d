#!/usr/bin/env bash
# Regenerates focus-sample.csv: 60 days (2026-09-29 .. 2026-11-27) of FOCUS 1.2 cost rows for the
# example fleet's eight components plus untagged spend, with weekly seasonality and two incidents
# (ai-prod/video-moderation ×2.5 on 2026-10-20; ai-prod/support-chat-llm ×3 on 2026-11-14 and 15).
# Deterministic: the same code writes the same bytes. Run from the repo root.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift run -c release purser-bench ledger example examples/costs/focus-sample.csv
