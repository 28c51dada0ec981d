#!/usr/bin/env bash
# Builds the release web app into dist/ and the relay binary, then prints the app's size.
# Two pages: the client's app (index.html) and the share viewer (v.html, served at /v),
# each one wasm module of its own, so neither downloads the other's code. Each module is
# split (docs/split.md): the page first gets only what its first screen needs, and fetches
# the rest as parts while the person reads or types (src/platform/parts.rs). The client's
# app: the first screen, then the dossier, the worker's part (age, scrypt, tar) and the QR
# decoder (only when a helper's card is scanned). The viewer: the preview, then opening and
# showing the share.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
target_dir="${CARGO_TARGET_DIR:-target}"
wasm_dir="$target_dir/wasm32-unknown-unknown/wasm-release"
# Leptos's views and components type-erased (as in .cargo/config.toml, which this replaces:
# docs/size.md), and the linker's relocations kept, which wasm-split reads.
wasm_flags=$'--cfg\x1ferase_components\x1f-Clink-args=--emit-relocs'
# Source paths in panic messages without the machine's folders: a crate's path starts at its
# name (`leptos-0.8.x/src/…`), the standard library's at `library/`. Shorter data, and
# nothing of the build machine in what the app serves.
for index in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  wasm_flags+=$'\x1f'"--remap-path-prefix=$index="
done
wasm_flags+=$'\x1f'"--remap-path-prefix=/rustc/$(rustc -vV | sed -n 's/^commit-hash: //p')/="

# One page's module: cargo builds it with the page's parts (a cargo feature), wasm-split
# cuts it into the first part and the others, wasm-bindgen writes the glue of the first
# (esbuild minifies it), wasm-opt shrinks each wasm (-Oz; in the later parts the functions
# called most often numbered first, so that calls to them take fewer bytes; the low 1 KB of
# memory is the bottom of Rust's stack, never addressed; no producers or target_features
# sections: docs/size.md), and scripts/link-module.mjs puts it into dist/ and starts it
# from the page.
build_module() {
  local bin=$1 features=$2 prefix=$3 page=$4
  local split="$target_dir/split/$bin"
  CARGO_ENCODED_RUSTFLAGS="$wasm_flags" cargo build --quiet --profile wasm-release \
    --target wasm32-unknown-unknown --bin "$bin" --no-default-features --features "$features"
  rm -rf "$split"
  wasm-split-cli "$wasm_dir/$bin.wasm" "$split" --out-name "$bin"
  wasm-bindgen "$split/$bin.wasm" --out-dir "$split/out" --out-name "$bin" --target web \
    --keep-lld-exports --no-demangle --no-typescript
  cp "$split"/__wasm_split.js "$split"/*_*.wasm "$split/out/"
  # The two scripts, minified: what they export and import keeps its name.
  for js in "$split/out/$bin.js" "$split/out/__wasm_split.js"; do
    esbuild "$js" --minify --format=esm --log-level=warning --allow-overwrite --outfile="$js"
  done
  for wasm in "$split"/out/*.wasm; do
    # Numbering the most called functions first shrinks the later parts (4 % gzip on the
    # part `dossier`) but makes the first parts larger in gzip: on the later parts only.
    local order=()
    case "$(basename "$wasm")" in split_* | chunk_*) order=(--reorder-functions) ;; esac
    wasm-opt -Oz "${order[@]}" --low-memory-unused --strip-producers --strip-target-features \
      --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types --enable-multivalue \
      "$wasm" -o "$wasm"
  done
  node scripts/link-module.mjs "$split/out" "$bin" "$prefix" "$page"
}

# The pages, their style sheet, icons and manifest; then each page's wasm.
node scripts/pages.mjs dist
build_module regie app app dist/index.html
build_module regie-viewer viewer viewer dist/v.html
# Every language but Dutch as a file of its own, fetched when chosen (checked as it is packed).
cargo run --quiet --release -p regie-core --bin regie-pack-languages -- dist/lang
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
node scripts/wasm-breakdown.mjs 8 "$target_dir"/split/regie/{regie,split_dossier,split_worker,split_scan}.wasm \
  "$target_dir"/split/regie-viewer/{regie-viewer,split_content}.wasm
