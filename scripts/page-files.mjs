// What a built page downloads, read from dist/: the files the page itself names (its first
// load) and the parts wasm-split cut off its module, fetched later (scripts/link-module.mjs).
// Shared by scripts/app-size.mjs, which reports them, and the e2e parts test, which holds
// them to their budgets.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The QR decoder, fetched only when a helper's card is scanned. */
export const SCANNER = 'split_scan.wasm';

/** The page and the scripts, style sheet and wasm it names, as paths within `dist`. */
export function firstLoadFiles(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const named = [...html.matchAll(/(?:href|src)="\/([^"]+\.(?:js|css|wasm))"/g)].map((m) => m[1]);
  return [...new Set([page, ...named])];
}

/** The parts (`split_*`, `chunk_*`) of the page's module, but for those `only` leaves out. */
export function laterParts(dist, page, only = () => true) {
  const html = readFileSync(join(dist, page), 'utf8');
  const meta = html.match(/<meta name="regie-module" content="\/([^/ "]+)\//);
  if (!meta) throw new Error(`no regie-module named in ${page}`);
  return readdirSync(join(dist, meta[1]))
    .filter((name) => /^(split|chunk)_.*\.wasm$/.test(name) && only(name))
    .map((name) => `${meta[1]}/${name}`);
}
