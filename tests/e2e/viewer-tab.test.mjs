// The professional's own tab, as she uses it at her desk: a second link pasted into the
// address bar of the open viewer opens that share (the first one's text leaves the screen);
// the replies she sent are still listed after a reload, and nothing of what they said is
// kept; once the client stops the share, or its time is up, a reload says which, instead of
// "the key was taken out of the address bar".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { OUT, axe, byTestId, makeShare, suite, writeStory } from './harness.mjs';

const run = suite();

const FIRST = 'Eerste verhaal: ik zoek een andere woning.';
const SECOND = 'Tweede verhaal: ik wil weer aan het werk.';
const NOTE = 'Ik bel morgen met het UWV over de uitkering.';
const idOf = (link) => /#1\.([A-Za-z0-9_-]{22})\./.exec(link)[1];

/** Anna sends a note through the open share; waits until it is listed as sent. */
async function sendNote(viewer, text) {
  const before = await byTestId(viewer, 'reply-sent').count();
  await byTestId(viewer, 'reply-new').click();
  await byTestId(viewer, 'reply-kind').selectOption('note');
  await byTestId(viewer, 'reply-author').fill('Anna de Boer, wijkteam');
  await byTestId(viewer, 'reply-text').fill(text);
  await byTestId(viewer, 'reply-send').click();
  await byTestId(viewer, 'reply-sent').nth(before).waitFor({ timeout: 10_000 });
}

const sentLines = (viewer) => byTestId(viewer, 'reply-sent').allInnerTexts();

test('a second link in the same tab, sent replies after a reload, and why a share ended', async () => {
  const { page } = await run.phoneWithDossier();
  await writeStory(page, FIRST);
  const first = await makeShare(page, { sections: ['story'], recipient: 'Anna, wijkteam' });
  await byTestId(page, 'share-done').click();
  await writeStory(page, SECOND);
  const second = await makeShare(page, { sections: ['story'], recipient: 'Anna, wijkteam', replies: true });
  await byTestId(page, 'share-done').click();

  const desk = await run.browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const viewer = await desk.newPage();
  await viewer.goto(first);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor({ timeout: 15_000 });
  assert.ok((await byTestId(viewer, 'view').innerText()).includes(FIRST));

  // The second link pasted into the address bar: only the fragment differs, so the browser
  // itself stays on the same document (no response) and leaves it to the page.
  assert.equal(new URL(second).pathname, new URL(viewer.url()).pathname);
  const response = await viewer.goto(second);
  assert.equal(response, null, 'a paste that changes only the fragment loads nothing');
  await byTestId(viewer, 'view-open').waitFor({ timeout: 15_000 });
  assert.equal(await viewer.evaluate(() => location.href), `${run.server.url}/v`, 'the key left the address bar');
  assert.ok(!(await viewer.locator('body').innerText()).includes(FIRST), 'the first share is off the screen');
  const kept = JSON.parse(await viewer.evaluate(() => sessionStorage.getItem('regie.view')) ?? 'null');
  assert.equal(kept, null, 'the first share is forgotten by the tab');
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor({ timeout: 15_000 });
  const shown = await byTestId(viewer, 'view').innerText();
  assert.ok(shown.includes(SECOND) && !shown.includes(FIRST), shown);

  // Replies sent before a reload are still listed after it, with their time.
  await sendNote(viewer, NOTE);
  const before = await sentLines(viewer);
  assert.match(before[0], /^Verstuurd om \d\d:\d\d: een notitie voor het dagboek\. De cliënt ziet het als voorstel/);
  await viewer.reload();
  await byTestId(viewer, 'view').waitFor({ timeout: 15_000 });
  await byTestId(viewer, 'reply-sent').first().waitFor({ timeout: 5_000 });
  assert.deepEqual(await sentLines(viewer), before);
  await sendNote(viewer, 'Een tweede notitie.');
  assert.equal((await sentLines(viewer)).length, 2);
  // The tab keeps the kind and time of each, for this share; not what they said.
  const sent = await viewer.evaluate(() => sessionStorage.getItem('regie.view.sent'));
  assert.ok(sent.includes(idOf(second)) && sent.includes('"note"'), sent);
  assert.ok(!sent.includes('UWV') && !sent.includes('Anna'), sent);
  await viewer.screenshot({ path: join(OUT, 'viewer-tab-replies-desktop.png') });
  await axe(viewer, 'the viewer with its sent replies');

  // The client stops it: the open viewer empties and says so, and so does a reload.
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-revoke').first().click();
  await byTestId(page, 'share-revoke-confirm').click();
  const gone = viewer.locator('[data-testid="view-gone"][data-ended="stopped"]');
  await gone.waitFor({ timeout: 15_000 });
  await viewer.reload();
  await gone.waitFor({ timeout: 15_000 });
  const said = await gone.innerText();
  assert.match(said, /Het delen is gestopt/);
  assert.ok(!/sleutel/.test(said), said);
  assert.deepEqual(await viewer.evaluate(() => [
    sessionStorage.getItem('regie.view'), sessionStorage.getItem('regie.view.sent')]), [null, null],
  'the key, token and sent list are forgotten');
  await viewer.setViewportSize({ width: 360, height: 740 });
  await viewer.screenshot({ path: join(OUT, 'viewer-tab-stopped-360.png') });
  await axe(viewer, 'the viewer after a stopped share and a reload');

  // Stopped while the tab was not watching (its checks held back), then a reload.
  const away = await desk.newPage();
  await away.goto(first);
  await byTestId(away, 'view-open').click();
  await byTestId(away, 'view').waitFor({ timeout: 15_000 });
  await away.route('**/api/shares/**', (route) => route.abort());
  await byTestId(page, 'share-revoke').first().click();
  await byTestId(page, 'share-revoke-confirm').click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="share-revoke"]'), null,
    { timeout: 10_000 });
  await away.unroute('**/api/shares/**');
  await away.reload();
  await away.locator('[data-testid="view-gone"][data-ended="stopped"]').waitFor({ timeout: 15_000 });

  // Its time up: by this tab's clock, the viewer wipes itself, and a reload says why.
  const third = await makeShare(page, { sections: ['story'], recipient: 'Anna, wijkteam', minutes: '60' });
  const late = await desk.newPage();
  await late.clock.install();
  await late.goto(third);
  await byTestId(late, 'view-open').click();
  await byTestId(late, 'view').waitFor({ timeout: 15_000 });
  await late.clock.fastForward('01:01:00');
  const expired = late.locator('[data-testid="view-gone"][data-ended="expired"]');
  await expired.waitFor({ timeout: 15_000 });
  await late.reload();
  await expired.waitFor({ timeout: 15_000 });
  assert.match(await expired.innerText(), /De tijd is om/);
  await late.screenshot({ path: join(OUT, 'viewer-tab-expired-desktop.png') });
  await desk.close();
});
