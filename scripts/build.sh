#!/usr/bin/env bash
# Builds the release web app into dist/ and the relay binary, then prints the app's size.
# Two pages: the client's app (index.html) and the share viewer (v.html, served at /v),
# each with its own wasm, so neither downloads the other's code.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

trunk build --release --dist dist index.html
trunk build --release --dist target/viewer-dist --html-output v.html viewer.html
cp -r target/viewer-dist/. dist/
# Trunk writes its loader as an inline <script>; the Content-Security-Policy allows only
# scripts from our own origin, so the loader moves into a file of its own.
node scripts/extract-loader.mjs dist/index.html
node scripts/extract-loader.mjs dist/v.html
# The service worker's list of files to keep offline, and its version, come from dist/.
node scripts/make-sw.mjs dist
# Best-quality brotli and gzip twins, which the relay serves instead of compressing on the fly.
node scripts/precompress.mjs dist
cargo build --release -p regie-relay
node scripts/app-size.mjs dist
