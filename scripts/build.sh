#!/usr/bin/env bash
# Builds the release web app into dist/ and the relay binary, then prints the app's size.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

trunk build --release --dist dist
# Trunk writes its loader as an inline <script>; the Content-Security-Policy allows only
# scripts from our own origin, so the loader moves into a file of its own.
node scripts/extract-loader.mjs dist/index.html
cargo build --release -p regie-relay
node scripts/app-size.mjs dist
