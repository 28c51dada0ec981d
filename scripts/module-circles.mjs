#!/usr/bin/env node
// Module circles: no top-level module of a crate may use one that (directly or round
// about) uses it back. A circle means two parts cannot be understood, tested or moved
// apart; its fix is to move the code to the module it belongs to (see docs/size.md).
//
//   node scripts/module-circles.mjs [crate-src-dir …]   (default: the core, the app, the relay)
//   node scripts/module-circles.mjs --self-test          (checks this checker on small fixtures)
//
// Exits 1 and names each circle, with every edge inside it and the files that make the edge.
// Node only, no dependencies.
//
// What counts as a use: any path that starts with `crate::`, `super::` or `self::`, in a
// `use` or in code, including groups (`use crate::{a::{b, c}, d}`), `super::super::` chains
// and `$crate::` in macros. Comments (doc links too) and string literals do not count. Test
// code does not count: files named `tests.rs`/`*_tests.rs`/`test.rs`, files under `tests/`,
// and every item marked `#[cfg(test)]` (a `mod tests { … }`, a `mod tests;`, a test helper).
// Binaries under `bin/` are crates of their own and are left out.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// ---- Reading Rust text ------------------------------------------------------------------

/** The text with comments blanked and string and char literals emptied, so neither a doc
 * link nor a "crate::x" in a message reads as a use, and braces in strings do not count. */
export function clean(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      let depth = 0; // block comments nest in Rust
      do {
        if (text.startsWith('/*', i)) { depth++; i += 2; } else if (text.startsWith('*/', i)) { depth--; i += 2; } else i++;
      } while (depth > 0 && i < text.length);
      out += ' ';
    } else if (/[rb]/.test(c) && !/[A-Za-z0-9_]/.test(text[i - 1] ?? '') && /^(?:br|r)#*"/.test(text.slice(i, i + 40))) {
      // raw string: r"…", r#"…"#, br##"…"##
      const open = text.slice(i).match(/^(?:br|r)(#*)"/);
      const close = `"${open[1]}`;
      const end = text.indexOf(close, i + open[0].length);
      i = end < 0 ? text.length : end + close.length;
      out += '""';
    } else if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      out += '""';
    } else if (c === "'") {
      // a char literal ('{', '\n', '\u{7f}'), or else a lifetime ('a), which stays
      const literal = text.slice(i, i + 12).match(/^'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^\\'\n])'/);
      if (literal) { i += literal[0].length; out += "' '"; } else { out += c; i++; }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The index just past the item that starts at `i`: up to its `;`, or its `{ … }` block. */
function itemEnd(text, i) {
  for (let depth = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ';' && depth === 0) return i + 1;
    if (c === '{') depth++;
    if (c === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The cleaned text without the items marked `#[cfg(test)]` (null for a test-only file). */
export function withoutTests(text) {
  if (/#!\s*\[\s*cfg\s*\(\s*test\s*\)\s*\]/.test(text)) return null;
  const mark = /#\s*\[\s*cfg\s*\(\s*test\s*\)\s*\]/g;
  let out = '';
  let from = 0;
  for (let m; (m = mark.exec(text)); ) {
    if (m.index < from) continue;
    out += text.slice(from, m.index);
    let i = m.index + m[0].length;
    // further attributes of the same item (`#[path = "…"]`, `#[allow(…)]`)
    for (let a; (a = text.slice(i).match(/^\s*#\s*\[/)); ) i = itemEnd(text.replace(/\[/g, '{').replace(/\]/g, '}'), i + a[0].length - 1);
    from = itemEnd(text, i);
    mark.lastIndex = from;
  }
  return out + text.slice(from);
}

// ---- Which modules a file uses ----------------------------------------------------------

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Parses the path or use tree at `i` (starting at `crate`, `super` or `self`) inside module
 * `base`, and returns the absolute module paths it names and where it ends. */
function parseTree(s, i, base) {
  const paths = [];
  let path = base.slice();
  let first = true;
  const ws = () => { while (/\s/.test(s[i] ?? '')) i++; };
  for (;;) {
    ws();
    if (s[i] === '{') {
      // a group: each item continues the path so far
      i++;
      for (;;) {
        ws();
        if (s[i] === '}') { i++; break; }
        if (i >= s.length) break;
        const inner = parseTree(s, i, path);
        paths.push(...inner.paths);
        i = inner.end;
        ws();
        if (s[i] === ',') i++;
        else if (s[i] !== '}') break; // not a use tree after all
      }
      return { paths, end: i };
    }
    if (s[i] === '*') return { paths: [...paths, path], end: i + 1 };
    const id = s.slice(i).match(IDENT)?.[0];
    if (!id) return { paths: [...paths, path], end: i };
    if (id === 'crate' && first) path = [];
    else if (id === 'super' && (first || path.superChain)) { path = path.slice(0, -1); path.superChain = true; }
    else if (id === 'self' && first) { /* this module, or the group's path */ }
    else path = [...path, id];
    first = false;
    i += id.length;
    ws();
    if (!s.startsWith('::', i) || s[i + 2] === '<') return { paths: [...paths, path], end: i };
    i += 2;
  }
}

/** For one file's text in module `mod` (path from the crate root), every absolute module
 * path it names. Inline modules (`mod b64 { … }`) shift what `super::` and `self::` mean. */
export function usedPaths(text, mod) {
  const s = withoutTests(clean(text));
  if (s === null) return [];
  const found = [];
  const stack = []; // per open brace: the inline module's name, or null
  const token = /\bmod\s+([A-Za-z_][A-Za-z0-9_]*)\s*\{|[{}]|(?<![A-Za-z0-9_])(crate|super|self)\s*::/g;
  for (let m; (m = token.exec(s)); ) {
    if (m[1]) stack.push(m[1]);
    else if (m[0] === '{') stack.push(null);
    else if (m[0] === '}') stack.pop();
    else {
      const here = [...mod, ...stack.filter(Boolean)];
      const tree = parseTree(s, m.index, here);
      found.push(...tree.paths);
      token.lastIndex = Math.max(tree.end, m.index + m[0].length);
    }
  }
  return found;
}

// ---- A crate's graph and its circles ----------------------------------------------------

/** A file's module path from the crate root: `share/words.rs` → ['share', 'words']. */
function modOf(rel) {
  const parts = rel.replace(/\.rs$/, '').split(/[\\/]/);
  if (['mod', 'lib', 'main'].includes(parts.at(-1))) parts.pop();
  return parts;
}

const isTestFile = (rel) => /(^|[\\/_])tests?\.rs$/.test(rel) || /(^|[\\/])tests[\\/]/.test(rel);

/** The circles among the top-level modules of one crate, given its files as
 * { 'share/words.rs': text, … }: each as { modules, edges: [[from, to, files]] }. */
export function circles(files) {
  const rels = Object.keys(files).filter((rel) => !isTestFile(rel) && !/(^|[\\/])bin[\\/]/.test(rel));
  const tops = new Set(rels.map((rel) => modOf(rel)[0]).filter(Boolean));
  const edges = new Map(); // from → to → Set(files)
  for (const rel of rels) {
    const mod = modOf(rel);
    if (mod.length === 0) continue; // the crate root only declares and re-exports
    for (const path of usedPaths(files[rel], mod)) {
      const to = path[0];
      if (!to || to === mod[0] || !tops.has(to)) continue;
      if (!edges.has(mod[0])) edges.set(mod[0], new Map());
      const out = edges.get(mod[0]);
      if (!out.has(to)) out.set(to, new Set());
      out.get(to).add(rel.split(sep).join('/'));
    }
  }
  // Tarjan's strongly connected components: each with more than one module is a circle.
  const found = [];
  let index = 0;
  const idx = new Map(), low = new Map(), stack = [], on = new Set();
  const visit = (v) => {
    idx.set(v, index); low.set(v, index++); stack.push(v); on.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) !== idx.get(v)) return;
    const comp = [];
    let w;
    do { w = stack.pop(); on.delete(w); comp.push(w); } while (w !== v);
    if (comp.length < 2) return;
    comp.sort();
    const inside = [];
    for (const a of comp) for (const [b, via] of edges.get(a) ?? []) if (comp.includes(b)) inside.push([a, b, [...via].sort()]);
    found.push({ modules: comp, edges: inside });
  };
  for (const v of [...tops].sort()) if (!idx.has(v)) visit(v);
  return found;
}

function readCrate(root) {
  const files = {};
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.rs')) files[relative(root, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(root);
  return files;
}

// ---- Self-test: the checker itself must find what it is meant to find ---------------------

function selfTest() {
  const names = (files) => circles(files).map((c) => c.modules.join(' '));
  const cases = [
    ['nested groups', { 'a.rs': 'use crate::{x::{y, z}, b::{self, Thing}};', 'b.rs': 'use crate::a::Q;' }, ['a b']],
    ['super chain from a nested file', { 'a/deep/inner.rs': 'use super::super::super::b::T;', 'a/mod.rs': 'mod deep;', 'b.rs': 'fn f() { crate::a::g() }' }, ['a b']],
    ['self:: stays home', { 'a/mod.rs': 'use self::b::T; mod b;', 'a/b.rs': '', 'b.rs': 'use crate::a::T;' }, []],
    ['super:: group from a child', { 'a/words.rs': 'use super::{T, U};', 'b.rs': 'use crate::a::T;', 'a.rs': 'mod words; use crate::b::V;' }, ['a b']],
    ['super:: in an inline module stays home', { 'a.rs': 'mod inner { use super::b; }', 'b.rs': 'use crate::a::T;' }, []],
    ['comments and strings do not count', { 'a.rs': '/// see [`crate::b::T`]\n/* crate::b */ const S: &str = "crate::b::T {"; const C: char = \'{\';', 'b.rs': 'use crate::a::T;' }, []],
    ['test code does not count', { 'a.rs': '#[cfg(test)]\nmod tests { use crate::b::T; }\n#[cfg(test)]\n#[path = "x_tests.rs"]\nmod more;\nfn real() {}', 'a/x_tests.rs': 'use crate::b::T;', 'b.rs': 'use crate::a::real;' }, []],
    ['code after a test item still counts', { 'a.rs': '#[cfg(test)]\nfn helper() {}\nfn real() { crate::b::go() }', 'b.rs': 'use crate::a::real;' }, ['a b']],
    ['a circle of three', { 'a.rs': 'use crate::b::T;', 'b.rs': 'use crate::c::T;', 'c.rs': 'pub fn f() { crate::a::g::<u8>() }', 'd.rs': 'use crate::a::T;' }, ['a b c']],
    ['$crate in a macro', { 'a.rs': 'macro_rules! m { () => { $crate::b::T } }', 'b.rs': 'use crate::a::m;' }, ['a b']],
  ];
  let failed = 0;
  for (const [what, files, want] of cases) {
    const got = names(files);
    const ok = JSON.stringify(got) === JSON.stringify(want);
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok ? '' : `: found ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`}`);
  }
  return failed === 0;
}

// ---- Main ---------------------------------------------------------------------------------

const args = process.argv.slice(2);
if (args[0] === '--self-test') {
  process.exit(selfTest() ? 0 : 1);
} else if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('module-circles.mjs')) {
  const roots = args.length ? args : ['crates/regie-core/src', 'src', 'crates/regie-relay/src'];
  let count = 0;
  for (const root of roots) {
    for (const circle of circles(readCrate(root))) {
      count++;
      console.log(`${root}: circle of ${circle.modules.length}: ${circle.modules.join(' ')}`);
      for (const [a, b, via] of circle.edges) console.log(`   ${a} -> ${b}: ${via.join(' ')}`);
    }
  }
  if (count) {
    console.error(`${count} module circle(s): move the code to the module it belongs to (docs/size.md).`);
    process.exit(1);
  }
  console.log(`no module circles in ${roots.join(', ')}`);
}
