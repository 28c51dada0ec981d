// Prints what a first load of the app transfers: wasm + js + css, raw and gzip.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dir = process.argv[2] || 'dist';
let raw = 0, gz = 0;
const rows = [];
for (const name of readdirSync(dir)) {
  if (!/\.(wasm|js|css|html)$/.test(name)) continue;
  const bytes = readFileSync(join(dir, name));
  const zipped = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length; gz += zipped;
  rows.push(`  ${name.padEnd(40)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KB  gzip ${(zipped / 1024).toFixed(1).padStart(7)} KB`);
}
console.log('First load of the app:');
console.log(rows.join('\n'));
console.log(`  total${' '.repeat(36)}${(raw / 1024).toFixed(1).padStart(8)} KB  gzip ${(gz / 1024).toFixed(1).padStart(7)} KB  (budget 300 KB gzip)`);
