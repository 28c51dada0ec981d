// Writes brotli (.br, best quality) and gzip (.gz) twins of the app's text and wasm files in
// dist/, which the relay serves when the browser accepts them. Compressing at the highest
// level once at build time makes the first download on a slow phone smaller than the
// relay's quick on-the-fly compression can.
// Run by scripts/build.sh:  node scripts/precompress.mjs dist
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = resolve(process.argv[2] || 'dist');
const worth = /\.(wasm|js|css|html|svg|json|webmanifest)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

let before = 0;
let after = 0;
for (const path of walk(dist).filter((p) => worth.test(p))) {
  const bytes = readFileSync(path);
  // The worker is rewritten after a build when a next version is published (see the update
  // test); a stale twin would hide it. It is small anyway.
  if (bytes.length < 1024 || path.endsWith('/sw.js')) continue;
  const br = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  before += bytes.length;
  after += br.length;
}
console.log(`precompress: ${(before / 1024).toFixed(0)} KB -> ${(after / 1024).toFixed(0)} KB brotli`);
