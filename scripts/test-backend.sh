#!/usr/bin/env bash
# Integration tests of the booking store against a real PocketBase on a free loopback port.
# Exit code = test result. Extra args go to `node --test` (e.g. a single file).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BACKEND="$ROOT/backend"
PB="$BACKEND/.venv/bin/pocketbase"
if [[ ! -x "$PB" ]]; then
  python3 -m venv "$BACKEND/.venv"
  "$BACKEND/.venv/bin/pip" install --quiet --disable-pip-version-check --require-hashes -r "$BACKEND/requirements.txt" >&2
fi
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/pb-test.XXXXXX")"
export PB_SUPERUSER_EMAIL="tests@localhost.test"
export PB_SUPERUSER_PASSWORD="$(python3 -c 'import secrets; print("Pw" + secrets.token_urlsafe(18))')"
LOG="$DATA_DIR/server.log"

PORT="$PORT" DATA_DIR="$DATA_DIR" bash "$ROOT/scripts/backend.sh" >"$LOG" 2>&1 &
SERVER_PID=$!
cleanup() {
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT

for _ in $(seq 1 200); do
  if curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$LOG" >&2; exit 1; fi
  sleep 0.1
done

export PB_URL="http://127.0.0.1:$PORT" PB_DATA_DIR="$DATA_DIR" PB_BIN="$PB" BACKEND_DIR="$BACKEND"
if [[ $# -gt 0 ]]; then FILES=("$@"); else FILES=("$BACKEND"/tests/*.test.mjs); fi
set +e
node --test --test-concurrency=1 --test-timeout=120000 "${FILES[@]}"
rc=$?
set -e
if [[ $rc -ne 0 ]]; then echo "--- server log (tail) ---" >&2; tail -n 40 "$LOG" >&2; fi
exit $rc
