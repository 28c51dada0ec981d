// Writes dist/sw.js from public/sw.js: the list of app-shell files to keep on the phone, and
// a version that is a hash of those files, so any change to the app makes a new version.
// Run by scripts/build.sh after both pages are built:  node scripts/make-sw.mjs dist
//
// The share viewer's files (v.html and its module's folder) are left out: the client's
// phone does not need them offline, and a professional's phone never installs the worker.
// SW_VERSION_SALT (optional) changes the version without changing the files; the update
// test uses it to publish a "next" version.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const dist = resolve(process.argv[2] || join(ROOT, 'dist'));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

// What the viewer page loads: every local src/href in v.html and the files its loader names.
function viewerFiles() {
  const files = new Set(['/v.html']);
  let html;
  try {
    html = readFileSync(join(dist, 'v.html'), 'utf8');
  } catch {
    return files;
  }
  const refs = [...html.matchAll(/(?:src|href)="(\/[^"#?]+)"/g)].map((m) => m[1]);
  // Its module's folder, parts and all (see scripts/link-module.mjs).
  const module = html.match(/<meta name="regie-module" content="\/([^/" ]+)\//);
  if (module) for (const path of walk(join(dist, module[1]))) files.add('/' + relative(dist, path).split('\\').join('/'));
  for (const ref of refs) {
    files.add(ref);
    if (ref.endsWith('.js')) {
      try {
        const js = readFileSync(join(dist, ref), 'utf8');
        for (const m of js.matchAll(/['"](\/[^'"#?]+\.(?:js|wasm))['"]/g)) files.add(m[1]);
      } catch { /* not a local file */ }
    }
  }
  return files;
}

// Only the app's own files: not the viewer's (except what both pages share, such as the
// stylesheet), not the worker itself, not precompressed twins.
const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const appRefs = new Set([...indexHtml.matchAll(/(?:src|href)="(\/[^"#?]+)"/g)].map((m) => m[1]));
const viewerOnly = [...viewerFiles()].filter((f) => !appRefs.has(f));
const files = walk(dist)
  .map((path) => '/' + relative(dist, path).split('\\').join('/'))
  // Language files are kept once fetched (when chosen), not downloaded by everyone.
  .filter((p) => p !== '/sw.js' && !/\.(gz|br)$/.test(p) && !viewerOnly.includes(p))
  .filter((p) => !p.startsWith('/lang/'))
  .sort();

const template = readFileSync(join(ROOT, 'public', 'sw.js'), 'utf8');
// The worker's own code counts too: a change to it is a new version.
const hash = createHash('sha256').update(template);
// Language files are not precached, but a changed translation is a new version too, so
// that a phone does not keep the old file.
const langFiles = walk(dist)
  .map((path) => '/' + relative(dist, path).split('\\').join('/'))
  .filter((p) => p.startsWith('/lang/') && !/\.(gz|br)$/.test(p))
  .sort();
for (const file of [...files, ...langFiles]) {
  hash.update(file + '\0');
  hash.update(readFileSync(join(dist, file)));
  hash.update('\0');
}
if (process.env.SW_VERSION_SALT) hash.update(process.env.SW_VERSION_SALT);
const version = hash.digest('hex').slice(0, 16);

if (!template.includes("'__VERSION__'") || !template.includes('__PRECACHE__')) {
  console.error('make-sw: public/sw.js lacks its placeholders');
  process.exit(1);
}
const out = template
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__PRECACHE__', JSON.stringify(files, null, 2));
writeFileSync(join(dist, 'sw.js'), out);
const bytes = files.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
console.log(`make-sw: version ${version}, ${files.length} files (${(bytes / 1024).toFixed(0)} KB) kept for offline use`);
