// Prints what each part of the app transfers, wasm + js + css + html: raw, gzip (level 9) and
// brotli (best quality, as scripts/precompress.mjs writes the twins), and what the relay
// really sends a browser: each file fetched from the built relay (target/release/regie-relay)
// serving this folder, with Chromium's Accept-Encoding, counted as it comes over the wire.
// For the client's app (index.html, then the rest and the app's worker script) and for
// the share viewer (v.html, then the rest), each counted from its own page. Then the size
// budgets (gzip, issue 29) with a pass or fail mark each. It only reports: the e2e parts test
// holds the limit that fails a build.
// Run by scripts/build.sh:  node scripts/app-size.mjs dist
import { existsSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { startServer, RELAY } from '../tests/e2e/harness.mjs';
import { firstLoadFiles, laterParts, SCANNER } from './page-files.mjs';

const dir = resolve(process.argv[2] || 'dist');
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
// What Chromium asks for (version 156); the relay picks one of these per file.
const ACCEPT = 'gzip, deflate, br, zstd';

const brotli = (bytes) => brotliCompressSync(bytes, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  },
}).length;

// The relay serving `dir`, when it has been built; else the served column stays empty.
const server = existsSync(RELAY) ? await startServer({ staticDir: dir }) : null;
if (!server) console.log(`(no relay at ${RELAY}: build it to see what it sends)`);

/** The body's length as sent (still compressed) and its Content-Encoding. */
function served(name) {
  return new Promise((res, rej) => {
    // A connection of its own: the relay closes one left idle while a large file's brotli
    // was being computed here.
    const options = { headers: { 'accept-encoding': ACCEPT }, agent: false };
    const req = request(`${server.url}/${name}`, options, (response) => {
      let length = 0;
      response.on('data', (chunk) => { length += chunk.length; });
      response.on('end', () => {
        if (response.statusCode !== 200) rej(new Error(`${name}: the relay answered ${response.statusCode}`));
        else res({ length, encoding: response.headers['content-encoding'] || 'identity' });
      });
    });
    req.on('error', rej);
    req.end();
  });
}

async function report(page, title) {
  return listSizes(`${title} (${page}):`, firstLoadFiles(dir, page));
}

// Prints each file's size, raw, gzip, brotli and as the relay sends it, and the totals under
// `title`; answers the totals as { gz, br, sent }.
async function listSizes(title, names) {
  let raw = 0, gz = 0, br = 0, sent = 0;
  console.log(title);
  for (const name of names) {
    const bytes = readFileSync(join(dir, name));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    // The twin precompress.mjs wrote, when there is one: the same settings, computed once.
    const twin = join(dir, `${name}.br`);
    const squeezed = existsSync(twin) ? statSync(twin).size : brotli(bytes);
    raw += bytes.length; gz += zipped; br += squeezed;
    let wire = '';
    if (server) {
      const { length, encoding } = await served(name === 'v.html' ? 'v' : name);
      sent += length;
      wire = `  sent ${kb(length)} KB ${encoding}`;
    }
    console.log(`  ${name.padEnd(38)} ${kb(bytes.length)} KB  gzip ${kb(zipped)} KB  brotli ${kb(squeezed)} KB${wire}`);
  }
  const wire = server ? `  sent ${kb(sent)} KB` : '';
  console.log(`  ${'total'.padEnd(38)} ${kb(raw)} KB  gzip ${kb(gz)} KB  brotli ${kb(br)} KB${wire}`);
  return { gz, br, sent };
}

const sum = (...parts) => ({
  gz: parts.reduce((n, p) => n + p.gz, 0),
  br: parts.reduce((n, p) => n + p.br, 0),
  sent: parts.reduce((n, p) => n + p.sent, 0),
});


try {
  const first = await report('index.html', 'First load of the app (the first screen: first run or unlock)');
  const viewer = await report('v.html', 'First load of the share viewer (the preview)');
  const rest = await listSizes('The rest of the app (fetched after the first screen, while the passphrase is typed):',
    laterParts(dir, 'index.html', (name) => name !== SCANNER));
  await listSizes('The QR decoder (fetched only when a helper\'s card is scanned):',
    laterParts(dir, 'index.html', (name) => name === SCANNER));
  const viewerRest = await listSizes('The rest of the viewer (fetched after the preview, opens and shows the share):',
    laterParts(dir, 'v.html'));
  // The worker's script only: it runs the app's module, which the page posts to it, and
  // its part, which comes from the page's cache.
  const kdf = await listSizes('The app\'s worker (started by the rest of the app, runs its module):',
    ['worker.js']);

  // Issue 29's budgets, gzip; brotli and what the relay sends are printed beside them.
  const budgets = [
    ['whole client app', sum(first, rest, kdf), 900],
    ['first screen', first, 135],
    ['viewer preview', viewer, 220],
    ['viewer in all', sum(viewer, viewerRest), 550],
  ];
  console.log('Budgets (gzip):');
  for (const [what, size, limit] of budgets) {
    const mark = size.gz <= limit * 1024 ? 'pass' : 'FAIL';
    const wire = server ? `  sent ${kb(size.sent)} KB` : '';
    console.log(`  ${mark}  ${what.padEnd(18)} gzip ${kb(size.gz)} KB  (budget ${String(limit).padStart(4)} KB)  brotli ${kb(size.br)} KB${wire}`);
  }
} finally {
  await server?.cleanup();
}
