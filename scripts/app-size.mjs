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
    if (wasm && !f.startsWith('loader-') && !f.startsWith('snippets/')) files.push(`${wasm[1]}_bg.wasm`);
  }
  return listSizes(`${title} (${page}):`, [...new Set(files)]);
}

// Prints each file's size, raw and gzip, and the total under `title`; answers the gzip total.
function listSizes(title, names) {
  let raw = 0, gz = 0;
  console.log(title);
  for (const name of names) {
    const bytes = readFileSync(join(dir, name));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length; gz += zipped;
    console.log(`  ${name.padEnd(40)} ${kb(bytes.length)} KB  gzip ${kb(zipped)} KB`);
  }
  console.log(`  ${'total'.padEnd(40)} ${kb(raw)} KB  gzip ${kb(gz)} KB`);
  return gz;
}

const first = report('index.html', 'First load of the app (the first screen: first run or unlock)');
const viewer = report('v.html', 'First load of the share viewer');
// Fetched once the first screen has painted, while the person types the passphrase.
const part = (page) => {
  const meta = readFileSync(join(dir, page), 'utf8').match(/<meta name="[^"]+" content="\/([^ "]+) \/([^"]+)">/);
  return meta ? [meta[1], meta[2]] : [];
};
const rest = listSizes('The rest of the app (fetched after the first screen, while the passphrase is typed):',
  part('index.html'));
listSizes('The rest of the viewer (fetched after the preview, opens and shows the share):', part('v.html'));
const kdf = listSizes('Key-derivation worker (started by the rest of the app):',
  ['regie-kdf_loader.js', 'regie-kdf.js', 'regie-kdf_bg.wasm']);
console.log(`Whole client app, gzip: ${kb(first + rest + kdf).trim()} KB`);
console.log(`Budget: 300 KB gzip for a first load (app: ${kb(first).trim()} KB, viewer: ${kb(viewer).trim()} KB).`);
