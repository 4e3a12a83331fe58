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
source "$ROOT/scripts/start-backend.inc.sh"
start_backend test
LOG="$DATA_DIR/server.log"

export PB_DATA_DIR="$DATA_DIR" PB_BIN="$PB" BACKEND_DIR="$BACKEND"
if [[ $# -gt 0 ]]; then FILES=("$@"); else FILES=("$BACKEND"/tests/*.test.mjs); fi
set +e
node --test --test-concurrency=1 --test-timeout=120000 "${FILES[@]}"
rc=$?
set -e
if [[ $rc -ne 0 ]]; then echo "--- server log (tail) ---" >&2; tail -n 40 "$LOG" >&2; fi
exit $rc
