#!/usr/bin/env bash
# Build the release bundle into dist/ (static files: deploy anywhere, or served by PocketBase).
#   scripts/build.sh                      site root
#   PUBLIC_URL=/layanan/prakerja/ scripts/build.sh   under a sub-path
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/tools/node_modules/.bin:$PATH"
PUBLIC_URL=${PUBLIC_URL:-/}
DIST=${DIST:-dist}
trunk build --release --offline --public-url "$PUBLIC_URL" --dist "$DIST" index.html
# Service worker: precache list and release version from what Trunk just wrote.
node scripts/gen-sw.mjs "$DIST"
node tools/compress.mjs "$DIST"
