#!/usr/bin/env bash
# From a fresh clone: installs what is missing, then runs every test Regie has:
# formatting, clippy, native tests, browser tests (wasm-bindgen-test in headless Chromium),
# and end-to-end tests that drive the release app in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

# A clean run builds native, wasm and release artefacts: about 8 GB under target/.
free_kb=$(df -Pk . | awk 'NR == 2 { print $4 }')
if [ "${free_kb:-0}" -lt $((8 * 1024 * 1024)) ]; then
  printf 'warning: only %s MB free here; a clean test run needs about 8 GB\n' "$((free_kb / 1024))" >&2
fi

step "format"
cargo fmt --all -- --check

step "clippy (native and wasm32)"
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo clippy -p regie -p regie-core --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

step "patched dependencies (crates/patches/README.md)"
# age's translations and curve25519-dalek's basepoint table stay out of the web app: a
# dependency update that brings them back fails here, before any size figure moves.
tree=$(cargo tree --locked -p regie --target wasm32-unknown-unknown -e normal --prefix none)
if grep -Ei '^(fluent|intl[-_]|unic-langid|rust-embed|i18n-)' <<<"$tree" | grep -v '/crates/patches/'; then
  echo "age's translations are back in the web app's dependencies (above)" >&2
  exit 1
fi
if cargo tree --locked -p regie --target wasm32-unknown-unknown -e features -i curve25519-dalek |
  grep precomputed-tables; then
  echo "curve25519-dalek's precomputed tables are back in the web app (above)" >&2
  exit 1
fi

step "module circles (scripts/module-circles.mjs)"
# No top-level module of the core, the app or the relay may use one that uses it back.
node scripts/module-circles.mjs --self-test >/dev/null
node scripts/module-circles.mjs

step "native tests (the relay's against SQLite, memory and a throwaway PostgreSQL)"
# shellcheck source=scripts/throwaway-postgres.sh
source scripts/throwaway-postgres.sh
throwaway_postgres_start
cargo test --workspace --locked
throwaway_postgres_stop

step "browser tests (wasm-bindgen-test, headless Chromium)"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=180
cargo test --locked --target wasm32-unknown-unknown -p regie-core --test browser
# Without the parts (src/platform/parts.rs): a test binary is not split, so it cannot load them.
cargo test --locked --target wasm32-unknown-unknown -p regie --no-default-features --test browser
cargo test --locked --target wasm32-unknown-unknown -p regie --no-default-features --test browser_blobs
cargo test --locked --target wasm32-unknown-unknown -p regie --no-default-features --test browser_backup

step "release build"
scripts/build.sh

step "end-to-end tests (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/
