// Moving the dossier to a new phone, as people would: the old phone shows a QR code and a
// code, the new phone opens the link, types the code (wrong first), receives the dossier and
// opens it with the passphrase. Two browser contexts are the two phones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  OUT, PASSPHRASE, startServer, byTestId, unlock, suite, writeStory, storyText,
} from './harness.mjs';

const run = suite();

const STORY = 'Ik neem mijn dossier mee naar mijn nieuwe telefoon.';
const OTHER_PASSPHRASE = 'appel boom water zon';
const OTHER_STORY = 'Dit is het oude verhaal op de tweede telefoon.';

async function phoneWithStory(url, story = STORY, passphrase = PASSPHRASE, options = {}) {
  const phone = await run.phoneWithDossier({ at: url, passphrase, ...options });
  await writeStory(phone.page, story);
  return phone;
}

/** Starts a move in Settings; answers the link and the code as shown. */
async function startMove(page) {
  await byTestId(page, 'nav-more').click();
  await byTestId(page, 'nav-settings').click();
  await byTestId(page, 'move-start').click();
  await byTestId(page, 'move-qr').waitFor({ timeout: 15_000 });
  const link = (await byTestId(page, 'move-link').innerText()).trim();
  const code = (await byTestId(page, 'move-code').innerText()).trim();
  return { link, code };
}

const digits = (code) => code.replace(/\D/g, '');
const otherCode = (code) => String((Number(digits(code)) + 1) % 1_000_000).padStart(6, '0');

async function tryCode(page, code) {
  await byTestId(page, 'move-code-input').fill(code);
  await byTestId(page, 'move-receive').click();
}

async function errorText(page, pattern) {
  const error = byTestId(page, 'error');
  await page.waitForFunction(
    ([sel, src]) => {
      const el = document.querySelector(sel);
      return el && new RegExp(src).test(el.innerText);
    },
    ['[data-testid="error"]', pattern.source],
    { timeout: 10_000 },
  );
  return error.innerText();
}

async function noAxeViolations(page, what) {
  const results = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    [],
    what,
  );
}

test('the dossier moves from the old phone to the new one, once', async () => {
  const a = await phoneWithStory(run.server.url);
  const { link, code } = await startMove(a.page);
  assert.match(link, new RegExp(`^${run.server.url}/#move=1\\.[A-Za-z0-9_-]{22}\\.[a-z0-9]{58}$`));
  assert.match(code, /^\d{3} \d{3}$/);
  assert.match(await byTestId(a.page, 'move-countdown').innerText(), /^Nog (10:00|9:5\d) minuten geldig$/);
  await a.page.screenshot({ path: join(OUT, 'move-out-360.png'), fullPage: true });
  await noAxeViolations(a.page, 'old phone, move shown');

  // A real decoder reads the QR code off the screen.
  const qrShot = join(OUT, 'move-qr-only.png');
  await byTestId(a.page, 'move-qr').screenshot({ path: qrShot });
  const decoded = execFileSync('zbarimg', ['-q', '--raw', qrShot]).toString().trim();
  assert.equal(decoded, link);

  // The new phone: a fresh browser, nothing stored.
  const { context: b, page: newPhone } = await run.phone({ at: decoded });
  await byTestId(newPhone, 'move-code-input').waitFor();
  assert.match(await newPhone.locator('h1').innerText(), /Dossier ontvangen/);
  assert.equal(await byTestId(newPhone, 'new-passphrase').count(), 0);
  assert.equal(await byTestId(newPhone, 'move-current-passphrase').count(), 0, 'nothing to replace here');
  await noAxeViolations(newPhone, 'new phone, asking the code');

  // A typo in the shape costs no try; a wrong code does, and says how many are left.
  await tryCode(newPhone, '12 34');
  assert.match(await errorText(newPhone, /precies 6 cijfers/), /precies 6 cijfers/);
  // No connection: said plainly, and no try is used.
  await newPhone.route('**/api/transfers/*/receive', (route) => route.abort('internetdisconnected'));
  await tryCode(newPhone, code);
  assert.match(await errorText(newPhone, /geen verbinding/), /Er is niets veranderd/);
  await newPhone.unroute('**/api/transfers/*/receive');
  await tryCode(newPhone, otherCode(code));
  assert.match(await errorText(newPhone, /nog 4 keer/), /Deze code klopt niet\. Je kunt het nog 4 keer proberen\./);
  await newPhone.screenshot({ path: join(OUT, 'move-in-wrong-code-360.png'), fullPage: true });
  await noAxeViolations(newPhone, 'new phone, wrong code');

  // The right code, typed as it is shown (with the space).
  await tryCode(newPhone, code);
  await byTestId(newPhone, 'passphrase').waitFor({ timeout: 15_000 });
  assert.match(await newPhone.locator('main').innerText(), /Je dossier is ontvangen\. Typ de wachtzin/);
  assert.ok(!newPhone.url().includes('#'), 'the key left the address bar');
  await newPhone.screenshot({ path: join(OUT, 'move-in-received-360.png'), fullPage: true });
  await unlock(newPhone);
  assert.equal(await storyText(newPhone), STORY);

  // The old phone keeps its copy.
  await a.page.reload();
  await unlock(a.page);
  assert.equal(await storyText(a.page), STORY);

  // The link is dead now, even with the right code.
  const { context: c, page: third } = await run.phone({ at: link });
  await tryCode(third, code);
  assert.match(await errorText(third, /bestaat niet meer/), /Op deze telefoon is niets veranderd/);
  assert.equal(await third.evaluate(() => localStorage.getItem('regie.vault')), null);

  // The relay's files hold nothing readable of the dossier, and no transfer any more.
  for (const f of readdirSync(run.server.data)) {
    const bytes = readFileSync(join(run.server.data, f)).toString('latin1');
    assert.ok(!bytes.includes(STORY), `${f} holds the story`);
  }
  await a.context.close(); await b.close(); await c.close();
});

test('a dossier already on the new phone is kept until its passphrase is given; five wrong codes void the move', async () => {
  const a = await phoneWithStory(run.server.url);
  let { link, code } = await startMove(a.page);

  const b = await phoneWithStory(run.server.url, OTHER_STORY, OTHER_PASSPHRASE);
  const before = await b.page.evaluate(() => localStorage.getItem('regie.vault'));
  // Opened in the tab where the dossier is open: only the fragment changes. The dossier is
  // locked first, so its autosave cannot write over what arrives.
  await b.page.goto(link);
  await byTestId(b.page, 'move-current-passphrase').waitFor();
  assert.equal(await byTestId(b.page, 'lock').count(), 0, 'the open dossier was locked');
  assert.match(await b.page.locator('main').innerText(), /Op deze telefoon staat al een dossier/);
  await b.page.screenshot({ path: join(OUT, 'move-in-replace-360.png'), fullPage: true });
  await noAxeViolations(b.page, 'new phone with a dossier');

  // Without the passphrase of the dossier here: nothing is fetched, nothing changes.
  await tryCode(b.page, code);
  assert.match(await errorText(b.page, /Typ eerst de wachtzin/), /Zonder die wachtzin verandert er niets/);
  assert.equal(await b.page.evaluate(() => localStorage.getItem('regie.vault')), before);

  // Going back leads to the old dossier, which still opens with its own passphrase.
  await byTestId(b.page, 'move-not-now').click();
  await unlock(b.page, OTHER_PASSPHRASE);
  assert.equal(await storyText(b.page), OTHER_STORY);
  assert.ok(!b.page.url().includes('#'));

  // Five wrong codes, counted down; then the move is void and the old dossier is still here.
  await b.page.goto(link);
  await b.page.reload();
  await byTestId(b.page, 'move-current-passphrase').fill(OTHER_PASSPHRASE);
  const wrongCode = otherCode(code);
  for (const left of [4, 3, 2]) {
    await tryCode(b.page, wrongCode);
    await errorText(b.page, new RegExp(`nog ${left} keer`));
  }
  await tryCode(b.page, wrongCode);
  await errorText(b.page, /nog maar 1 keer/);
  await tryCode(b.page, wrongCode);
  assert.match(await errorText(b.page, /te vaak fout/), /Begin opnieuw op je oude telefoon/);
  assert.equal(await byTestId(b.page, 'move-code-input').count(), 0, 'no more asking');
  await b.page.screenshot({ path: join(OUT, 'move-in-void-360.png'), fullPage: true });
  assert.equal(await b.page.evaluate(() => localStorage.getItem('regie.vault')), before);

  // The old phone starts again; this time the new phone confirms and receives.
  await byTestId(a.page, 'move-cancel').click();
  await byTestId(a.page, 'move-ended').waitFor();
  await byTestId(a.page, 'move-again').click();
  ({ link, code } = await startMove(a.page));
  await b.page.goto(link);
  await b.page.reload();
  await byTestId(b.page, 'move-current-passphrase').fill(OTHER_PASSPHRASE);
  await tryCode(b.page, digits(code));
  await byTestId(b.page, 'passphrase').waitFor({ timeout: 15_000 });
  assert.notEqual(await b.page.evaluate(() => localStorage.getItem('regie.vault')), before);
  await unlock(b.page, PASSPHRASE);
  assert.equal(await storyText(b.page), STORY);
  await a.context.close(); await b.context.close();
});

test('cancelling on the old phone ends the move at once; the new phone says so in either language', async () => {
  // The old "phone" may be a computer too.
  const a = await phoneWithStory(run.server.url, STORY, PASSPHRASE,
    { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const { link, code } = await startMove(a.page);
  await a.page.screenshot({ path: join(OUT, 'move-out-desktop.png'), fullPage: true });
  await noAxeViolations(a.page, 'old phone on a desktop');
  await byTestId(a.page, 'move-cancel').click();
  assert.match(await byTestId(a.page, 'move-ended').innerText(), /Je dossier staat niet meer op internet/);
  const { context: b, page } = await run.phone({ at: link });
  await tryCode(page, code);
  await errorText(page, /bestaat niet meer/);
  await byTestId(page, 'lang-select').selectOption('en');
  assert.match(await errorText(page, /no longer exists/), /Nothing has changed on this phone/);
  assert.equal(await byTestId(page, 'move-not-now').innerText(), 'Back');
  await a.context.close(); await b.close();
});

test('an expired move says so plainly on both phones; offline says so too', async () => {
  const quick = await startServer({ env: { REGIE_TRANSFER_SECS: '3' } });
  try {
    const a = await phoneWithStory(quick.url);
    const { link, code } = await startMove(a.page);
    // The old phone counts down to the end by itself.
    const ended = byTestId(a.page, 'move-ended');
    await ended.waitFor({ timeout: 10_000 });
    assert.match(await ended.innerText(), /minuten zijn om/);
    const { context: b, page } = await run.phone({ at: link });
    await tryCode(page, code);
    assert.match(await errorText(page, /bestaat niet meer/), /De 10 minuten zijn om/);
    await page.screenshot({ path: join(OUT, 'move-in-expired-360.png'), fullPage: true });

    // Without the relay, starting says plainly that there is no connection.
    await quick.stop();
    await byTestId(a.page, 'move-again').click();
    await byTestId(a.page, 'move-start').click();
    assert.match(await errorText(a.page, /geen verbinding/), /Je dossier is niet veranderd/);
    await a.context.close(); await b.close();
  } finally {
    await quick.cleanup();
  }
});
