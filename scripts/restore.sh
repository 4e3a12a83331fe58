#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into a new, empty data folder (docs/backend-ops.md, "Restore").
#   bash scripts/restore.sh BACKUP.tar.gz NEW_DATA_DIR
# Refuses a folder that already holds a data.db: stop the service and move the old folder aside first
# (keep it until the restored store is checked). Checks each database with `PRAGMA integrity_check`
# before it is put in place. Then start the server on NEW_DATA_DIR with the same PRIORITY_HASH_KEY as
# before (or put the old priority_hash.key back into NEW_DATA_DIR).
set -euo pipefail
if [[ $# -ne 2 ]]; then sed -n 2,7p "$0" >&2; exit 2; fi
ARCHIVE="$1"
DEST="$2"
[[ -f "$ARCHIVE" ]] || { echo "restore: no such backup: $ARCHIVE" >&2; exit 1; }
if [[ -e "$DEST/data.db" ]]; then
  echo "restore: $DEST already holds a data.db; stop the service and move that folder aside first" >&2
  exit 1
fi

umask 077
mkdir -p "$DEST"
chmod 700 "$DEST"
WORK="$(mktemp -d "$DEST/.restore.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
tar -xzf "$ARCHIVE" -C "$WORK" --no-same-owner --no-same-permissions
[[ -f "$WORK/data.db" ]] || { echo "restore: the backup holds no data.db" >&2; exit 1; }

FILES=(data.db)
[[ -f "$WORK/auxiliary.db" ]] && FILES+=(auxiliary.db)
for f in "${FILES[@]}"; do
  python3 - "$WORK/$f" <<'PY'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
result = con.execute("PRAGMA integrity_check").fetchone()[0]
con.close()
if result != "ok":
    sys.exit("restore: %s in the backup fails the integrity check" % sys.argv[1].rsplit("/", 1)[-1])
PY
done
for f in "${FILES[@]}"; do
  chmod 600 "$WORK/$f"
  mv "$WORK/$f" "$DEST/$f"
done
echo "restore: ${FILES[*]} restored into $DEST; start the store on it with the same PRIORITY_HASH_KEY as before" >&2
