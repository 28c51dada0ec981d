// Prints what each part of the app transfers, wasm + js + css + html: raw, gzip and brotli
// (best quality, as scripts/precompress.mjs writes the twins the relay serves): for the
// client's app (index.html, then the rest and the app's worker script) and for the share
// viewer (v.html, then the rest), each counted from its own page. Then the size budgets
// (gzip, issue 29) with a pass or fail mark each. It only reports: the e2e parts test holds
// the limit that fails a build.
// Run by scripts/build.sh:  node scripts/app-size.mjs dist
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dir = process.argv[2] || 'dist';
const kb = (n) => (n / 1024).toFixed(1).padStart(8);

const brotli = (bytes) => brotliCompressSync(bytes, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  },
}).length;

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

// Prints each file's size, raw, gzip and brotli, and the totals under `title`; answers the
// totals as { gz, br }.
function listSizes(title, names) {
  let raw = 0, gz = 0, br = 0;
  console.log(title);
  for (const name of names) {
    const bytes = readFileSync(join(dir, name));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    const squeezed = brotli(bytes);
    raw += bytes.length; gz += zipped; br += squeezed;
    console.log(`  ${name.padEnd(40)} ${kb(bytes.length)} KB  gzip ${kb(zipped)} KB  brotli ${kb(squeezed)} KB`);
  }
  console.log(`  ${'total'.padEnd(40)} ${kb(raw)} KB  gzip ${kb(gz)} KB  brotli ${kb(br)} KB`);
  return { gz, br };
}

const sum = (...parts) => ({ gz: parts.reduce((n, p) => n + p.gz, 0), br: parts.reduce((n, p) => n + p.br, 0) });

const first = report('index.html', 'First load of the app (the first screen: first run or unlock)');
const viewer = report('v.html', 'First load of the share viewer (the preview)');
// Fetched once the first screen has painted, while the person types the passphrase.
const part = (page) => {
  const meta = readFileSync(join(dir, page), 'utf8').match(/<meta name="[^"]+" content="\/([^ "]+) \/([^"]+)">/);
  return meta ? [meta[1], meta[2]] : [];
};
const rest = listSizes('The rest of the app (fetched after the first screen, while the passphrase is typed):',
  part('index.html'));
const viewerRest = listSizes('The rest of the viewer (fetched after the preview, opens and shows the share):',
  part('v.html'));
// The worker's script only: it runs the rest of the app's module, which the page posts to it.
const kdf = listSizes('The app\'s worker (started by the rest of the app, runs its module):',
  ['worker.js']);

// Issue 29's budgets, gzip; brotli (what the relay serves) is printed beside them.
const budgets = [
  ['whole client app', sum(first, rest, kdf), 900],
  ['first screen', first, 135],
  ['viewer preview', viewer, 220],
  ['viewer in all', sum(viewer, viewerRest), 550],
];
console.log('Budgets (gzip):');
for (const [what, size, limit] of budgets) {
  const mark = size.gz <= limit * 1024 ? 'pass' : 'FAIL';
  console.log(`  ${mark}  ${what.padEnd(18)} gzip ${kb(size.gz)} KB  (budget ${String(limit).padStart(4)} KB)  brotli ${kb(size.br)} KB`);
}
