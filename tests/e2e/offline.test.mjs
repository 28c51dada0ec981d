// Regie without a network: after one visit the app starts, unlocks, saves and finds its
// edits back with the server gone and the phone offline; sharing says it needs a connection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  OUT, byTestId, unlock, suite, writeStory, storyText,
  shareHook,
} from './harness.mjs';

const run = suite();

const EDIT = 'Geschreven in de trein, zonder bereik. Mijn afspraak bij het wijkteam is dinsdag.';

/** Resolves once the service worker is active and controls the page. */
async function controlledByWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
  }
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller),
    'the page runs under the service worker');
}

test('after one visit the app starts, unlocks and saves with no network at all', async () => {
  const { context, page } = await run.phoneWithDossier();
  await controlledByWorker(page);

  // The installable app: a manifest with the icons a phone asks for.
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]').href;
    return (await fetch(href)).json();
  });
  assert.equal(manifest.display, 'standalone');
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
  for (const want of ['192x192 any', '512x512 any', '512x512 maskable']) {
    assert.ok(sizes.includes(want), `icon ${want}`);
  }
  const icons = await page.evaluate(async (srcs) => Promise.all(srcs.map(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return `${img.naturalWidth}x${img.naturalHeight}`;
  })), [...manifest.icons.map((i) => i.src), '/icons/apple-touch-icon.png']);
  assert.deepEqual(icons, [...manifest.icons.map((i) => i.sizes), '180x180']);

  // No network, no server.
  await run.server.stop();
  await context.setOffline(true);
  await page.reload();
  await unlock(page);
  await writeStory(page, EDIT);

  await page.reload();
  await unlock(page);
  assert.equal(await storyText(page), EDIT);

  // Sharing says plainly, before anything is filled in, that it needs a connection.
  await byTestId(page, 'nav-shares').click();
  const notice = byTestId(page, 'share-offline');
  await notice.waitFor();
  assert.match(await notice.innerText(), /alleen met internet/);
  await byTestId(page, 'share-new').click();
  assert.equal(await notice.count(), 1, 'still said on the form');
  await page.screenshot({ path: join(OUT, 'offline-share-360.png'), fullPage: true });
  // Trying anyway gets the plain error, and nothing changes.
  await (await shareHook(page, 'share-section-story')).check();
  await (await shareHook(page, 'share-recipient')).fill('Anna, wijkteam');
  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'error').waitFor();
  assert.match(await byTestId(page, 'error').innerText(), /geen verbinding/);

  // The notice follows the network as it comes back.
  await context.setOffline(false);
  await notice.waitFor({ state: 'detached' });
  await context.setOffline(true);
  await notice.waitFor();

  // The share API never lands in the offline cache.
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
    }
    return urls;
  });
  assert.ok(cached.includes('/index.html'), cached.join(' '));
  assert.ok(cached.some((u) => u.endsWith('.wasm')), 'the app itself is kept');
  assert.ok(!cached.some((u) => u.startsWith('/api/')), 'never the share API');
  assert.ok(!cached.includes('/v.html'), 'not the viewer');
  await context.close();
  await run.server.restart();
});

test('the service worker and manifest come with the right headers', async () => {
  const sw = await fetch(`${run.server.url}/sw.js`);
  assert.equal(sw.status, 200);
  assert.match(sw.headers.get('content-type'), /^text\/javascript/);
  assert.equal(sw.headers.get('cache-control'), 'no-cache');
  const body = await sw.text();
  assert.match(body, /const VERSION = "[0-9a-f]{16}"/);
  const manifest = await fetch(`${run.server.url}/manifest.webmanifest`);
  assert.equal(manifest.headers.get('content-type'), 'application/manifest+json');
  const csp = manifest.headers.get('content-security-policy');
  assert.match(csp, /worker-src 'self'/);
  assert.match(csp, /manifest-src 'self'/);
});
