#!/usr/bin/env bash
# `make bench`: build the release bundle, then print every figure as a `name: value` line on
# stdout (progress and logs go to stderr). About 4 to 6 minutes once tools are installed.
#   first_load_brotli_bytes, first_load_requests, offline_precache_extra_brotli_bytes,
#   typebot_brotli_bytes, ratio_vs_typebot, flowise_brotli_bytes,
#   lighthouse_performance, lighthouse_accessibility, lighthouse_best_practices (+ LCP, TBT),
#   step_inp_ms, search_first_query_ms, slow3g_interactive_ms, slow3g_suggestions_ms,
#   problem_page_ / booking_ slow3g_first_words_ms and first_load_brotli_bytes (cold deep links),
#   start_first_load_brotli_bytes, flow/booking/desk_wasm_brotli_bytes, problem_page_max_brotli_bytes,
#   booking_first_load_brotli_bytes (tools/size-check.mjs),
#   booking-store figures,
#   triage_us_per_query.
# BENCH_SKIP_BUILD=1 measures the existing dist/ (DIST=... to measure another folder).
set -uo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }
status=0
step() { "$@" || { say "FAILED: $*"; status=1; }; }

bash scripts/setup.sh --test >&2 || exit 1
if [ ! -d bench/node_modules/lighthouse ] || [ ! -d bench/node_modules/puppeteer-core ]; then
  say "installing bench packages (bench/package-lock.json)"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error) >&2 || exit 1
fi
DIST=${DIST:-dist}
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  say "building the release bundle into $DIST"
  DIST="$DIST" bash scripts/build.sh >&2 || exit 1
fi
say "$(chromium --version 2>/dev/null), node $(node --version)"

step node bench/web.mjs --dist "$DIST"
say "bundle sizes (brotli wasm), the officers' desk (petugas/) included"
step node tools/size-check.mjs "$DIST"
say "booking store"
step bash scripts/bench-backend.sh
say "triage (native, development set)"
step cargo run --release --quiet --bin triage -- --bench tests/data/triage-devset.tsv
exit $status
