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
# The flow page is a second bundle, so the start screen's first load stays small.
trunk build --release --offline --public-url "${PUBLIC_URL}masalah/" --dist "$DIST/masalah" masalah.html
# The booking page is a third bundle (jadwal/), loaded only after self-help failed.
trunk build --release --offline --public-url "${PUBLIC_URL}jadwal/" --dist "$DIST/jadwal" booking.html
# The help point desk is a fourth bundle (petugas/), for officers only; never precached.
trunk build --release --offline --public-url "${PUBLIC_URL}petugas/" --dist "$DIST/petugas" petugas.html
# The call centres' page is a fifth bundle (telepon/), for agents on the phone; never precached.
trunk build --release --offline --public-url "${PUBLIC_URL}telepon/" --dist "$DIST/telepon" telepon.html
# The start screen as static HTML in index.html: visible and ready for typing before the app loads.
cargo run --quiet --bin prerender -- "$DIST/index.html" "$PUBLIC_URL"
# The booking page's first question (the regency) as static HTML; its bundle is fetched when the
# person starts answering, or at once when the page needs it (src/ui/shell/booking_page.rs).
cargo run --quiet --bin prerender -- --booking "$DIST/jadwal/index.html" "$PUBLIC_URL"
# What it fetches only when needed: its answers for the services people confuse with Prakerja
# (for text about them) and the problems' English summaries (for suggestions in English).
cargo run --quiet --bin prerender -- --on-demand "$DIST"
# Trunk leaves wasm-bindgen's JavaScript glue unminified: minify it, keep its integrity hash right.
node tools/minify-glue.mjs "$DIST" "$DIST/masalah" "$DIST/jadwal" "$DIST/petugas" "$DIST/telepon"
# The start screen's inlined CSS without comments and layout whitespace (before its hash is taken).
node tools/minify-inline-css.mjs "$DIST"
# One page per problem and language (masalah/<id>/, masalah/<id>/en/) from the flow bundle's page,
# its first step in the HTML, and sitemap.xml + robots.txt (SITE_ORIGIN: the address search engines
# keep, e.g. https://pendamping.jatimprov.go.id). After the glue and CSS minifying (the pages are
# copies of that page), before the policy (which hashes each page's inline parts).
cargo run --quiet --bin prerender -- --problems "$DIST" "$PUBLIC_URL"
# Content-Security-Policy: inline scripts and styles allowed by their hash, the policy as a meta tag in every
# page and as dist/_headers (static hosts; the PocketBase hook and bench/serve.mjs read it too).
node tools/csp.mjs "$DIST"
# Service worker: precache list and release version from what Trunk just wrote.
node scripts/gen-sw.mjs "$DIST"
node tools/compress.mjs "$DIST"
