// Control over every share and safe links, tried as people would: the client's list says one
// clear thing per share, stopping asks first, ended shares move to a history that can be
// cleared; the viewer takes the key out of the address bar before it asks the relay
// anything; a moving link from someone else cannot replace a dossier without that dossier's
// passphrase, and the old dossier stays until the received one has been opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  OUT, PASSPHRASE, byTestId, makeShare, saved, storedDocumentIds, storyText, suite, unlock,
  untilStoredDocumentIds, writeStory,
} from './harness.mjs';

const run = suite();

const STORY = 'Ik wil zelf bepalen wie mijn verhaal leest.';

const statusOf = (item) => item.locator('[data-testid="share-status"]');

async function listItem(page, recipient) {
  const item = page.locator('[data-testid="share-item"]', { hasText: recipient });
  await item.waitFor({ timeout: 10_000 });
  return item;
}

async function untilText(locator, pattern, timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const text = (await locator.innerText()).trim();
    if (pattern.test(text)) return text;
    if (Date.now() > end) throw new Error(`still "${text}", not ${pattern}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('the list says one thing per share, stopping asks first, the history can be cleared', async () => {
  const { context, page } = await run.phoneWithDossier({ clock: true });
  await writeStory(page, STORY);
  const anna = await makeShare(page, { sections: ['story'], recipient: 'Anna, wijkteam' });
  await byTestId(page, 'share-done').click();
  await makeShare(page, { sections: ['story'], recipient: 'Bram, schuldhulp', minutes: '30' });
  await byTestId(page, 'share-done').click();
  await makeShare(page, { sections: ['story'], recipient: 'Cor, huisarts', minutes: '240' });
  await byTestId(page, 'share-done').click();

  // Live shares: minutes left below two hours, the end itself after that.
  const annaItem = await listItem(page, 'Anna, wijkteam');
  assert.match(await untilText(statusOf(annaItem), /^Nog (59|60) minuten$/), /^Nog/);
  assert.equal(await statusOf(annaItem).getAttribute('data-status'), 'active');
  const corText = await untilText(statusOf(await listItem(page, 'Cor, huisarts')), /^Tot /);
  assert.match(corText, /^Tot (morgen )?\d\d:\d\d$/);

  // Stop asks first, and saying no changes nothing: the link still works.
  await annaItem.locator('[data-testid="share-revoke"]').click();
  const ask = annaItem.locator('[data-testid="share-revoke-ask"]');
  assert.match(await ask.innerText(), /Stop met delen\?/);
  assert.match(await ask.innerText(), /kan je gegevens daarna niet meer zien/);
  await page.screenshot({ path: join(OUT, 'share-stop-ask-360.png'), fullPage: true });
  await annaItem.locator('[data-testid="share-revoke-cancel"]').click();
  assert.equal(await ask.count(), 0);
  assert.equal(await statusOf(annaItem).getAttribute('data-status'), 'active');
  const reader = await run.browser.newContext({ locale: 'nl-NL' });
  const view = await reader.newPage();
  await view.goto(anna);
  await byTestId(view, 'view-open').waitFor();

  // Yes: stopped, said with the moment and nothing about time left, in the history.
  await annaItem.locator('[data-testid="share-revoke"]').click();
  // The page's own clock, in the page's own time zone: "14:02" and a minute on.
  const clockTimes = () => page.evaluate(() => [0, 60_000].map((ms) => {
    const d = new Date(Date.now() + ms);
    return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  }));
  const stoppedAround = await clockTimes();
  await annaItem.locator('[data-testid="share-revoke-confirm"]').click();
  const history = byTestId(page, 'share-history');
  const stopped = history.locator('[data-testid="share-item"]', { hasText: 'Anna, wijkteam' });
  await stopped.waitFor({ timeout: 10_000 });
  assert.equal(await statusOf(stopped).getAttribute('data-status'), 'revoked');
  const stoppedText = (await statusOf(stopped).innerText()).trim();
  assert.ok(stoppedAround.map((t) => `Gestopt om ${t}`).includes(stoppedText),
    `stopped shown as: ${stoppedText}`);
  assert.equal(await stopped.locator('[data-testid="share-revoke"]').count(), 0);
  await byTestId(view, 'view-open').click();
  await byTestId(view, 'view-gone').waitFor({ timeout: 10_000 });

  // The live ones stay on top, each still stoppable.
  const live = byTestId(page, 'share-live');
  assert.equal(await live.locator('[data-testid="share-item"]').count(), 2);
  const order = await page.evaluate(() => [...document.querySelectorAll('[data-testid="share-item"]')]
    .map((el) => el.closest('[data-testid="share-history"]') ? 'history' : 'live'));
  assert.deepEqual(order, ['live', 'live', 'history']);

  // Half an hour and a bit later Bram's share has ended by itself.
  await page.clock.fastForward('31:00');
  // Idle that long, the dossier locked itself.
  if (await byTestId(page, 'passphrase').waitFor({ timeout: 3_000 }).then(() => true, () => false)) {
    await unlock(page);
    await byTestId(page, 'nav-shares').click();
  }
  const ended = history.locator('[data-testid="share-item"]', { hasText: 'Bram, schuldhulp' });
  await ended.waitFor({ timeout: 15_000 });
  assert.equal(await statusOf(ended).getAttribute('data-status'), 'expired');
  assert.equal((await statusOf(ended).innerText()).trim(), 'Verlopen');
  await page.screenshot({ path: join(OUT, 'shares-history-360.png'), fullPage: true });

  // Clearing the history asks first, then removes only the ended ones, for good.
  await byTestId(page, 'share-history-clear').click();
  assert.match(await page.locator('.share-history [role="alert"]').innerText(), /Geschiedenis wissen\?/);
  await byTestId(page, 'share-history-clear-confirm').click();
  await history.waitFor({ state: 'detached' });
  await saved(page);
  await page.reload();
  await unlock(page);
  await byTestId(page, 'nav-shares').click();
  await listItem(page, 'Cor, huisarts');
  assert.equal(await byTestId(page, 'share-item').count(), 1);
  assert.equal(await byTestId(page, 'share-history').count(), 0);
  await context.close(); await reader.close();
});

test('the viewer takes the key out of the address bar before it asks the relay', async () => {
  const { context, page } = await run.phoneWithDossier();
  await writeStory(page, STORY);
  const link = await makeShare(page, { sections: ['story'], recipient: 'Anna, wijkteam' });
  const key = link.split('.').pop();

  const reader = await run.browser.newContext({ locale: 'nl-NL' });
  const view = await reader.newPage();
  // A slow relay: the preview is held back for three seconds.
  let asked = 0;
  await view.route('**/api/shares/**', async (route) => {
    asked += 1;
    await new Promise((r) => setTimeout(r, 3_000));
    await route.continue();
  });
  const request = view.waitForRequest((r) => r.url().includes('/api/shares/'));
  await view.goto(link);
  const sent = await request;
  assert.equal(await view.evaluate(() => location.href), `${run.server.url}/v`,
    'the key left the address bar before the relay was asked');
  assert.ok(!sent.url().includes(key), 'the key is not sent');
  await byTestId(view, 'view-open').waitFor({ timeout: 15_000 });
  assert.ok(!view.url().includes('#'));
  // Held in memory, the key still opens the share.
  await byTestId(view, 'view-open').click();
  await byTestId(view, 'view').waitFor({ timeout: 15_000 });
  assert.ok((await byTestId(view, 'view').innerText()).includes(STORY));
  assert.ok(asked >= 2);
  // A reload shows it again from this tab's own session, and the key stays out of the
  // address bar; another tab at the same address finds no key, and says why.
  await view.reload();
  await byTestId(view, 'view').waitFor({ timeout: 15_000 });
  assert.ok(!view.url().includes('#'));
  const other = await reader.newPage();
  await other.goto(`${run.server.url}/v`);
  assert.match(await byTestId(other, 'error').innerText(), /haalt de sleutel meteen uit de adresbalk/);

  // A share the relay does not know: the key leaves the address bar all the same.
  const gone = await reader.newPage();
  await gone.goto(`${run.server.url}/v#1.AAAAAAAAAAAAAAAAAAAAAA.${key}`);
  await byTestId(gone, 'view-gone').waitFor({ timeout: 15_000 });
  assert.equal(await gone.evaluate(() => location.href), `${run.server.url}/v`);
  await context.close(); await reader.close();
});

// The smallest PDF a viewer opens: one empty page.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const OWN_PASSPHRASE = 'appel boom water zon';
const OWN_STORY = 'Mijn eigen dossier, met mijn eigen brief.';
const HOSTILE_STORY = 'Dit dossier is van iemand anders.';

async function startMove(page) {
  await byTestId(page, 'nav-more').click();
  await byTestId(page, 'nav-settings').click();
  await byTestId(page, 'move-start').click();
  await byTestId(page, 'move-qr').waitFor({ timeout: 15_000 });
  const link = (await byTestId(page, 'move-link').innerText()).trim();
  const code = (await byTestId(page, 'move-code').innerText()).trim();
  return { link, code };
}

async function tryCode(page, code) {
  await byTestId(page, 'move-code-input').fill(code);
  await byTestId(page, 'move-receive').click();
}

async function errorMatching(page, pattern) {
  await page.waitForFunction(
    (src) => [...document.querySelectorAll('[data-testid="error"]')].some((el) => new RegExp(src).test(el.innerText)),
    pattern.source, { timeout: 20_000 },
  );
}

/** The vault, what is kept aside, and each stored document ciphertext (as base64). */
async function held(page) {
  const documents = await page.evaluate(() => new Promise((res, rej) => {
    const req = indexedDB.open('regie');
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('documents')) { db.close(); res({}); return; }
      const store = db.transaction('documents').objectStore('documents');
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = async () => {
        const out = {};
        for (let i = 0; i < keys.result.length; i++) {
          const v = values.result[i];
          const bytes = v instanceof Blob ? new Uint8Array(await v.arrayBuffer())
            : ArrayBuffer.isView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength)
              : new Uint8Array(v);
          let bin = '';
          for (let j = 0; j < bytes.length; j += 0x8000) bin += String.fromCharCode(...bytes.subarray(j, j + 0x8000));
          out[keys.result[i]] = btoa(bin);
        }
        db.close();
        res(out);
      };
      values.onerror = () => rej(values.error);
    };
    req.onerror = () => rej(req.error);
  }));
  const [vault, previous] = await page.evaluate(() => [
    localStorage.getItem('regie.vault'), localStorage.getItem('regie.vault.previous')]);
  return { vault, previous, documents };
}

test('a moving link from someone else leaves the dossier as it was; the right passphrase moves in and keeps the old until the first unlock', async () => {
  // The phone with its own dossier and a document.
  const own = await run.phoneWithDossier({ passphrase: OWN_PASSPHRASE });
  const b = own.page;
  await writeStory(b, OWN_STORY);
  await byTestId(b, 'nav-documents').click();
  await byTestId(b, 'doc-choose-file').setInputFiles({ name: 'brief.pdf', mimeType: 'application/pdf', buffer: PDF });
  await byTestId(b, 'doc-save').click();
  await byTestId(b, 'doc-item').waitFor({ timeout: 30_000 });
  await saved(b);
  const before = await held(b);
  assert.equal(Object.keys(before.documents).length, 1);
  assert.equal(before.previous, null);

  // Someone else, on another phone, with their own dossier and code.
  const other = await run.phoneWithDossier();
  await writeStory(other.page, HOSTILE_STORY);
  const { link, code } = await startMove(other.page);

  await b.goto(link);
  await byTestId(b, 'move-current-passphrase').waitFor();
  assert.match(await byTestId(b, 'move-keeps-old').innerText(), /Alleen met de wachtzin van dat dossier komt het ontvangen dossier ervoor in de plaats/);
  await b.screenshot({ path: join(OUT, 'move-in-needs-passphrase-360.png'), fullPage: true });
  // The open dossier was saved and locked when the link arrived: this is what it holds now.
  const locked = await held(b);
  assert.deepEqual(locked.documents, before.documents);
  assert.equal(locked.previous, null);

  // No passphrase: nothing is asked of the relay, nothing changes.
  await tryCode(b, code);
  await errorMatching(b, /Typ eerst de wachtzin van het dossier/);
  assert.deepEqual(await held(b), locked);
  // A wrong one, checked by really unlocking: nothing changes, and the code is not spent.
  await byTestId(b, 'move-current-passphrase').fill('dit is niet mijn wachtzin');
  await tryCode(b, code);
  await errorMatching(b, /niet de wachtzin van het dossier op deze telefoon/);
  assert.deepEqual(await held(b), locked);
  // Going back: the own dossier opens whole.
  await byTestId(b, 'move-not-now').click();
  await unlock(b, OWN_PASSPHRASE);
  assert.equal(await storyText(b), OWN_STORY);
  await byTestId(b, 'nav-documents').click();
  await byTestId(b, 'doc-item').waitFor();
  // (The vault is sealed again on unlock, so only its documents are compared byte for byte.)
  assert.deepEqual((await held(b)).documents, before.documents);
  assert.equal((await held(b)).previous, null);

  const ownVault = (await held(b)).vault;
  // With the right passphrase it moves in, and the old dossier waits aside.
  await b.goto(link);
  await b.reload();
  await byTestId(b, 'move-current-passphrase').fill(OWN_PASSPHRASE);
  await tryCode(b, code);
  await byTestId(b, 'passphrase').waitFor({ timeout: 30_000 });
  assert.match(await b.locator('main').innerText(), /Je vorige dossier blijft bewaard tot dat gelukt is/);
  const between = await held(b);
  assert.notEqual(between.vault, ownVault);
  assert.equal(between.previous, ownVault, 'the old vault is kept aside');
  for (const [id, data] of Object.entries(before.documents)) {
    assert.equal(between.documents[id], data, 'the old document is kept');
  }

  // The tab is closed here; the next start still opens, and the old passphrase opens nothing.
  await b.reload();
  await byTestId(b, 'passphrase').fill(OWN_PASSPHRASE);
  await byTestId(b, 'unlock').click();
  await byTestId(b, 'error').waitFor();
  assert.equal((await held(b)).previous, ownVault);
  // The first unlock of the received dossier lets the old one go.
  await byTestId(b, 'passphrase').fill(PASSPHRASE);
  await byTestId(b, 'unlock').click();
  await byTestId(b, 'nav-home').waitFor({ timeout: 30_000 });
  assert.equal(await storyText(b), HOSTILE_STORY);
  assert.equal((await held(b)).previous, null);
  await untilStoredDocumentIds(b, (ids) => ids.length === 0);
  await own.context.close(); await other.context.close();
});

test('a move-in stopped halfway goes back to the old dossier, documents and all', async () => {
  const own = await run.phoneWithDossier({ passphrase: OWN_PASSPHRASE });
  const b = own.page;
  await writeStory(b, OWN_STORY);
  await byTestId(b, 'nav-documents').click();
  await byTestId(b, 'doc-choose-file').setInputFiles({ name: 'brief.pdf', mimeType: 'application/pdf', buffer: PDF });
  await byTestId(b, 'doc-save').click();
  await byTestId(b, 'doc-item').waitFor({ timeout: 30_000 });
  await saved(b);
  const before = await held(b);
  const [id] = await storedDocumentIds(b);
  // What a tab closed in the middle of storing a received dossier leaves: the old vault kept
  // aside, its document moved aside and overwritten by another dossier's bytes.
  await b.evaluate(async ({ id }) => {
    localStorage.setItem('regie.vault.previous', localStorage.getItem('regie.vault'));
    await new Promise((res, rej) => {
      const req = indexedDB.open('regie');
      req.onsuccess = () => {
        const tx = req.result.transaction('documents', 'readwrite');
        const store = tx.objectStore('documents');
        const get = store.get(id);
        get.onsuccess = () => {
          store.put(get.result, `previous~${id}`);
          store.put(new Uint8Array([1, 2, 3]), id);
        };
        tx.oncomplete = () => { req.result.close(); res(); };
        tx.onerror = () => rej(tx.error);
      };
      req.onerror = () => rej(req.error);
    });
  }, { id });
  await b.reload();
  await unlock(b, OWN_PASSPHRASE);
  assert.equal(await storyText(b), OWN_STORY);
  const after = await held(b);
  assert.equal(after.previous, null);
  assert.deepEqual(after.documents, before.documents, 'the document is back as it was');
  await own.context.close();
});
