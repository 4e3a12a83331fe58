#!/usr/bin/env bash
# Import laid-off workers' NIKs (CSV from Disnakertrans) into priority_registry as keyed hashes.
#   DATA_DIR=<PocketBase data dir> scripts/import-priority.sh [--replace] [--source TEXT] file.csv
# The HMAC key is PRIORITY_HASH_KEY, else $DATA_DIR/priority_hash.key (the same one scripts/backend.sh uses).
# Works while the server runs (SQLite WAL). Prints counts only, never a NIK.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BACKEND="$ROOT/backend"
PB="${PB_BIN:-$BACKEND/.venv/bin/pocketbase}"
REPLACE=0; SOURCE="import $(date -u +%Y-%m-%d)"; FILE=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --replace) REPLACE=1; shift ;;
    --source) SOURCE="$2"; shift 2 ;;
    -h|--help) sed -n 2,6p "$0"; exit 0 ;;
    *) FILE="$1"; shift ;;
  esac
done
[[ -n "$FILE" && -r "$FILE" ]] || { echo "usage: DATA_DIR=... $0 [--replace] [--source TEXT] file.csv" >&2; exit 2; }
[[ -n "${DATA_DIR:-}" && -d "$DATA_DIR" ]] || { echo "import-priority: set DATA_DIR to the PocketBase data folder" >&2; exit 2; }
if [[ ! -x "$PB" ]]; then
  python3 -m venv "$BACKEND/.venv"
  "$BACKEND/.venv/bin/pip" install --quiet --disable-pip-version-check --require-hashes -r "$BACKEND/requirements.txt" >&2
fi
if [[ -z "${PRIORITY_HASH_KEY:-}" ]]; then
  KEYFILE="$DATA_DIR/priority_hash.key"
  if [[ ! -s "$KEYFILE" ]]; then
    (umask 077; python3 -c 'import secrets; print(secrets.token_hex(32))' >"$KEYFILE")
  fi
  PRIORITY_HASH_KEY="$(tr -d '\n' <"$KEYFILE")"
fi
COMMON=(--dir "$DATA_DIR" --migrationsDir "$BACKEND/pb_migrations" --hooksDir "$BACKEND/pb_hooks")
"$PB" migrate up "${COMMON[@]}" >/dev/null
PRIORITY_HASH_KEY="$PRIORITY_HASH_KEY" PRIORITY_REPLACE="$REPLACE" PRIORITY_SOURCE="$SOURCE" \
  "$PB" import-priority "$FILE" "${COMMON[@]}"
