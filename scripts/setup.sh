#!/usr/bin/env bash
# Install everything the project needs on a fresh machine of this kind (Debian 12, Rust 1.95, Node 20).
# Idempotent: tools already at the pinned version are left alone.
#   scripts/setup.sh          build tools (wasm target, trunk, wasm-bindgen-cli, wasm-opt)
#   scripts/setup.sh --test   plus test tools (Debian chromium + chromedriver, Playwright, axe)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen version in Cargo.lock (Cargo.toml pins `=0.2.130`).
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}\$"; then
  say "installing trunk ${TRUNK_VERSION} (about 6-10 minutes on 2 cores)"
  cargo install trunk --version "${TRUNK_VERSION}" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WASM_BINDGEN_VERSION}\$"; then
  say "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (about 3-5 minutes)"
  # --locked fails on this registry copy; the version itself is pinned exactly.
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}" --force
fi

if [ ! -x tools/node_modules/.bin/wasm-opt ] || [ ! -d tools/node_modules/terser ]; then
  say "installing wasm-opt 132 (npm binaryen) and terser"
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "${1:-}" = "--test" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if [ ! -d e2e/node_modules/@playwright/test ]; then
    say "installing end-to-end test packages"
    (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
say "tools ready: $(trunk --version), wasm-bindgen $(wasm-bindgen --version | cut -d' ' -f2), $(tools/node_modules/.bin/wasm-opt --version)"
