// Sharing, tried as people would: the client on a phone makes a QR code, the professional
// scans it in another browser, reads exactly what was shared, and loses it on revocation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  OUT, byTestId, makeShare, momentsBetween, suite, writeStory, storyText,
  shareHook,
} from './harness.mjs';

const run = suite();

const STORY = 'Ik wil niet steeds opnieuw vertellen hoe de schulden zijn ontstaan.';

async function clientWithDossier() {
  const { context, page } = await run.phoneWithDossier();
  await byTestId(page, 'nav-about').click();
  await byTestId(page, 'about-name').fill('Samira de Vries');
  await writeStory(page, STORY);
  return { context, page };
}

test('share story and network with Anna, she scans and reads, the client revokes', async () => {
  const { context, page } = await clientWithDossier();

  // Nothing is preselected.
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  for (const key of ['about', 'story', 'domains', 'goals', 'network', 'support', 'money', 'health', 'journal', 'documents']) {
    assert.equal(await (await shareHook(page, `share-section-${key}`)).isChecked(), false, key);
  }
  await (await shareHook(page, 'share-create')).click();
  assert.match(await byTestId(page, 'error').innerText(), /minstens één/);
  await byTestId(page, 'share-back').click();

  const madeFrom = Date.now();
  const link = await makeShare(page, { sections: ['story', 'network'], recipient: 'Anna, wijkteam' });
  const madeTo = Date.now();
  assert.match(link, new RegExp(`^${run.server.url}/v#1\\.[A-Za-z0-9_-]{22}\\.[a-z0-9]{58}$`));
  await page.screenshot({ path: join(OUT, 'share-qr-360.png'), fullPage: true });

  // A real decoder reads the QR code off the screen.
  const qrShot = join(OUT, 'share-qr-only.png');
  await byTestId(page, 'share-qr').screenshot({ path: qrShot });
  const decoded = execFileSync('zbarimg', ['-q', '--raw', qrShot]).toString().trim();
  assert.equal(decoded, link);

  // Anna, in her own browser.
  const anna = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const viewer = await anna.newPage();
  await viewer.goto(decoded);
  await byTestId(viewer, 'view-open').waitFor();
  assert.match(await viewer.locator('main').innerText(), /Samira de Vries deelt/);
  // An hour from the moment it was made, in local time (with the date once past midnight).
  const expires = (await byTestId(viewer, 'view-expires').innerText()).trim();
  const hour = 60 * 60_000;
  assert.ok(
    momentsBetween(madeFrom + hour, madeTo + hour).some((m) => expires === `Geldig tot ${m}`),
    `expiry shown: ${expires}`,
  );
  // Looking is not opening.
  await byTestId(page, 'share-done').click();
  await byTestId(page, 'share-item').first().waitFor();
  assert.equal(await byTestId(page, 'share-opens').first().getAttribute('data-count'), '0');

  const openedFrom = Date.now();
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor();
  const openedTo = Date.now();
  const shown = await byTestId(viewer, 'view').innerText();
  assert.ok(shown.includes(STORY), 'the story is shown');
  assert.match(shown, /Alleen lezen · voor Anna, wijkteam · geldig tot/);
  assert.equal(await viewer.locator('[data-testid="view-section-story"]').count(), 1);
  assert.equal(await viewer.locator('[data-testid="view-section-network"]').count(), 1);
  assert.equal(await viewer.locator('[data-testid="view-section-about"]').count(), 0);
  assert.equal(await viewer.locator('[data-testid="view-section-health"]').count(), 0);
  assert.equal(await viewer.locator('textarea, input').count(), 0, 'read-only: no inputs');
  assert.ok(!viewer.url().includes('#'), 'the key left the address bar');
  // Nothing on the device; in this tab's session only what a reload needs, gone with the tab.
  const viewerStorage = await viewer.evaluate(() => ({ local: localStorage.length, session: Object.keys(sessionStorage) }));
  assert.deepEqual(viewerStorage, { local: 0, session: ['regie.view'] }, 'the viewer keeps nothing beyond the tab');
  await viewer.screenshot({ path: join(OUT, 'viewer-desktop.png'), fullPage: true });

  // The client sees the opening.
  await page.reload();
  await byTestId(page, 'passphrase').fill('fiets regen koffie tuin');
  await byTestId(page, 'unlock').click();
  await byTestId(page, 'nav-shares').click();
  const item = byTestId(page, 'share-item').first();
  await item.locator('[data-testid="share-opens"][data-count="1"]').waitFor({ timeout: 10_000 });
  const opens = await item.innerText();
  assert.ok(
    momentsBetween(openedFrom, openedTo).some((m) => opens.includes(`1 keer geopend: ${m}`)),
    `openings shown: ${opens}`,
  );
  assert.equal(await item.locator('[data-testid="share-status"]').getAttribute('data-status'), 'active');
  await page.screenshot({ path: join(OUT, 'shares-list-360.png'), fullPage: true });

  // Revoke: the viewer empties itself within seconds.
  await item.locator('[data-testid="share-revoke"]').click();
  await item.locator('[data-testid="share-revoke-confirm"]').click();
  await page.locator('[data-testid="share-status"][data-status="revoked"]').waitFor({ timeout: 10_000 });
  await byTestId(viewer, 'view-gone').waitFor({ timeout: 15_000 });
  assert.ok(!(await viewer.content()).includes(STORY), 'the viewer wiped the content');
  // The link never works again.
  const again = await anna.newPage();
  await again.goto(decoded);
  await byTestId(again, 'view-gone').waitFor();

  // The relay's database holds no plaintext of the dossier.
  const files = readdirSync(run.server.data);
  assert.ok(files.length > 0);
  for (const f of files) {
    const bytes = readFileSync(join(run.server.data, f)).toString('latin1');
    for (const secret of [STORY, 'Samira', 'Anna, wijkteam']) {
      assert.ok(!bytes.includes(secret), `${f} holds "${secret}"`);
    }
  }
  await anna.close();
  await context.close();
});

test('a share limited to one opening opens once', async () => {
  const { context, page } = await clientWithDossier();
  const link = await makeShare(page, { sections: ['story'], recipient: 'Eenmalig', maxOpens: 1 });
  const other = await run.browser.newContext({ locale: 'nl-NL' });
  const first = await other.newPage();
  await first.goto(link);
  await byTestId(first, 'view-open').click();
  await byTestId(first, 'view').waitFor();
  // A second reader is told at once that it was used, with nothing to press.
  const second = await other.newPage();
  await second.goto(link);
  await byTestId(second, 'view-gone').waitFor();
  assert.equal(await byTestId(second, 'view-open').count(), 0);
  // The first reader keeps reading until the share expires or is revoked.
  assert.equal(await byTestId(first, 'view').count(), 1);
  await other.close();
  await context.close();
});

test('an open view wipes itself when its time is up, even without asking the relay', async () => {
  const { context, page } = await clientWithDossier();
  const link = await makeShare(page, { sections: ['story'], minutes: '30', recipient: 'Half uur' });
  const readerContext = await run.browser.newContext({ locale: 'nl-NL' });
  const reader = await readerContext.newPage();
  await reader.clock.install();
  await reader.goto(link);
  await byTestId(reader, 'view-open').click();
  await byTestId(reader, 'view').waitFor();
  assert.ok((await byTestId(reader, 'view').innerText()).includes(STORY));
  // Cut the reader off from the relay: only the page's own timer can wipe it now.
  await reader.route('**/api/**', (route) => route.abort('internetdisconnected'));
  await reader.clock.fastForward('29:00');
  assert.equal(await byTestId(reader, 'view').count(), 1, 'still readable before expiry');
  await reader.clock.fastForward('01:30');
  await byTestId(reader, 'view-gone').waitFor({ timeout: 5_000 });
  assert.ok(!(await reader.content()).includes(STORY));
  await readerContext.close();
  await context.close();
});

test('broken links and unknown shares get a plain sentence', async () => {
  const context = await run.browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const good = `${run.server.url}/v#1.AAAAAAAAAAAAAAAAAAAAAA.0eg2udp2ntq8ygh86p5vqtkhyxyf5wju3qrj9u2vlejr8grq7glq3s2f0h`;
  const cases = [
    // No key at all: as after a reload, once the key was taken out of the address bar.
    [`${run.server.url}/v`, /haalt de sleutel meteen uit de adresbalk.*Open de link of scan de QR-code opnieuw/],
    [`${run.server.url}/v#1.abc`, /niet compleet/],
    [good.slice(0, -6), /niet compleet/],
    [good.replace('#1.', '#7.'), /nieuwere versie/],
  ];
  for (const [url, want] of cases) {
    await page.goto('about:blank');
    await page.goto(url);
    await byTestId(page, 'error').waitFor();
    assert.match(await byTestId(page, 'error').innerText(), want, url);
  }
  await page.goto('about:blank');
  await page.goto(good);
  await byTestId(page, 'view-gone').waitFor();
  await context.close();
});

test('a link whose key does not fit its share says so', async () => {
  const { context, page } = await clientWithDossier();
  const link = await makeShare(page, { sections: ['story'], recipient: 'Sleutel' });
  // The same share id with another valid key: a link mixed up from two shares.
  const otherKey = '0eg2udp2ntq8ygh86p5vqtkhyxyf5wju3qrj9u2vlejr8grq7glq3s2f0h';
  const mixed = link.replace(/\.[a-z0-9]{58}$/, `.${otherKey}`);
  assert.notEqual(mixed, link);
  const viewer = await (await run.browser.newContext({ locale: 'nl-NL' })).newPage();
  await viewer.goto(mixed);
  await byTestId(viewer, 'error').waitFor();
  assert.match(await byTestId(viewer, 'error').innerText(), /past niet/);
  assert.equal(await byTestId(viewer, 'view-open').count(), 0);
  await viewer.context().close();
  await context.close();
});

test('the relay being down while sharing gives a clear message and changes nothing', async () => {
  const { context, page } = await clientWithDossier();
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  await (await shareHook(page, 'share-section-story')).check();
  await (await shareHook(page, 'share-recipient')).fill('Niemand');
  await page.route('**/api/shares', (route) => route.abort('connectionrefused'));
  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'error').waitFor();
  assert.match(await byTestId(page, 'error').innerText(), /geen verbinding/);
  await page.unroute('**/api/shares');
  await byTestId(page, 'share-back').click();
  assert.equal(await byTestId(page, 'share-item').count(), 0);
  assert.equal(await storyText(page), STORY);
  await context.close();
});
