// The app's worker runs the same wasm module as the page: the page posts its compiled
// module, and the worker loads its own part (age, scrypt, tar) from the files the page
// fetched, so no code is downloaded twice, and the passphrase's scrypt still runs off the
// main thread. Without a worker, the page does the same work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { OUT, PASSPHRASE, byTestId, axe, phoneContext, unlock, suite } from './harness.mjs';

const run = suite();

/** The wasm and scripts a page or worker fetched, by file name, from its resource timings. */
const fetched = (where) => where.evaluate(() =>
  performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.slice(1)));

test('the worker runs the app\'s own module: one download of each wasm, unlock off the main thread', async () => {
  const { context, page } = await run.phoneWithDossier();
  const [worker] = page.workers();
  assert.ok(worker, 'no worker');
  assert.match(new URL(worker.url()).pathname, /^\/worker\.js$/);

  // The page fetched the first screen's wasm and the dossier's part, not the QR decoder's.
  const wasm = (await fetched(page)).filter((f) => f.endsWith('.wasm'));
  assert.ok(wasm.some((f) => /^app-[0-9a-f]{16}\/regie_bg\.wasm$/.test(f)), `wasm fetched by the page: ${wasm}`);
  assert.ok(wasm.some((f) => /^app-[0-9a-f]{16}\/split_dossier\.wasm$/.test(f)), `wasm fetched by the page: ${wasm}`);
  assert.ok(!wasm.some((f) => f.endsWith('/split_scan.wasm')), `wasm fetched by the page: ${wasm}`);
  // The worker imported the app's glue and got the module itself, not its wasm; it loaded its
  // own part, and not the dossier's.
  const inWorker = await fetched(worker);
  assert.ok(inWorker.some((f) => /^app-[0-9a-f]{16}\/regie\.js$/.test(f)), `worker fetched: ${inWorker}`);
  const workerWasm = inWorker.filter((f) => f.endsWith('.wasm'));
  assert.ok(workerWasm.some((f) => f.endsWith('/split_worker.wasm')), `worker fetched: ${inWorker}`);
  assert.ok(workerWasm.every((f) => /\/(split_worker|chunk_\d+)\.wasm$/.test(f)), `worker fetched: ${inWorker}`);
  // It holds no window and mounted nothing: it only answers messages.
  assert.equal(await worker.evaluate(() => typeof window), 'undefined');

  // A wrong passphrase is told as such by the worker; the right one opens, while the page
  // keeps painting.
  await byTestId(page, 'lock').click();
  await byTestId(page, 'passphrase').fill('fiets regen koffie bergen');
  await byTestId(page, 'unlock').click();
  assert.match(await byTestId(page, 'error').innerText(), /klopt niet/);
  await page.screenshot({ path: join(OUT, 'worker-wrong-passphrase-360.png'), fullPage: true });
  await axe(page, 'the unlock screen after a wrong passphrase');
  await byTestId(page, 'passphrase').fill(PASSPHRASE);
  await page.evaluate(() => {
    window.framesDuringUnlock = 0;
    const tick = () => {
      if (document.querySelector('[data-testid="lock"]')) return;
      window.framesDuringUnlock += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await byTestId(page, 'unlock').click();
  await byTestId(page, 'lock').waitFor();
  const frames = await page.evaluate(() => window.framesDuringUnlock);
  assert.ok(frames >= 3, `only ${frames} frames were painted while unlocking`);
  assert.equal(page.workers().length, 1, 'a second worker was started');
  await context.close();
});

test('without its worker the app does the same work on the page', async () => {
  const context = await phoneContext(run.browser);
  // A browser or proxy that refuses the worker's script.
  await context.route('**/worker.js', (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  await page.goto(run.server.url);
  await byTestId(page, 'new-passphrase').fill(PASSPHRASE);
  await byTestId(page, 'confirm-passphrase').fill(PASSPHRASE);
  await byTestId(page, 'create-dossier').click();
  await byTestId(page, 'lock').waitFor({ timeout: 30_000 });
  await byTestId(page, 'lock').click();
  await byTestId(page, 'passphrase').fill('fiets regen koffie bergen');
  await byTestId(page, 'unlock').click();
  assert.match(await byTestId(page, 'error').innerText(), /klopt niet/);
  await unlock(page);
  assert.equal(page.workers().length, 0, 'a worker ran after all');
  await page.screenshot({ path: join(OUT, 'worker-none-unlocked-360.png'), fullPage: true });
  await context.close();
});
