#!/usr/bin/env bash
# Builds the release web app into dist/ and the relay binary, then prints the app's size.
# Two pages: the client's app (index.html) and the share viewer (v.html, served at /v),
# each with its own wasm, so neither downloads the other's code. The client's app comes in
# two parts: the first screen (index.html), and the rest (dossier.html), which the first
# screen fetches while the person types the passphrase. So does the viewer: the preview
# (viewer.html), and opening and showing the share (viewer-content.html). A third part of the
# client's app, the QR decoder (scan.html), loads only when a helper's card is scanned.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# .cargo/config.toml gives every wasm build `--cfg erase_components` (docs/size.md); a
# RUSTFLAGS in the environment replaces that list, and the app would quietly grow by 240 KB.
for flags in "${RUSTFLAGS-}" "${CARGO_ENCODED_RUSTFLAGS-}"; do
  if [ -n "$flags" ] && [[ "$flags" != *erase_components* ]]; then
    echo "RUSTFLAGS replaces .cargo/config.toml's flags: add --cfg erase_components to it" >&2
    exit 1
  fi
done

trunk build --release --dist dist index.html
trunk build --release --dist target/dossier-dist --html-output dossier.html dossier.html
trunk build --release --dist target/scan-dist --html-output scan.html scan.html
trunk build --release --dist target/viewer-dist --html-output v.html viewer.html
trunk build --release --dist target/viewer-content-dist --html-output viewer-content.html viewer-content.html
cp -r target/viewer-dist/. dist/
# Every language but Dutch as a file of its own, fetched when chosen (checked as it is packed).
cargo run --quiet --release -p regie-core --bin regie-pack-languages -- dist/lang
# Trunk writes its loader as an inline <script>; the Content-Security-Policy allows only
# scripts from our own origin, so the loader moves into a file of its own.
node scripts/extract-loader.mjs dist/index.html
node scripts/extract-loader.mjs dist/v.html
node scripts/link-part.mjs target/dossier-dist regie-dossier dist/index.html
node scripts/link-part.mjs target/scan-dist regie-scan dist/index.html
node scripts/link-part.mjs target/viewer-content-dist regie-viewer-content dist/v.html
# The service worker's list of files to keep offline, and its version, come from dist/.
node scripts/make-sw.mjs dist
# Best-quality brotli and gzip twins, which the relay serves instead of compressing on the fly.
node scripts/precompress.mjs dist
cargo build --release -p regie-relay
# What each part sends (gzip, brotli, and as the relay sends it), against the budgets; then
# where its code goes, per crate, read from the modules cargo wrote (docs/size.md).
node scripts/app-size.mjs dist
echo
echo "Where each part's code goes (before wasm-opt; more: node scripts/wasm-breakdown.mjs 30 <module>):"
wasm_dir="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release"
node scripts/wasm-breakdown.mjs 8 "$wasm_dir"/{regie,regie-dossier,regie-scan,regie-viewer,regie-viewer-content}.wasm
