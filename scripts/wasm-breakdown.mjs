// A twiggy-style breakdown of a wasm module: code size per crate and the largest functions,
// from the module's name section, plus its data (constant tables, text). Reads the modules
// cargo writes (target/wasm32-unknown-unknown/wasm-release/*.wasm), which still have their
// names: Trunk's wasm-opt strips them from what dist/ serves, and makes the code about a fifth
// smaller, so read the figures as shares, not as served bytes. Beside each crate's code: its
// functions' bodies gzipped on their own, which says what leaving the crate out would save
// better than its raw size does (code compresses three to four times; a table of random
// points does not compress at all). scripts/build.sh prints the top 8 of each part.
//   node scripts/wasm-breakdown.mjs [top N] file.wasm ...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const top = /^\d+$/.test(args[0] || '') ? Number(args.shift()) : 12;
if (args.length === 0) {
  console.error('usage: node scripts/wasm-breakdown.mjs [top N] file.wasm ...');
  process.exit(2);
}

function leb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

// Sections of a module: { id, name (custom only), start, end } of each body.
function sections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    let size;
    [size, at] = leb(bytes, at + 1);
    const section = { id, start: at, end: at + size };
    if (id === 0) {
      let len, p;
      [len, p] = leb(bytes, at);
      section.name = bytes.toString('utf8', p, p + len);
      section.payload = p + len;
    }
    out.push(section);
    at += size;
  }
  return out;
}

function importedFunctions(bytes, section) {
  let [count, at] = leb(bytes, section.start);
  let functions = 0;
  for (let i = 0; i < count; i++) {
    for (let s = 0; s < 2; s++) {
      let len;
      [len, at] = leb(bytes, at);
      at += len;
    }
    const kind = bytes[at++];
    if (kind === 0) { [, at] = leb(bytes, at); functions++; }
    else if (kind === 1) { at += 1; const flags = bytes[at++]; [, at] = leb(bytes, at); if (flags & 1) [, at] = leb(bytes, at); }
    else if (kind === 2) { const flags = bytes[at++]; [, at] = leb(bytes, at); if (flags & 1) [, at] = leb(bytes, at); }
    else if (kind === 3) { at += 2; }
    else if (kind === 4) { at += 1; [, at] = leb(bytes, at); }
  }
  return functions;
}

function functionNames(bytes, section) {
  const names = new Map();
  let at = section.payload;
  while (at < section.end) {
    const kind = bytes[at];
    let size;
    [size, at] = leb(bytes, at + 1);
    if (kind === 1) {
      let [count, p] = leb(bytes, at);
      for (let i = 0; i < count; i++) {
        let index, len;
        [index, p] = leb(bytes, p);
        [len, p] = leb(bytes, p);
        names.set(index, bytes.toString('utf8', p, p + len));
        p += len;
      }
    }
    at += size;
  }
  return names;
}

// Legacy Rust mangling (_ZN...E) to a path; other names as they are.
function demangle(name) {
  if (!name.startsWith('_ZN')) return name;
  const parts = [];
  let at = 3;
  while (at < name.length && name[at] !== 'E') {
    const digits = name.slice(at).match(/^\d+/);
    if (!digits) break;
    at += digits[0].length;
    parts.push(name.slice(at, at + Number(digits[0])));
    at += Number(digits[0]);
  }
  return parts.join('::')
    .replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ')
    .replace(/\$RF\$/g, '&').replace(/\$C\$/g, ',').replace(/\.\./g, '::');
}

// The crate a function belongs to: the first path segment; for `<T as Trait>::f` and
// `<impl Trait for T>::f` the crate of T, which holds the code; v0-mangled names (the
// precompiled standard library) by their first crate.
function crateOf(path) {
  if (path.startsWith('__wbindgen_describe')) return '(wasm-bindgen descriptors: the CLI removes them)';
  const v0 = path.match(/^_R.*?C(?:s[0-9A-Za-z]*_)?(\d+)/);
  if (v0) {
    const at = path.indexOf(v0[0]) + v0[0].length;
    return path.slice(at, at + Number(v0[1]));
  }
  let inner = path.replace(/^_?</, '').replace(/^impl\s+.*?\s+for\s+/, '');
  inner = inner.replace(/^[&\s]*(?:(?:dyn|mut|impl)\s+)*[<&\s]*/, '');
  const crate = inner.match(/^([A-Za-z_][A-Za-z0-9_]*)::/);
  if (crate) return crate[1];
  return /^T as |^T>/.test(inner) ? '(generic: T as …)' : '(other)';
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);

// Which part of the app each module cargo writes becomes (scripts/build.sh, docs/size.md).
const PARTS = {
  regie: 'the first screen',
  split_dossier: 'the rest of the app',
  split_worker: "the app's worker",
  split_scan: "the card scanner (only when a helper's card is scanned)",
  'regie-viewer': "the viewer's preview",
  split_content: 'the rest of the viewer',
};

for (const file of args) {
  const bytes = readFileSync(file);
  const all = sections(bytes);
  const imports = all.find((s) => s.id === 2);
  const code = all.find((s) => s.id === 10);
  const data = all.find((s) => s.id === 11);
  const nameSection = all.find((s) => s.id === 0 && s.name === 'name');
  if (!nameSection) {
    console.log(`${basename(file)}: no name section (a wasm-opt'ed module?); read the one cargo wrote`);
    continue;
  }
  const firstIndex = imports ? importedFunctions(bytes, imports) : 0;
  const names = functionNames(bytes, nameSection);
  const functions = [];
  let [count, at] = leb(bytes, code.start);
  for (let i = 0; i < count; i++) {
    let size;
    [size, at] = leb(bytes, at);
    const path = demangle(names.get(firstIndex + i) || `function[${firstIndex + i}]`);
    functions.push({ path: path.replace(/::h[0-9a-f]{16}$/, ''), size, body: bytes.subarray(at, at + size) });
    at += size;
  }
  // wasm-bindgen's descriptor functions only tell its CLI the types; it removes them.
  const describes = (f) => crateOf(f.path).startsWith('(wasm-bindgen descriptors');
  const kept = functions.filter((f) => !describes(f));
  const perCrate = new Map();
  const bodies = new Map();
  for (const f of kept) {
    const crate = crateOf(f.path);
    perCrate.set(crate, (perCrate.get(crate) || 0) + f.size);
    bodies.set(crate, [...(bodies.get(crate) || []), f.body]);
  }
  const gzipAlone = (crate) => gzipSync(Buffer.concat(bodies.get(crate)), { level: 9 }).length;
  const codeSize = kept.reduce((n, f) => n + f.size, 0);
  const dataSize = data ? data.end - data.start : 0;
  const part = PARTS[basename(file, '.wasm')];
  console.log(`${basename(file)}${part ? ` (${part})` : ''}: ${kb(bytes.length).trim()} KB; code ${kb(codeSize).trim()} KB in ${kept.length} functions `
    + `(wasm-bindgen descriptors left out); data ${kb(dataSize).trim()} KB`);
  console.log('  code per crate (raw, share, gzipped alone):');
  for (const [crate, size] of [...perCrate].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`    ${kb(size)} KB  ${(100 * size / codeSize).toFixed(1).padStart(5)} %  gzip ${kb(gzipAlone(crate))} KB  ${crate}`);
  }
  const i18n = [...perCrate].filter(([crate]) => /fluent|intl|unic_lang|i18n|rust_embed|type_map|arc_swap/.test(crate));
  if (i18n.length) {
    const sum = i18n.reduce((n, [, size]) => n + size, 0);
    console.log(`    ${kb(sum)} KB  ${(100 * sum / codeSize).toFixed(1).padStart(5)} %  of which age's translations: ${i18n.map(([c]) => c).join(', ')}`);
  }
  console.log('  largest functions:');
  for (const f of kept.sort((a, b) => b.size - a.size).slice(0, top)) {
    console.log(`    ${kb(f.size)} KB  ${f.path.slice(0, 110)}`);
  }
}
