#!/usr/bin/env bash
# Booking store (PocketBase) in the foreground on 127.0.0.1:$PORT.
#   PORT        default 8090
#   DATA_DIR    default: a fresh throwaway folder, removed on exit
#   PUBLIC_DIR  optional: static web app (dist/) to serve from the same process, by the hook route in
#               backend/pb_hooks/static_lib.js (pre-compressed .br/.gz, caching, frame-ancestors)
#   ORIGINS     CORS allow-list for the browser app, comma separated (default *)
#   PB_SUPERUSER_EMAIL / PB_SUPERUSER_PASSWORD   default: admin@localhost.test + random, written to $DATA_DIR/superuser.txt
#   PRIORITY_HASH_KEY  HMAC key for the priority registry; default: $DATA_DIR/priority_hash.key (created once)
#   SLOT_DAYS_AHEAD (14), PRIORITY_SHARE (0.3), PRIORITY_HOLD_HOURS (24)
#   SEED_STAFF  set (make run): when no staff account exists, create them from backend/data/staff-seed.json
#               (scripts/staff.sh seed; passwords to STAFF_PASSWORDS_FILE, default .data/staff-passwords.txt)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BACKEND="$ROOT/backend"
PORT="${PORT:-8090}"
PB="$BACKEND/.venv/bin/pocketbase"

log() { echo "backend: $*" >&2; }

# --- PocketBase binary (pinned version + hash, see backend/requirements.txt) ---
if [[ ! -x "$PB" ]]; then
  log "installing PocketBase into backend/.venv"
  python3 -m venv "$BACKEND/.venv"
  "$BACKEND/.venv/bin/pip" install --quiet --disable-pip-version-check --require-hashes \
    -r "$BACKEND/requirements.txt" >&2
fi

# --- data folder ---
CREATED_DATA_DIR=""
if [[ -z "${DATA_DIR:-}" ]]; then
  DATA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/pb-booking.XXXXXX")"
  CREATED_DATA_DIR="$DATA_DIR"
fi
mkdir -p "$DATA_DIR"
chmod 700 "$DATA_DIR"

# --- keyed-hash secret for the priority registry ---
if [[ -z "${PRIORITY_HASH_KEY:-}" ]]; then
  KEYFILE="$DATA_DIR/priority_hash.key"
  if [[ ! -s "$KEYFILE" ]]; then
    (umask 077; python3 -c 'import secrets; print(secrets.token_hex(32))' >"$KEYFILE")
  fi
  PRIORITY_HASH_KEY="$(tr -d '\n' <"$KEYFILE")"
fi
export PRIORITY_HASH_KEY

COMMON=(--dir "$DATA_DIR" --migrationsDir "$BACKEND/pb_migrations" --hooksDir "$BACKEND/pb_hooks")

# --- migrations (schema, rules, rate limits) ---
"$PB" migrate up "${COMMON[@]}" >/dev/null

# --- superuser (admin UI at /_/) ---
SU_EMAIL="${PB_SUPERUSER_EMAIL:-admin@localhost.test}"
if [[ -n "${PB_SUPERUSER_PASSWORD:-}" ]]; then
  SU_PASS="$PB_SUPERUSER_PASSWORD"
else
  SU_PASS="$(python3 -c 'import secrets; print("Pw" + secrets.token_urlsafe(18))')"
  (umask 077; printf '%s\n%s\n' "$SU_EMAIL" "$SU_PASS" >"$DATA_DIR/superuser.txt")
  log "superuser $SU_EMAIL, password in $DATA_DIR/superuser.txt"
fi
"$PB" superuser upsert "${COMMON[@]}" -- "$SU_EMAIL" "$SU_PASS" >/dev/null

# --- staff accounts (SEED_STAFF=1, set by `make run`): seeded once, when none exists yet ---
if [[ -n "${SEED_STAFF:-}" ]]; then
  if [[ "$(DATA_DIR="$DATA_DIR" bash "$ROOT/scripts/staff.sh" count 2>/dev/null | tail -n 1)" == "0" ]]; then
    DATA_DIR="$DATA_DIR" bash "$ROOT/scripts/staff.sh" seed >&2
  fi
  log "staff accounts: bash scripts/staff.sh list; passwords of new ones in ${STAFF_PASSWORDS_FILE:-$ROOT/.data/staff-passwords.txt}"
fi

SERVE=(serve --http "127.0.0.1:$PORT" "${COMMON[@]}" --automigrate=false --hooksWatch=false
  --origins "${ORIGINS:-*}")
if [[ -n "${PUBLIC_DIR:-}" ]]; then
  PUBLIC_DIR="$(cd "$PUBLIC_DIR" && pwd)"
  export PUBLIC_DIR
  SERVE+=(--publicDir "$PUBLIC_DIR")
else
  unset PUBLIC_DIR
fi

cleanup() {
  if [[ -n "$CREATED_DATA_DIR" && -d "$CREATED_DATA_DIR" ]]; then rm -rf "$CREATED_DATA_DIR"; fi
}

log "data in $DATA_DIR; serving on http://127.0.0.1:$PORT"
"$PB" "${SERVE[@]}" &
PB_PID=$!
stop() { kill -TERM "$PB_PID" 2>/dev/null || true; }
trap stop INT TERM
set +e
wait "$PB_PID"; rc=$?
# a signal interrupts the first wait: wait again for the real exit
if kill -0 "$PB_PID" 2>/dev/null; then wait "$PB_PID"; rc=$?; fi
set -e
cleanup
exit "$rc"
