#!/usr/bin/env bash
# Installs what building and testing Regie need, skipping whatever is already there.
#   scripts/setup.sh app    tools to build and run the app
#   scripts/setup.sh test   those, plus Chromium, chromedriver, zbar, poppler, age,
#                           PostgreSQL (for the relay's tests against a throwaway server)
#                           and the npm packages
set -euo pipefail
cd "$(dirname "$0")/.."

# Splits each page's wasm into the parts it loads later (docs/split.md); 0.2.4 is the first
# that knows the wasm-bindgen 0.2.128+ glue.
WASM_SPLIT_VERSION=0.2.4
want=${1:-app}
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

# The wasm-bindgen CLI must be exactly the crate version in Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

[ -f Cargo.lock ] || cargo generate-lockfile
wbg=$(wasm_bindgen_version)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wbg" ]; then
  say "installing wasm-bindgen-cli $wbg"
  # Not --locked: its own lockfile pins a crate version the registry here lacks.
  cargo install wasm-bindgen-cli --version "$wbg"
fi

if ! command -v wasm-split-cli >/dev/null \
  || ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION"
  cargo install --locked --force wasm_split_cli_support --version "$WASM_SPLIT_VERSION" \
    --features build-binary
fi

# npm gives a wasm-opt that works (Debian's breaks wasm-bindgen output) and the test driver.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$want" = test ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v zbarimg >/dev/null || missing+=(zbar-tools)
  # pdftotext reads back the personal plan as Chromium prints it.
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  command -v age >/dev/null || missing+=(age)
  # A real calendar parser reads back the appointments the Dagboek hands to the calendar.
  # Debian's package goes into /usr/bin/python3, whatever python3 comes first on PATH.
  /usr/bin/python3 -c "import icalendar" 2>/dev/null || missing+=(python3-icalendar)
  # The server binaries live in /usr/lib/postgresql/<version>/bin, off the PATH.
  command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
    || missing+=(postgresql)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
say "ready"
