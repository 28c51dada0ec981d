// Puts one page's wasm module, as split and bound (scripts/build.sh), into a folder of its own
// in dist/, named after the hash of its files, and starts it from the page:
//   dist/<prefix>-<hash>/<bin>.js, <bin>_bg.wasm   the page's first part: glue and wasm
//   dist/<prefix>-<hash>/__wasm_split.js           wasm-split's loader of the other parts
//   dist/<prefix>-<hash>/split_*.wasm, chunk_*.wasm the parts loaded when needed
//   dist/<prefix>-<hash>/start.js                  starts the module (no inline script: CSP)
// The split's files name each other without a hash, so each build gets a folder of its own:
// files of two builds never mix, and the relay may let browsers keep them for good.
// On the page: preload hints for what the first part needs, the start script, and
//   <meta name="regie-module" content="/<prefix>-<hash>/<bin>.js /<prefix>-<hash>/<bin>_bg.wasm">
// for the app's worker, which runs the same module (src/platform/worker.rs).
//   node scripts/link-module.mjs <bound folder> <bin> <prefix> <dist/page.html>
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';

const [from, bin, prefix, page] = process.argv.slice(2);
const names = readdirSync(from).sort();
for (const needed of [`${bin}.js`, `${bin}_bg.wasm`, '__wasm_split.js']) {
  if (!names.includes(needed)) {
    console.error(`link-module: no ${needed} in ${from}`);
    process.exit(1);
  }
}
const hash = createHash('sha256');
for (const name of names) hash.update(name).update(readFileSync(join(from, name)));
const folder = `${prefix}-${hash.digest('hex').slice(0, 16)}`;
const dist = dirname(page);
cpSync(from, join(dist, folder), { recursive: true });
writeFileSync(join(dist, folder, 'start.js'), `import init from "./${bin}.js";\nawait init();\n`);

const at = `/${folder}/`;
const head = [
  `<link rel="modulepreload" href="${at}${bin}.js">`,
  `<link rel="modulepreload" href="${at}__wasm_split.js">`,
  `<link rel="preload" href="${at}${bin}_bg.wasm" as="fetch" type="application/wasm" crossorigin="anonymous">`,
  `<meta name="regie-module" content="${at}${bin}.js ${at}${bin}_bg.wasm">`,
  `<script type="module" src="${at}start.js"></script>`,
];
const html = readFileSync(page, 'utf8');
if (!html.includes('</head>')) {
  console.error('link-module: no </head> in ' + page);
  process.exit(1);
}
writeFileSync(page, html.replace('</head>', `  ${head.join('\n    ')}\n  </head>`));
const parts = names.filter((n) => /^(split|chunk)_.*\.wasm$/.test(n));
console.log(`link-module: ${bin} in /${folder}/ (later: ${parts.join(', ') || 'no parts'}), started from ${page}`);
