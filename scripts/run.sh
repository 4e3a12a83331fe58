#!/usr/bin/env bash
# `make run`: install what is missing, build the release bundle, then serve it together with the
# booking store from one process on http://127.0.0.1:$PORT (default 8090).
#   PORT       default 8090
#   DATA_DIR   booking data, kept between runs (default .data/pb, ignored by git)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8090}
DATA_DIR=${DATA_DIR:-.data/pb}

bash scripts/setup.sh
bash scripts/build.sh

printf '\n\033[1mPendamping Prakerja Jatim: http://127.0.0.1:%s/\033[0m  (booking admin: http://127.0.0.1:%s/_/, Ctrl-C stops)\n\n' "$PORT" "$PORT"
# Staff accounts for the desk (petugas/): seeded on the first run, passwords written once to
# .data/staff-passwords.txt (mode 600, ignored by git), never printed.
PUBLIC_DIR=dist DATA_DIR="$DATA_DIR" PORT="$PORT" SEED_STAFF=1 exec bash scripts/backend.sh
