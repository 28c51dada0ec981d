// A professional's screen asks, the client's phone answers: a request made on a 1280 px
// page at /vraag, opened on a 360 px phone (a second browser context), approved with one
// section taken out, and the share on the desktop with exactly the approved sections and
// nothing typed; a relay that alters the request refused on the phone; a refused request and
// one whose time ran out said plainly; the relay's files holding neither the share's key nor
// a word of the dossier; and the purpose shown before opening and in the client's list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  OUT, addEntry, axe, byTestId, saved, shareHook, suite, unlock, writeStory,
} from './harness.mjs';

const run = suite();

const STORY = 'Ik wil graag mijn schulden op een rij zetten.';
const MEDICINE = 'Sertraline';
const PURPOSE = 'Intake schuldhulp';

/** The client's phone, one for the whole file (a dossier is made once): unlocked, with a
 * story and a medicine. */
let phone;
async function client() {
  if (!phone) {
    phone = await run.phoneWithDossier();
    await writeStory(phone.page, STORY);
    await byTestId(phone.page, 'nav-health').click();
    await addEntry(phone.page, 'medication', { name: MEDICINE, dose: '50 mg', when: "'s ochtends" });
    await saved(phone.page);
  }
  return phone;
}

/** A professional's desk: a 1280 px page at /vraag. */
async function desk({ clock = false } = {}) {
  const context = await run.browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (clock) await page.clock.install();
  await page.goto(`${run.server.url}/vraag`);
  await byTestId(page, 'request-name').waitFor({ timeout: 15_000 });
  return { context, page };
}

/** Fills in and sends the request; answers the link the client opens. */
async function ask(page, { sections, minutes = '30' }) {
  await byTestId(page, 'request-name').fill('Anna de Boer');
  await byTestId(page, 'request-org').fill('Schuldhulp Oost');
  await byTestId(page, 'request-role').fill('consulent');
  await byTestId(page, 'request-purpose').fill(PURPOSE);
  for (const key of sections) await byTestId(page, `request-section-${key}`).check();
  await byTestId(page, 'request-duration').selectOption(minutes);
  await byTestId(page, 'request-create').click();
  await byTestId(page, 'request-qr').waitFor({ timeout: 10_000 });
  return (await byTestId(page, 'request-link').innerText()).trim();
}

/** Every byte the relay keeps on disk, as one latin1 string. */
function relayFiles() {
  const dir = run.server.data;
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => { try { return readFileSync(path) && true; } catch { return false; } })
    .map((path) => readFileSync(path).toString('latin1'))
    .join('\n');
}

test('a request approved on the phone with a section taken out opens on the desk', async () => {
  const { page } = await client();

  const { page: pro } = await desk();
  await axe(pro, 'the request form');
  // Nothing asked for: a plain sentence, nothing sent.
  await byTestId(pro, 'request-create').click();
  await byTestId(pro, 'error').waitFor();
  const link = await ask(pro, { sections: ['story', 'health'] });
  assert.match(link, new RegExp(`^${run.server.url}/#vraag=[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}$`));
  // The link to copy, for a client who is not at the desk.
  await pro.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await byTestId(pro, 'request-copy').click();
  assert.equal(await pro.evaluate(() => navigator.clipboard.readText()), link);
  await pro.screenshot({ path: join(OUT, 'request-desk-qr.png'), fullPage: true });
  await axe(pro, 'the request QR code');

  // The phone opens the link (as its camera would: a new page load, so the dossier is
  // locked), unlocks, and sees who asks, for what, how long.
  await page.goto(link);
  await unlock(page);
  const review = byTestId(page, 'request-review');
  await review.waitFor({ timeout: 15_000 });
  await byTestId(page, 'request-approve').waitFor({ timeout: 10_000 });
  const said = await review.innerText();
  for (const words of ['Anna de Boer, consulent, Schuldhulp Oost', `Waarvoor: ${PURPOSE}`, '30 minuten']) {
    assert.ok(said.includes(words), `${words} in: ${said}`);
  }
  assert.ok(!(await page.evaluate(() => location.hash)), 'the request link left the address bar');
  assert.ok(await byTestId(page, 'share-section-story').isChecked());
  assert.ok(await byTestId(page, 'share-section-health').isChecked());
  assert.equal(await byTestId(page, 'share-section-network').count(), 0, 'only what was asked is offered');
  await page.screenshot({ path: join(OUT, 'request-phone-review.png'), fullPage: true });
  await axe(page, 'the request review');
  await byTestId(page, 'share-section-health').uncheck();
  const approvedAt = Date.now();
  await byTestId(page, 'request-approve').click();
  await byTestId(page, 'request-done').waitFor({ timeout: 15_000 });

  // The desk: into the viewer with nothing typed, who asked kept for the viewer's fields.
  await pro.waitForURL(/\/v/, { timeout: 15_000 });
  await byTestId(pro, 'view-open').waitFor({ timeout: 15_000 });
  const arrived = Date.now() - approvedAt;
  assert.equal(await byTestId(pro, 'view-purpose').innerText(), `Waarvoor: ${PURPOSE}`);
  const who = JSON.parse(await pro.evaluate(() => sessionStorage.getItem('regie.view.who')));
  assert.deepEqual(who, { name: 'Anna de Boer', org: 'Schuldhulp Oost', role: 'consulent' });
  await pro.screenshot({ path: join(OUT, 'request-desk-before-open.png'), fullPage: true });
  await axe(pro, 'the viewer before opening, with the purpose');
  await byTestId(pro, 'view-open').click();
  await byTestId(pro, 'view').waitFor({ timeout: 15_000 });
  const shown = await byTestId(pro, 'view').innerText();
  assert.ok(shown.includes(STORY), shown);
  assert.ok(!shown.includes(MEDICINE), 'the section taken out is not shown');
  console.log(`approve pressed to the desk's viewer ready to open: ${arrived} ms`);

  // The client's list names it, with its purpose.
  await byTestId(page, 'nav-shares').click();
  const item = byTestId(page, 'share-item').first();
  await item.waitFor();
  assert.equal(await item.locator('[data-testid="share-item-purpose"]').innerText(), `Waarvoor: ${PURPOSE}`);
  assert.ok((await item.innerText()).includes('Anna de Boer'));

  // The relay keeps no key of the share and no word of the dossier.
  const kept = relayFiles();
  const shareLink = await pro.evaluate(() => sessionStorage.getItem('regie.view'));
  const key = JSON.parse(shareLink).link.split('.').pop();
  assert.ok(key.length > 20 && !kept.includes(key), 'no share key on the relay');
  // (What the professional typed is the request's body, which the relay holds by design
  // until it is answered and taken; its WAL is emptied at the next purge.)
  for (const words of [STORY, MEDICINE]) {
    assert.ok(!kept.includes(words), `${words} not on the relay`);
  }
});

test('an altered request is refused, a refusal and an expiry are said plainly', async () => {
  const { page } = await client();
  const { page: pro } = await desk();
  const link = await ask(pro, { sections: ['story'] });

  // A relay that swaps the name: the phone refuses before showing anything of it.
  await page.route('**/api/requests/*', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('Anna de Boer', 'Anna de Boer2');
    await route.fulfill({ response, body });
  });
  await page.goto(link);
  await unlock(page);
  await byTestId(page, 'request-review').waitFor({ timeout: 15_000 });
  const error = byTestId(page, 'error');
  await error.waitFor({ timeout: 10_000 });
  assert.match(await error.innerText(), /onderweg veranderd/);
  assert.equal(await byTestId(page, 'request-approve').count(), 0);
  await page.unroute('**/api/requests/*');

  // Locked, then the link again (only the fragment changes): after unlocking, the review,
  // and a refusal.
  await byTestId(page, 'lock').click();
  await byTestId(page, 'passphrase').waitFor();
  await page.goto(link);
  await unlock(page);
  await byTestId(page, 'request-refuse').click({ timeout: 15_000 });
  await byTestId(page, 'request-done').waitFor({ timeout: 10_000 });
  await byTestId(pro, 'request-refused').waitFor({ timeout: 10_000 });
  assert.equal(await byTestId(pro, 'request-refused').innerText(), 'De cliënt wil dit niet delen.');
  await axe(pro, 'a refused request');

  // Answered once: the link is gone for good.
  await page.goto(link);
  await byTestId(page, 'request-review').locator('[data-testid="error"]').waitFor({ timeout: 15_000 });
  assert.match(await byTestId(page, 'request-review').innerText(), /bestaat niet meer/);

  // A request nobody answers: after its ten minutes the desk says so.
  const late = await desk({ clock: true });
  await ask(late.page, { sections: ['story'] });
  await late.page.clock.fastForward('13:00');
  await byTestId(late.page, 'request-expired').waitFor({ timeout: 10_000 });
  assert.match(await byTestId(late.page, 'request-expired').innerText(), /De tijd is om/);
  await late.page.screenshot({ path: join(OUT, 'request-desk-expired.png'), fullPage: true });
  // One press to ask again, with what was typed kept.
  await byTestId(late.page, 'request-again').click();
  assert.equal(await byTestId(late.page, 'request-name').inputValue(), 'Anna de Boer');
});

test('a share made on the form carries its purpose to the viewer and the list', async () => {
  const { page } = await client();
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  // On the first step, beside the kind of professional. Own words past the limit: a
  // sentence there, and no next step.
  const purpose = await shareHook(page, 'share-purpose');
  await purpose.evaluate((el) => el.removeAttribute('maxlength'));
  await purpose.fill('x'.repeat(81));
  await byTestId(page, 'share-next').click();
  await byTestId(page, 'error').waitFor();
  assert.equal(await byTestId(page, 'share-step').getAttribute('data-step'), '1');
  await purpose.fill('Huisartsconsult');
  await (await shareHook(page, 'share-section-story')).check();
  await (await shareHook(page, 'share-recipient')).fill('Dokter Jansen');
  await page.screenshot({ path: join(OUT, 'request-share-purpose.png'), fullPage: true });
  await axe(page, 'the share form with its purpose');
  await byTestId(page, 'share-create').click();
  await byTestId(page, 'share-qr').waitFor({ timeout: 10_000 });
  const link = (await byTestId(page, 'share-link').innerText()).trim();

  const viewer = await (await run.browser.newContext({ locale: 'nl-NL' })).newPage();
  await viewer.goto(link);
  await byTestId(viewer, 'view-open').waitFor({ timeout: 15_000 });
  assert.equal(await byTestId(viewer, 'view-purpose').innerText(), 'Waarvoor: Huisartsconsult');
});
