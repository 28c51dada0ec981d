// A new version of the app waits until the person says so, saves first, then takes over
// every open tab; nothing typed is lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  OUT, ROOT, startServer, launchBrowser, phoneContext, byTestId, createDossier, unlock, saved,
} from './harness.mjs';

let server, browser, site;
before(async () => {
  // A copy of the build that the test can publish a next version into.
  site = mkdtempSync(join(tmpdir(), 'regie-site-'));
  cpSync(join(ROOT, 'dist'), site, { recursive: true });
  server = await startServer({ staticDir: site });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.cleanup();
  rmSync(site, { recursive: true, force: true });
});

/** The version of the worker that controls the page. */
function runningVersion(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => resolve(e.data.version);
    navigator.serviceWorker.controller.postMessage({ type: 'version' }, [channel.port2]);
  }));
}

test('a new version waits, and the update button saves, then reloads every tab', async () => {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto(server.url);
  await createDossier(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await unlock(page);
  const before = await runningVersion(page);
  await byTestId(page, 'nav-story').click();
  await byTestId(page, 'story-text').fill('Eerste versie van mijn verhaal.');
  await saved(page);

  // A second tab on the same version.
  const other = await context.newPage();
  await other.goto(server.url);
  await byTestId(other, 'passphrase').waitFor();
  await other.evaluate(() => { window.oldTab = true; });

  // The next version is published; the open app finds it.
  execFileSync('node', [join(ROOT, 'scripts', 'make-sw.mjs'), site], {
    env: { ...process.env, SW_VERSION_SALT: 'next' },
  });
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await byTestId(page, 'update-banner').waitFor({ timeout: 20_000 });
  assert.match(await byTestId(page, 'update-banner').innerText(), /nieuwe versie/);
  assert.equal(await runningVersion(page), before, 'the new version waits');
  assert.ok(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting));
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await page.screenshot({ path: join(OUT, 'update-banner-360.png'), fullPage: true });

  // Typed just now, not yet saved: the update saves it first.
  const story = 'Eerste versie van mijn verhaal. Net nog aangevuld, vlak voor het bijwerken.';
  await byTestId(page, 'story-text').fill(story);
  await Promise.all([
    page.waitForEvent('load'),
    byTestId(page, 'update-now').click(),
  ]);
  await unlock(page);
  assert.notEqual(await runningVersion(page), before, 'the new version runs');
  await byTestId(page, 'nav-story').click();
  assert.equal(await byTestId(page, 'story-text').inputValue(), story);

  // The other tab did not stay on the old version.
  await other.waitForFunction(() => window.oldTab === undefined, null, { timeout: 10_000 });
  await byTestId(other, 'passphrase').waitFor();
  assert.notEqual(await runningVersion(other), before);
  await context.close();
});
