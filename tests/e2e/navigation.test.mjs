// Finding one's way on a phone: every screen has an address, the browser's Back goes to the
// previous screen (never out of the open dossier in one press), a reload shows the unlock
// screen and then the same screen, and no address ever holds what the dossier says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  OUT, phoneContext, byTestId, createDossier, unlock, saved, makeShare, suite,
} from './harness.mjs';

const run = suite();

const STORY = 'Mijn verhaal over de schulden en de woning aan de Kastanjelaan.';
const SECTIONS = ['about', 'story', 'domains', 'goals', 'network', 'support', 'money', 'health',
  'journal', 'documents'];

const pathOf = (page) => new URL(page.url()).pathname;

/** Waits for a screen's root and checks the address bar shows that screen. */
async function onScreen(page, testid, path) {
  await byTestId(page, testid).waitFor();
  assert.equal(pathOf(page), path, `address of ${testid}`);
}

test('Back, Forward and reload follow the screens of the open dossier at 360 px', async () => {
  const context = await phoneContext(run.browser);
  const page = await context.newPage();
  const addresses = new Set();
  page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) addresses.add(frame.url()); });
  await page.goto(run.server.url);
  await createDossier(page);
  await onScreen(page, 'section-home', '/');

  // The start screen leads to every section; the bottom bar to the four places.
  for (const key of SECTIONS) assert.equal(await byTestId(page, `nav-${key}`).count(), 1, key);
  for (const tab of ['nav-home', 'nav-dossier', 'nav-shares', 'nav-more']) {
    assert.ok(await byTestId(page, tab).isVisible(), tab);
  }
  assert.equal(await byTestId(page, 'nav-home').getAttribute('aria-current'), 'page');
  await page.screenshot({ path: join(OUT, 'navigation-home-360.png'), fullPage: true });

  await byTestId(page, 'nav-goals').click();
  await onScreen(page, 'section-goals', '/dossier/doelen');
  // Focus is on the new screen's heading, so a screen reader says where one is.
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  assert.equal(await byTestId(page, 'nav-dossier').getAttribute('aria-current'), 'page');
  // Every other section is one tap away from here too.
  await byTestId(page, 'nav-story').click();
  await onScreen(page, 'section-story', '/dossier/verhaal');
  await byTestId(page, 'story-text').fill(STORY);
  await saved(page);
  await page.screenshot({ path: join(OUT, 'navigation-story-360.png'), fullPage: true });

  await page.goBack();
  await onScreen(page, 'section-goals', '/dossier/doelen');
  await page.goBack();
  await onScreen(page, 'section-home', '/');
  assert.equal(await byTestId(page, 'lock').count(), 1, 'still in the open dossier');
  await page.goForward();
  await onScreen(page, 'section-goals', '/dossier/doelen');

  // A reload shows the unlock screen, then the same screen; Back then goes to the start.
  await page.reload();
  await byTestId(page, 'passphrase').waitFor();
  assert.equal(await byTestId(page, 'section-goals').count(), 0, 'nothing shown while locked');
  await unlock(page);
  await onScreen(page, 'section-goals', '/dossier/doelen');
  await page.goBack();
  await onScreen(page, 'section-home', '/');
  assert.equal(await byTestId(page, 'lock').count(), 1, 'Back did not leave the dossier');

  // Back while locked shows no content; unlocking shows the screen Back went to.
  await byTestId(page, 'nav-more').click();
  await onScreen(page, 'section-more', '/meer');
  await byTestId(page, 'nav-settings').click();
  await onScreen(page, 'section-settings', '/instellingen');
  await byTestId(page, 'lock').click();
  await byTestId(page, 'passphrase').waitFor();
  await page.goBack();
  assert.equal(pathOf(page), '/meer');
  assert.equal(await byTestId(page, 'passphrase').count(), 1, 'still locked');
  assert.equal(await byTestId(page, 'section-more').count(), 0);
  assert.equal(await byTestId(page, 'section-settings').count(), 0);
  await unlock(page);
  await onScreen(page, 'section-more', '/meer');

  // Back after a share was made goes to the list of shares, not to the form already sent.
  await byTestId(page, 'nav-home').click();
  await onScreen(page, 'section-home', '/');
  const link = await makeShare(page, { sections: ['story'], recipient: 'Anna, wijkteam' });
  assert.equal(pathOf(page), '/delen/gemaakt');
  await page.goBack();
  await onScreen(page, 'section-shares', '/delen');
  await byTestId(page, 'share-item').waitFor();
  assert.equal(await byTestId(page, 'share-create').count(), 0, 'the form is not back');
  assert.equal(await byTestId(page, 'share-qr').count(), 0);
  await page.goBack();
  await onScreen(page, 'section-home', '/');

  // An address a person types that is no screen of the app starts at the start screen.
  await page.goto(new URL('/dossier/onbekend', run.server.url).href);
  await unlock(page);
  await onScreen(page, 'section-home', '/');

  // No address held the dossier's words or the share's key.
  const key = link.split('#')[1];
  for (const address of addresses) {
    assert.ok(!address.includes('Kastanjelaan') && !address.includes('verhaal%20'), address);
    assert.ok(!address.includes(key), 'no share key in the address bar');
  }
  await context.close();
});

test('the relay and the service worker serve the app on every screen address', async () => {
  const { context, page } = await run.phoneWithDossier();
  await byTestId(page, 'nav-health').click();
  await onScreen(page, 'section-health', '/dossier/gezondheid');

  const direct = await page.evaluate(async () => {
    const answer = await fetch('/dossier/gezondheid', { headers: { accept: 'text/html' } });
    return { status: answer.status, type: answer.headers.get('content-type') };
  });
  assert.equal(direct.status, 200);
  assert.match(direct.type, /text\/html/);

  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await unlock(page);
  }
  await context.setOffline(true);
  await page.reload();
  await unlock(page);
  await onScreen(page, 'section-health', '/dossier/gezondheid');
  await context.setOffline(false);
  await context.close();
});
