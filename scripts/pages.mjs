// Writes the two pages into a fresh dist/ from their sources, index.html (the client's app)
// and viewer.html (the share viewer, written as v.html), doing what their
// `<link data-trunk …>` tags ask:
//   rel="css" href=F        F as /<name>-<hash>.css, linked with its integrity
//   rel="copy-file" href=F  F copied next to the page
//   rel="copy-dir" href=D   D copied next to the page, whole
// Each page's wasm is put in after this (scripts/build.sh, scripts/link-module.mjs).
//   node scripts/pages.mjs dist
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, extname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const dist = resolve(process.argv[2] || join(ROOT, 'dist'));
const PAGES = [['index.html', 'index.html'], ['viewer.html', 'v.html']];

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

for (const [source, output] of PAGES) {
  const html = readFileSync(join(ROOT, source), 'utf8');
  const out = html.replace(/<link data-trunk\b[^>]*>/g, (tag) => {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (!href) throw new Error(`${source}: no href in ${tag}`);
    const from = join(ROOT, href);
    if (rel === 'css') {
      const bytes = readFileSync(from);
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
      const name = `${basename(href, extname(href))}-${hash}.css`;
      writeFileSync(join(dist, name), bytes);
      const integrity = createHash('sha384').update(bytes).digest('base64');
      return `<link rel="stylesheet" href="/${name}" integrity="sha384-${integrity}">`;
    }
    if (rel === 'copy-file' || rel === 'copy-dir') {
      cpSync(from, join(dist, basename(href)), { recursive: rel === 'copy-dir' });
      return '';
    }
    throw new Error(`${source}: no way to build ${tag}`);
  });
  // Comments are for the sources: the served page goes without them, and without the lines
  // the copy tags stood on.
  const served = out.replace(/<!--[\s\S]*?-->/g, '').split('\n').filter((l) => l.trim()).join('\n');
  writeFileSync(join(dist, output), served + '\n');
  console.log(`pages: ${source} -> ${output}`);
}
