#!/usr/bin/env bash
# Booking-store load run on loopback. stdout: exactly three `name: value` lines.
#   BENCH_SECONDS (10), BENCH_CONCURRENCY (4)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BACKEND="$ROOT/backend"
source "$ROOT/scripts/start-backend.inc.sh"
start_backend bench
node "$BACKEND/tests/bench.mjs"
