#!/usr/bin/env bash
# Staff accounts of the help point desk (docs/booking-api.md, "Accounts").
#   scripts/staff.sh seed                          one officer per help point + the province account + the call centres' agents
#                                                  (backend/data/staff-seed.json; only the missing ones)
#   scripts/staff.sh create EMAIL officer OFFICE_CODE [NAME]
#   scripts/staff.sh create EMAIL province [NAME]
#   scripts/staff.sh create EMAIL call_centre [NAME]   an agent of a call centre (telepon/)
#   scripts/staff.sh disable EMAIL                 no sign-in; tokens already given out stop working
#   scripts/staff.sh enable EMAIL                  back, with a new random password (then: password reset)
#   scripts/staff.sh list                          e-mail, role, help point, active/disabled
#   scripts/staff.sh count                         how many accounts exist
#   scripts/staff.sh seed-file                     the seed file follows offices.json: a row for every help
#                                                  point it lacks, none for help points it no longer has
# DATA_DIR: the PocketBase data folder (default .data/pb). New passwords are appended to
# STAFF_PASSWORDS_FILE (default .data/staff-passwords.txt, mode 600, ignored by git): e-mail, password, role,
# help point, tab-separated. Nothing is printed but counts. Works while the server runs (SQLite WAL).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BACKEND="$ROOT/backend"
PB="${PB_BIN:-$BACKEND/.venv/bin/pocketbase}"
DATA_DIR="${DATA_DIR:-$ROOT/.data/pb}"
STAFF_PASSWORDS_FILE="${STAFF_PASSWORDS_FILE:-$ROOT/.data/staff-passwords.txt}"
case "${1:-}" in
  seed|seed-file|create|disable|enable|list|count) ;;
  *) sed -n 2,15p "$0" >&2; exit 2 ;;
esac
if [[ ! -x "$PB" ]]; then
  python3 -m venv "$BACKEND/.venv"
  "$BACKEND/.venv/bin/pip" install --quiet --disable-pip-version-check --require-hashes -r "$BACKEND/requirements.txt" >&2
fi
mkdir -p "$DATA_DIR"
if [[ "$1" == seed || "$1" == create ]]; then
  mkdir -p "$(dirname "$STAFF_PASSWORDS_FILE")"
  (umask 077; touch "$STAFF_PASSWORDS_FILE")
  chmod 600 "$STAFF_PASSWORDS_FILE"
fi
COMMON=(--dir "$DATA_DIR" --migrationsDir "$BACKEND/pb_migrations" --hooksDir "$BACKEND/pb_hooks")
"$PB" migrate up "${COMMON[@]}" >/dev/null
# (the command's lines come with the logger's date and time in front: dropped)
set +e
STAFF_PASSWORDS_FILE="$STAFF_PASSWORDS_FILE" "$PB" staff "$@" "${COMMON[@]}" 2>&1 |
  sed -E 's#^[0-9]{4}/[0-9]{2}/[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} ##'
rc=${PIPESTATUS[0]}
set -e
[[ $rc -eq 0 ]] || exit "$rc"
if [[ "$1" == seed || "$1" == create ]]; then
  echo "staff: new passwords (if any) are in $STAFF_PASSWORDS_FILE (readable only by you; hand them over, then delete it)" >&2
fi
