// Prints what a first load transfers, wasm + js + css + html, raw and gzip: for the client's
// app (index.html) and for the share viewer (v.html), each counted from its own page.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dir = process.argv[2] || 'dist';
const kb = (n) => (n / 1024).toFixed(1).padStart(8);

function report(page, title) {
  const html = readFileSync(join(dir, page), 'utf8');
  const files = [page, ...[...html.matchAll(/(?:href|src)="\/([^"]+\.(?:js|css|wasm))"/g)].map((m) => m[1])];
  // The JS glue fetches the wasm next to it.
  for (const f of [...files]) {
    const wasm = f.match(/^(.*)\.js$/);
    if (wasm && !f.startsWith('loader-')) files.push(`${wasm[1]}_bg.wasm`);
  }
  let raw = 0, gz = 0;
  console.log(`${title} (${page}):`);
  for (const name of [...new Set(files)]) {
    const bytes = readFileSync(join(dir, name));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length; gz += zipped;
    console.log(`  ${name.padEnd(40)} ${kb(bytes.length)} KB  gzip ${kb(zipped)} KB`);
  }
  console.log(`  ${'total'.padEnd(40)} ${kb(raw)} KB  gzip ${kb(gz)} KB`);
  return gz;
}

report('index.html', 'First load of the app');
report('v.html', 'First load of the share viewer');
// The key-derivation worker is fetched while the person types the passphrase, after the
// first screen is up; it is counted apart.
{
  let gz = 0;
  console.log('Key-derivation worker (fetched after the first screen):');
  for (const name of ['regie-kdf_loader.js', 'regie-kdf.js', 'regie-kdf_bg.wasm']) {
    const bytes = readFileSync(join(dir, name));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    gz += zipped;
    console.log(`  ${name.padEnd(40)} ${kb(bytes.length)} KB  gzip ${kb(zipped)} KB`);
  }
  console.log(`  ${'total'.padEnd(40)} ${''.padStart(8)}     gzip ${kb(gz)} KB`);
}
console.log('Budget: 300 KB gzip for the first load.');
