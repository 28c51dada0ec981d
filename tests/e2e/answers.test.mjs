// An answer to every press, at 360 px wide. Samira's passphrase is refused without emptying
// either field, and the example under the field is one the app takes; the start screen's hint
// follows what she filled in. Anna writes back while Samira's app is open: the proposal
// appears without a reload; accepting says where it went, with a way there; declining can be
// undone for a few seconds and is then final (gone after a reload). "Stop alles wat je deelt"
// asks Ja/Nee: Nee keeps the shares, Ja stops them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { OUT, axe, byTestId, makeShare, saved, suite, unlock } from './harness.mjs';

const run = suite();
const AUTHOR = 'Anna de Boer, wijkteam Oost';

test('a refused passphrase keeps both fields, the example passes, and the start screen follows what is filled in', async () => {
  const { context, page } = await run.phone();
  const weak = 'wachtwoord1';
  await byTestId(page, 'new-passphrase').fill(weak);
  await byTestId(page, 'confirm-passphrase').fill(weak);
  await byTestId(page, 'create-dossier').click();
  assert.match(await byTestId(page, 'error').innerText(), /bekend woord met cijfers/);
  assert.equal(await byTestId(page, 'new-passphrase').inputValue(), weak, 'the first field keeps it');
  assert.equal(await byTestId(page, 'confirm-passphrase').inputValue(), weak, 'the second field keeps it');
  await page.screenshot({ path: join(OUT, 'answers-passphrase-refused-360.png'), fullPage: true });
  await axe(page, 'first run with a refused passphrase');

  // Not the same twice: both kept too.
  await byTestId(page, 'confirm-passphrase').fill('iets anders dan dat');
  await byTestId(page, 'create-dossier').click();
  await byTestId(page, 'error').waitFor();
  assert.equal(await byTestId(page, 'new-passphrase').inputValue(), weak);
  assert.equal(await byTestId(page, 'confirm-passphrase').inputValue(), 'iets anders dan dat');

  // The example under the field is taken as it is.
  const rule = await page.locator('#passphrase-rule').innerText();
  const example = /Bijvoorbeeld: ([^(]+) \(/.exec(rule)[1];
  assert.notEqual(example, 'giraf lepel regenjas dinsdag');
  await byTestId(page, 'new-passphrase').fill(example);
  await byTestId(page, 'confirm-passphrase').fill(example);
  await byTestId(page, 'create-dossier').click();
  await byTestId(page, 'lock').waitFor({ timeout: 20_000 });

  // A new dossier begins with Over mij and Mijn verhaal.
  assert.match(await byTestId(page, 'home-hint').innerText(), /Begin met ‘Over mij’ en ‘Mijn verhaal’/);
  await byTestId(page, 'nav-about').first().click();
  await byTestId(page, 'about-name').fill('Samira Bakker');
  await saved(page);
  await byTestId(page, 'nav-home').click();
  const hint = await byTestId(page, 'home-hint').innerText();
  assert.doesNotMatch(hint, /Begin met/, hint);
  assert.match(hint, /Schrijf nu ‘Mijn verhaal’/, hint);
  // Its button goes there.
  await byTestId(page, 'home-hint-go').click();
  await byTestId(page, 'story-text').fill('Ik woon sinds kort in Utrecht.');
  await saved(page);
  await byTestId(page, 'nav-home').click();
  assert.match(await byTestId(page, 'home-hint').innerText(), /Leefgebieden/);
  await byTestId(page, 'section-home').screenshot({ path: join(OUT, 'answers-home-hint-360.png') });
  await axe(page, 'the start screen with its hint');

  // A wrong passphrase on the unlock screen leaves it in the field.
  await byTestId(page, 'lock').click();
  await byTestId(page, 'passphrase').fill(`${example} x`);
  await byTestId(page, 'unlock').click();
  await byTestId(page, 'error').waitFor({ timeout: 20_000 });
  assert.equal(await byTestId(page, 'passphrase').inputValue(), `${example} x`);
  await page.screenshot({ path: join(OUT, 'answers-unlock-refused-360.png'), fullPage: true });
  await axe(page, 'unlock with a wrong passphrase');
  await unlock(page, example);
  await context.close();
});

/** Anna sends one reply through the viewer's form, and waits until the relay has it. */
async function send(viewer, kind, fields) {
  const before = await byTestId(viewer, 'reply-sent').count();
  await byTestId(viewer, 'reply-new').click();
  await byTestId(viewer, 'reply-kind').selectOption(kind);
  await byTestId(viewer, 'reply-author').fill(AUTHOR);
  for (const [id, value] of Object.entries(fields)) await byTestId(viewer, `reply-${id}`).fill(value);
  await byTestId(viewer, 'reply-send').click();
  await byTestId(viewer, 'reply-sent').nth(before).waitFor({ timeout: 10_000 });
}

test('proposals appear while the app is open; accept says where, decline can be undone, "Stop alles" asks Ja/Nee', async () => {
  const { page } = await run.phoneWithFixture();
  const link = await makeShare(page, {
    sections: ['domains', 'goals', 'journal'], recipient: 'Anna, wijkteam', replies: true,
  });
  await makeShare(page, { sections: ['about'], recipient: 'Huisarts' });
  await byTestId(page, 'nav-home').click();
  await byTestId(page, 'section-home').waitFor();

  const desk = await run.browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const viewer = await desk.newPage();
  await viewer.goto(link);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor();
  await send(viewer, 'note', { text: 'Ik heb de woningcorporatie gebeld.' });

  // Samira's start screen shows it without a reload.
  const items = byTestId(page, 'reply-item');
  await items.filter({ hasText: 'woningcorporatie' }).waitFor({ timeout: 25_000 });

  // Accepting says where it went, politely, with a way there.
  await items.filter({ hasText: 'woningcorporatie' }).getByTestId('reply-accept').click();
  const accepted = byTestId(page, 'reply-accepted');
  await accepted.waitFor();
  assert.equal(await accepted.innerText(), 'Staat nu bij Dagboek.');
  const status = byTestId(page, 'reply-answer');
  assert.equal(await status.getAttribute('role'), 'status');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  await byTestId(page, 'replies').screenshot({ path: join(OUT, 'answers-accepted-360.png') });
  await axe(page, 'the start screen after accepting');
  await byTestId(page, 'reply-accepted-go').click();
  await byTestId(page, 'section-journal').waitFor();
  assert.match(await byTestId(page, 'section-journal').innerText(), /Ik heb de woningcorporatie gebeld\./);

  // Two more, while Samira is on the shares screen.
  await byTestId(page, 'nav-shares').click();
  await send(viewer, 'note', { text: 'Deze hoort er niet in.' });
  await send(viewer, 'note', { text: 'Deze komt terug.' });
  await items.nth(1).waitFor({ timeout: 25_000 });

  // Declining: one press, undone within a few seconds.
  await items.filter({ hasText: 'komt terug' }).getByTestId('reply-decline').click();
  await items.filter({ hasText: 'komt terug' }).waitFor({ state: 'detached' });
  assert.match(await byTestId(page, 'reply-declined').innerText(), /Niet overgenomen/);
  await byTestId(page, 'replies').screenshot({ path: join(OUT, 'answers-declined-360.png') });
  await axe(page, 'the shares screen after declining');
  await byTestId(page, 'reply-undo').click();
  await items.filter({ hasText: 'komt terug' }).waitFor();
  assert.equal(await byTestId(page, 'reply-undo').count(), 0);

  // Declined for good once the time runs out; after a reload it stays gone, the other stays.
  await items.filter({ hasText: 'hoort er niet in' }).getByTestId('reply-decline').click();
  await byTestId(page, 'reply-declined-final').waitFor({ timeout: 15_000 });
  assert.equal(await items.filter({ hasText: 'hoort er niet in' }).count(), 0);
  await page.reload();
  await unlock(page);
  await byTestId(page, 'nav-home').click();
  await items.filter({ hasText: 'komt terug' }).waitFor({ timeout: 20_000 });
  await page.waitForTimeout(1_500);
  assert.equal(await items.filter({ hasText: 'hoort er niet in' }).count(), 0, 'declined: gone after a reload');
  const journal = await page.evaluate(() => document.body.innerText);
  assert.ok(!journal.includes('hoort er niet in'));

  // "Stop alles wat je deelt" asks first; Nee keeps both shares live.
  await byTestId(page, 'nav-shares').click();
  const live = page.locator('[data-testid="share-live"] [data-testid="share-status"]');
  await live.nth(1).waitFor();
  await byTestId(page, 'share-revoke-all').click();
  const ask = byTestId(page, 'share-revoke-all-ask');
  await ask.waitFor();
  assert.match(await ask.innerText(), /Stop alles wat je deelt\?/);
  await ask.screenshot({ path: join(OUT, 'answers-stop-all-ask-360.png') });
  await axe(page, 'the shares screen asking to stop everything');
  await byTestId(page, 'share-revoke-all-cancel').click();
  await ask.waitFor({ state: 'detached' });
  await page.waitForTimeout(1_000);
  assert.deepEqual(await live.evaluateAll((els) => els.map((el) => el.dataset.status)), ['active', 'active']);
  // Ja stops them.
  await byTestId(page, 'share-revoke-all').click();
  await byTestId(page, 'share-revoke-all-confirm').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="share-live"] [data-testid="share-item"]').length === 0,
    null, { timeout: 15_000 });
  const stopped = page.locator('[data-testid="share-status"]');
  assert.deepEqual(await stopped.evaluateAll((els) => els.map((el) => el.dataset.status)), ['revoked', 'revoked']);
  await byTestId(viewer, 'view-gone').waitFor({ timeout: 15_000 });
  await desk.close();
});
