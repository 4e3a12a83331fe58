#!/usr/bin/env bash
# Booking-store load run on loopback. stdout: exactly three `name: value` lines.
#   BENCH_SECONDS (10), BENCH_CONCURRENCY (4)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BACKEND="$ROOT/backend"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/pb-bench.XXXXXX")"
export PB_SUPERUSER_EMAIL="bench@localhost.test"
export PB_SUPERUSER_PASSWORD="$(python3 -c 'import secrets; print("Pw" + secrets.token_urlsafe(18))')"
PORT="$PORT" DATA_DIR="$DATA_DIR" bash "$ROOT/scripts/backend.sh" >"$DATA_DIR/server.log" 2>&1 &
SERVER_PID=$!
cleanup() {
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT
for _ in $(seq 1 300); do
  if curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$DATA_DIR/server.log" >&2; exit 1; fi
  sleep 0.1
done
PB_URL="http://127.0.0.1:$PORT" node "$BACKEND/tests/bench.mjs"
