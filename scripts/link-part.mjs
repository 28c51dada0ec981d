// Puts a page's second part (built by Trunk from its own HTML file into its own folder) next
// to the page in dist/, and names the part's script and wasm on the page as
//   <meta name="<bin>" content="/<bin>-<hash>.js /<bin>-<hash>_bg.wasm">
// where src/platform/parts.rs finds them. The page does not load them itself: its first part fetches
// them after the first screen has painted.
//   node scripts/link-part.mjs <part's build folder> <bin> <dist/page.html>
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [from, bin, page] = process.argv.slice(2);
const built = readdirSync(from).find((name) => name.endsWith('.html'));
const html = built ? readFileSync(join(from, built), 'utf8') : '';
const js = html.match(new RegExp(`/(${bin}-[0-9a-f]+\\.js)`));
const wasm = html.match(new RegExp(`/(${bin}-[0-9a-f]+_bg\\.wasm)`));
if (!js || !wasm) {
  console.error(`link-part: no ${bin} script or wasm named in ${from}`);
  process.exit(1);
}
for (const name of readdirSync(from)) {
  if (!name.endsWith('.html')) cpSync(join(from, name), join(dirname(page), name), { recursive: true });
}
const target = readFileSync(page, 'utf8').replace(new RegExp(`\\s*<meta name="${bin}"[^>]*>`), '');
if (!target.includes('</head>')) {
  console.error('link-part: no </head> in ' + page);
  process.exit(1);
}
const meta = `<meta name="${bin}" content="/${js[1]} /${wasm[1]}">`;
writeFileSync(page, target.replace('</head>', `  ${meta}\n  </head>`));
console.log(`link-part: ${js[1]} and ${wasm[1]} named in ${page}`);
