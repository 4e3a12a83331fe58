#!/usr/bin/env bash
# Every test, in order, stopping at the first failing layer (`make test`, CI: `.ci/run`):
#   1. setup (build + test tools)        4. booking store integration tests (PocketBase)
#   2. gates (fmt, clippy) + native tests                5. release build into dist/
#   3. wasm component tests in chromium  6. end-to-end + accessibility tests (Playwright)
# The last line is always "N passed, N failed" (summed over the layers that report counts);
# the exit code is non-zero when anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PASSED=0
FAILED=0
LOGDIR=$(mktemp -d "${TMPDIR:-/tmp}/pendamping-test.XXXXXX")
START=$(date +%s)
STEP=""

section() {
  STEP="$1"
  printf '\n\033[1m==> %s\033[0m  (%ss)\n' "$1" "$(( $(date +%s) - START ))"
}

finish() {
  local rc=$?
  if [[ $rc -ne 0 ]]; then
    # A layer that failed without reporting a count (a build, a crash) counts as one failure.
    if [[ $FAILED -eq 0 ]]; then FAILED=1; fi
    printf '\n\033[1;31mFAILED in: %s\033[0m (logs in %s)\n' "$STEP" "$LOGDIR"
  else
    rm -rf "$LOGDIR"
    printf '\n\033[1;32mall layers passed\033[0m in %ss\n' "$(( $(date +%s) - START ))"
  fi
  echo "${PASSED} passed, ${FAILED} failed"
  exit "$rc"
}
trap finish EXIT

# Sum the "test result: ok. N passed; M failed" lines of cargo / wasm-bindgen-test output.
count_cargo() {
  local p f
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$1" | grep -Eo '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$1" | grep -Eo '[0-9]+ failed' | awk '{s+=$1} END {print s+0}')
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
  echo "counted: $p passed, $f failed"
}

# Run a layer with its output shown and kept; its exit code is returned.
run_logged() {
  local log=$1; shift
  set +e
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  return "$rc"
}

section "1/6 setup: build and test tools"
bash scripts/setup.sh --test
echo "$(chromium --version 2>/dev/null)"
echo "$(chromedriver --version 2>/dev/null)"
echo "node $(node --version), $(cargo --version), $(rustc --version)"

section "2/6 gates: formatting, lints (native and wasm32), then native tests"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --no-default-features --lib --bin pendamping -- -D warnings
echo "gates passed: cargo fmt --check, clippy -D warnings (native all targets, wasm32 Leptos bundles, wasm32 start bundle)"

rc=0; run_logged "$LOGDIR/native.log" cargo test --locked || rc=$?
count_cargo "$LOGDIR/native.log"
[[ $rc -eq 0 ]] || exit "$rc"

section "3/6 wasm component tests in headless chromium (wasm-bindgen-test)"
rc=0
run_logged "$LOGDIR/wasm.log" env CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --locked --target wasm32-unknown-unknown --test web || rc=$?
count_cargo "$LOGDIR/wasm.log"
[[ $rc -eq 0 ]] || exit "$rc"

section "4/6 booking store integration tests (PocketBase)"
rc=0; run_logged "$LOGDIR/backend.log" bash scripts/test-backend.sh || rc=$?
# node --test prints "ℹ pass N" / "ℹ fail N" (spec reporter) or "# pass N" (tap).
p=$(grep -E '^(ℹ|#) pass [0-9]+' "$LOGDIR/backend.log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
f=$(grep -E '^(ℹ|#) fail [0-9]+' "$LOGDIR/backend.log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
PASSED=$((PASSED + p)); FAILED=$((FAILED + f)); echo "counted: $p passed, $f failed"
[[ $rc -eq 0 ]] || exit "$rc"

section "5/6 release build (dist/)"
bash scripts/build.sh
ls -l dist/*.wasm dist/*.js
node tools/size-check.mjs dist   # the size gate: 64 KiB first load, bundle ceilings + 5 %

section "6/6 end-to-end and accessibility tests (Playwright, Debian chromium, 360x740)"
rm -rf e2e/test-results
rc=0; (cd e2e && run_logged "$LOGDIR/e2e.log" npx --no-install playwright test) || rc=$?
(cd e2e && run_logged "$LOGDIR/e2e-booking.log" npx --no-install playwright test -c playwright.booking.config.ts) || rc=$?  # booking page against a real PocketBase
(cd e2e && run_logged "$LOGDIR/e2e-desk.log" npx --no-install playwright test -c playwright.desk.config.ts) || rc=$?  # officers' desk against a real PocketBase
# Every Playwright run writes a JSON report as e2e/test-results/*results.json: count them all.
shopt -s nullglob
reports=(e2e/test-results/*results.json)
shopt -u nullglob
if [[ ${#reports[@]} -gt 0 ]]; then
  read -r p f < <(node -e '
    let p = 0, f = 0;
    for (const file of process.argv.slice(1)) {
      const s = require(file).stats;
      p += s.expected + s.flaky; f += s.unexpected;
    }
    console.log(p + " " + f);' "${reports[@]/#/$ROOT/}")
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f)); echo "counted: $p passed, $f failed (${#reports[@]} reports)"
fi
echo "screenshots: $(ls e2e/test-results/screens 2>/dev/null | wc -l) in e2e/test-results/screens/"
[[ $rc -eq 0 ]] || exit "$rc"
