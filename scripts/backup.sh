#!/usr/bin/env bash
# Back up the booking store's data folder while the server runs (docs/backend-ops.md, "Backups").
#   DATA_DIR=/var/lib/pendamping/pb_data bash scripts/backup.sh
# DATA_DIR     the PocketBase data folder (default .data/pb, the one `make run` uses)
# BACKUP_DIR   where the backup goes (default .data/backups); created mode 700
# KEEP         how many pb-backup-*.tar.gz to keep in BACKUP_DIR, newest first (default 7; 0 keeps all)
# Writes BACKUP_DIR/pb-backup-<UTC time>.tar.gz (mode 600) holding data.db and auxiliary.db, and prints
# its path. Each database is copied with SQLite's `VACUUM INTO` (what PocketBase's own backup uses): one
# read transaction, so the copy is the database at one point in time, and bookings keep being written
# meanwhile (WAL). A booking confirmed before the backup started is in it. Free pages are not copied, so
# bytes the retention purge erased never reach a backup made afterwards. The copies pass
# `PRAGMA integrity_check` before they are packed. The priority registry's key (PRIORITY_HASH_KEY or
# DATA_DIR/priority_hash.key) is not included: keep it in the secret store, apart from the backups.
# The backup holds NIKs, names and phone numbers: store it encrypted, readable only by the operator.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA_DIR="${DATA_DIR:-$ROOT/.data/pb}"
BACKUP_DIR="${BACKUP_DIR:-$ROOT/.data/backups}"
KEEP="${KEEP:-7}"
[[ "$KEEP" =~ ^[0-9]+$ ]] || { echo "backup: KEEP must be a number" >&2; exit 2; }
[[ -f "$DATA_DIR/data.db" ]] || { echo "backup: no data.db in $DATA_DIR" >&2; exit 1; }
# another user (root) could leave data.db-wal/-shm behind that the service can no longer open
if [[ "$(stat -c %u "$DATA_DIR/data.db")" != "$(id -u)" ]]; then
  echo "backup: run this as the user that owns $DATA_DIR/data.db (the service user)" >&2
  exit 1
fi

umask 077
mkdir -p "$BACKUP_DIR"
chmod 700 "$BACKUP_DIR"
# one backup per second at most: names sort by time, and KEEP relies on that
NAME="pb-backup-$(date -u +%Y%m%dT%H%M%SZ).tar.gz"
while [[ -e "$BACKUP_DIR/$NAME" ]]; do sleep 1; NAME="pb-backup-$(date -u +%Y%m%dT%H%M%SZ).tar.gz"; done
WORK="$(mktemp -d "$BACKUP_DIR/.work.XXXXXX")"
trap 'rm -rf "$WORK" "$BACKUP_DIR/.$NAME.part"' EXIT

FILES=(data.db)
[[ -f "$DATA_DIR/auxiliary.db" ]] && FILES+=(auxiliary.db)
for f in "${FILES[@]}"; do
  python3 - "$DATA_DIR/$f" "$WORK/$f" <<'PY'
import sqlite3, sys
src, out = sys.argv[1], sys.argv[2]
con = sqlite3.connect(src, timeout=60, isolation_level=None)
con.execute("VACUUM INTO ?", (out,))
con.close()
copy = sqlite3.connect(out, isolation_level=None)
result = copy.execute("PRAGMA integrity_check").fetchone()[0]
copy.close()
if result != "ok":
    sys.exit("backup: the copy of %s fails the integrity check" % src.rsplit("/", 1)[-1])
PY
done
printf 'created %s\nfiles %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "${FILES[*]}" >"$WORK/BACKUP-INFO"
tar -czf "$BACKUP_DIR/.$NAME.part" -C "$WORK" "${FILES[@]}" BACKUP-INFO
chmod 600 "$BACKUP_DIR/.$NAME.part"
mv "$BACKUP_DIR/.$NAME.part" "$BACKUP_DIR/$NAME"

if [[ "$KEEP" -gt 0 ]]; then
  # names sort by time; drop all but the newest KEEP
  find "$BACKUP_DIR" -maxdepth 1 -name 'pb-backup-*.tar.gz' -printf '%f\n' | sort -r | tail -n +"$((KEEP + 1))" |
    while read -r old; do rm -f "$BACKUP_DIR/$old"; done
fi
if [[ -z "${PRIORITY_HASH_KEY:-}" && -s "$DATA_DIR/priority_hash.key" ]]; then
  echo "backup: $DATA_DIR/priority_hash.key is not in the backup; keep a copy of it in the secret store" >&2
fi
echo "$BACKUP_DIR/$NAME"
