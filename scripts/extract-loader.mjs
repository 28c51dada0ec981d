// Moves Trunk's inline module script out of index.html into a hashed file, so the app runs
// under `script-src 'self'` with no inline script.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';

const file = process.argv[2];
const html = readFileSync(file, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
let count = 0;
const out = html.replace(inline, (_, body) => {
  count += 1;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `loader-${hash}.js`;
  writeFileSync(join(dirname(file), name), body.trim() + '\n');
  return `<script type="module" src="/${name}"></script>`;
});
// Trunk's preload hints carry a build-time nonce that a static page cannot honour.
const cleaned = out.replace(/ nonce="[^"]*"/g, '');
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(cleaned)) {
  console.error('extract-loader: an inline script is left in ' + file);
  process.exit(1);
}
writeFileSync(file, cleaned);
console.log(`extract-loader: moved ${count} inline script(s) out of ${file}`);
