// The app in parts: the first screen (first run or unlock) comes alone and small; the rest
// of the app (the parts wasm-split cut off the same module) comes after it has painted. A download that fails is told in a plain
// sentence, stores nothing, and the next press works. The viewer does the same: preview
// first, the part that opens the share after.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import {
  ROOT, phoneContext, byTestId, createDossier, unlock, saved, makeShare, PASSPHRASE, suite,
  writeStory, storyText,
} from './harness.mjs';
import { firstLoadFiles, laterParts, SCANNER } from '../../scripts/page-files.mjs';

const run = suite();

const DOSSIER_PART = /\/app-[0-9a-f]+\/split_dossier\.wasm$/;
const VIEWER_PART = /\/viewer-[0-9a-f]+\/split_content\.wasm$/;

const DIST = join(ROOT, 'dist');
/** These files of dist/, gzip-compressed, in bytes. */
const gzipped = (files) => files.reduce((total, f) => total + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
/** The files a page itself loads (not its later parts), gzip-compressed, in bytes. */
const firstLoadGzip = (page) => gzipped(firstLoadFiles(DIST, page));

// The first screens are held to their budgets (docs/size.md): the app's first screen
// (132.2 KB on 2026-12-07) and the viewer's preview (211.0 KB).
const FIRST_LOAD_LIMIT_KB = { 'index.html': 135, 'v.html': 220 };

test('the first screens are within their gzip limits, and the rest is not part of them', () => {
  for (const [page, limit] of Object.entries(FIRST_LOAD_LIMIT_KB)) {
    const size = firstLoadGzip(page);
    assert.ok(size <= limit * 1024, `${page}: ${(size / 1024).toFixed(1)} KB gzip, limit ${limit} KB`);
  }
  for (const [page, folder, bin] of [['index.html', 'app', 'regie'], ['v.html', 'viewer', 'regie-viewer']]) {
    const html = readFileSync(join(ROOT, 'dist', page), 'utf8');
    const module = new RegExp(`<meta name="regie-module" content="/${folder}-[0-9a-f]{16}/${bin}\\.js /${folder}-[0-9a-f]{16}/${bin}_bg\\.wasm">`);
    assert.match(html, module);
    // The parts are fetched by the module itself, later: the page names none of them.
    assert.doesNotMatch(html, /split_|chunk_/);
  }
});

// The whole of each page is held to its budget too (docs/size.md): the client's app, its
// first screen, the rest and the worker's script (873 KB on 2026-12-07; the QR decoder,
// fetched only when a helper's card is scanned, apart), and the viewer in all (443 KB).
test('the whole client app and the whole viewer are within their gzip limits', () => {
  const app = firstLoadGzip('index.html')
    + gzipped(laterParts(DIST, 'index.html', (name) => name !== SCANNER)) + gzipped(['worker.js']);
  assert.ok(app <= 900 * 1024, `the client app: ${(app / 1024).toFixed(1)} KB gzip, limit 900 KB`);
  const viewer = firstLoadGzip('v.html') + gzipped(laterParts(DIST, 'v.html'));
  assert.ok(viewer <= 550 * 1024, `the viewer: ${(viewer / 1024).toFixed(1)} KB gzip, limit 550 KB`);
});

test('the first screen carries its own texts only, not those of the later screens', () => {
  const html = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
  const [, wasm] = html.match(/<meta name="regie-module" content="\/\S+ \/(\S+\.wasm)">/);
  const first = readFileSync(join(ROOT, 'dist', wasm));
  const has = (dutch) => first.includes(Buffer.from(dutch));
  // The unlock screen's own sentence is there, as it is written in the catalogue.
  assert.ok(has('Typ je wachtzin om je dossier te openen.'), 'the first screen lacks its own text');
  // Texts of the open app's main table (the idle lock, a contact's form, the home screen's
  // money line) are not.
  for (const later of [
    'Regie vergrendelt je dossier zo, omdat je een tijdje niets hebt gedaan.',
    'Rol: wat doet deze persoon voor je?',
    'Je inkomen, vaste lasten, schulden en betalingsregelingen.',
  ]) {
    assert.ok(!has(later), `the first screen carries a later screen's text: ${later}`);
  }
});

test('the first screen shows before the rest of the app arrives; a failed download loses nothing', async () => {
  const context = await phoneContext(run.browser);
  const page = await context.newPage();
  // The rest of the app cannot be downloaded (a dead spot in the waiting room).
  let blocked = true;
  await page.route(DOSSIER_PART, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(run.server.url);
  await byTestId(page, 'create-dossier').waitFor();

  await byTestId(page, 'new-passphrase').fill(PASSPHRASE);
  await byTestId(page, 'confirm-passphrase').fill(PASSPHRASE);
  await byTestId(page, 'create-dossier').click();
  const error = byTestId(page, 'error');
  await error.waitFor();
  assert.match(await error.innerText(), /niet helemaal geladen|not fully loaded/);
  assert.equal(await page.evaluate(() => localStorage.getItem('regie.vault')), null,
    'nothing is stored when the app could not load');
  assert.ok(await byTestId(page, 'create-dossier').isEnabled(), 'the button can be pressed again');

  // The connection is back: the same press works, with no reload.
  blocked = false;
  await createDossier(page);
  await writeStory(page, 'Na de dode plek in de wachtkamer.');
  // Exactly one app on the page: the first screen has left it.
  assert.equal(await byTestId(page, 'lang-select').count(), 1);

  // Locking stays in the app that is open; unlocking there needs no second download.
  await byTestId(page, 'lock').click();
  await unlock(page);
  assert.equal(await storyText(page), 'Na de dode plek in de wachtkamer.');

  // A new visit: the unlock screen of the first part, then the open dossier.
  await page.reload();
  await byTestId(page, 'passphrase').fill('niet de goede wachtzin');
  await byTestId(page, 'unlock').click();
  await byTestId(page, 'error').waitFor();
  assert.match(await byTestId(page, 'error').innerText(), /klopt niet|not right/);
  await unlock(page);
  assert.equal(await storyText(page), 'Na de dode plek in de wachtkamer.');
  await context.close();
});

test('a moving link waits for the rest of the app, says when it cannot come, and tries again', async () => {
  const context = await phoneContext(run.browser);
  const page = await context.newPage();
  let blocked = true;
  await page.route(DOSSIER_PART, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  // A link that is cut short: the receiving screen (in the second part) explains it.
  await page.goto(`${run.server.url}/#move=1.abc`);
  await page.getByRole('heading', { name: /Regie wordt geladen/ }).waitFor();
  await byTestId(page, 'error').waitFor();
  assert.match(await byTestId(page, 'error').innerText(), /niet helemaal geladen/);
  assert.equal(await byTestId(page, 'create-dossier').count(), 0, 'no first-run form under a moving link');

  blocked = false;
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await byTestId(page, 'move-in').waitFor();
  assert.match(await byTestId(page, 'error').innerText(), /niet compleet|klopt niet|beschadigd/);
  assert.equal(await byTestId(page, 'lang-select').count(), 1);
  await context.close();
});

test('the share viewer shows the preview first, and opens once its second part is there', async () => {
  const { context, page } = await run.phoneWithDossier();
  await byTestId(page, 'nav-about').click();
  await byTestId(page, 'about-name').fill('Sam de Vries');
  await saved(page);
  const link = await makeShare(page, { sections: ['about'], recipient: 'Anna, wijkteam' });

  const viewerContext = await phoneContext(run.browser);
  const viewer = await viewerContext.newPage();
  let blocked = true;
  await viewer.route(VIEWER_PART, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
  await viewer.goto(link);
  await byTestId(viewer, 'view-open').waitFor();
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'error').waitFor();
  assert.match(await byTestId(viewer, 'error').innerText(), /niet helemaal geladen|not fully loaded/);

  blocked = false;
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor();
  assert.match(await byTestId(viewer, 'view').innerText(), /Sam de Vries/);
  assert.equal(new URL(viewer.url()).hash, '', 'the key has left the address bar');
  assert.equal(await byTestId(viewer, 'lang-select').count(), 1);
  await viewerContext.close();

  await page.reload();
  await unlock(page);
  await byTestId(page, 'nav-shares').click();
  const opens = byTestId(page, 'share-opens').first();
  await opens.waitFor();
  assert.equal(await opens.getAttribute('data-count'), '1', 'one opening: the failed press did not count');
  await context.close();
});
