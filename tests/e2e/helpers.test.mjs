// Herstelhelpers: setting up 2 of 3 helpers in settings, their printed cards (Chromium's PDF
// read back with pdftotext, rasterised with pdftoppm so that zbarimg decodes each QR code),
// then forgetting the passphrase and opening the dossier with two cards from the unlock
// screen: one card alone, a card of another dossier, a mistyped card and an unknown word each
// refused with a sentence and nothing stored changed; after recovering, the new passphrase
// opens it, new cards are shown and the old cards are refused. At 360 px, like a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OUT, PASSPHRASE, byTestId, axe, openSettings, writeStory, storyText, unlock, suite,
} from './harness.mjs';

const TMP = mkdtempSync(join(tmpdir(), 'regie-helpers-'));
// Chromium's fake camera shows this file; the test writes a card's QR code into it before the
// camera is asked for.
const CAMERA = join(TMP, 'camera.y4m');
const run = suite(undefined, {
  browserArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
    `--use-file-for-fake-video-capture=${CAMERA}`],
});

/** Puts printed page `page` of `pdf` (a card) before the fake camera: 640×480 of the page at
 * 100 dpi, from the card's middle down (its QR code and words), as grey y4m frames. */
function feedCamera(pdf, page) {
  const base = join(TMP, 'camera');
  execFileSync('pdftoppm', ['-gray', '-r', '100', '-f', String(page), '-l', String(page),
    '-x', '0', '-y', '250', '-W', '640', '-H', '480', '-singlefile', pdf, base]);
  const pgm = readFileSync(`${base}.pgm`);
  const header = pgm.toString('latin1', 0, 20).match(/^P5\s+640\s+480\s+255\s/);
  assert.ok(header, 'a 640×480 grey page');
  const y = pgm.subarray(header[0].length);
  assert.equal(y.length, 640 * 480);
  const uv = Buffer.alloc(320 * 240 * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, uv]);
  writeFileSync(CAMERA, Buffer.concat([Buffer.from('YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n'),
    frame, frame]));
}
mkdirSync(OUT, { recursive: true });
const NEW_PASSPHRASE = 'lantaarn zeilboot pompoen hagel';
const STORY = 'Mijn verhaal, bewaard door mijn helpers.';
const storedVault = (page) => page.evaluate(() => localStorage.getItem('regie.vault'));
const words = (text) => text.trim().split(/\s+/).join(' ');

/** Sets up helpers with these names (2 of 3 unless told) and answers the cards' words. */
async function setUpHelpers(page, names, threshold) {
  await openSettings(page);
  await byTestId(page, 'helpers-setup').click();
  const fields = byTestId(page, 'helper-name');
  assert.equal(await fields.count(), 3, 'three helpers to start with');
  for (const [i, name] of names.entries()) await fields.nth(i).fill(name);
  if (threshold) await byTestId(page, 'helpers-threshold').selectOption(String(threshold));
  await byTestId(page, 'helpers-create').click();
  await byTestId(page, 'helper-card').first().waitFor();
  return byTestId(page, 'helper-card-words').allInnerTexts().then((all) => all.map(words));
}

const state = {};

test('settings: 2 of 3 helpers, one printable card each, with a QR code that zbarimg reads', async () => {
  const { page } = await run.phoneWithDossier();
  state.page = page;
  await writeStory(page, STORY);
  await openSettings(page);
  await byTestId(page, 'helpers-setup').click();
  // The default is 2 of 3, with the warning about helpers who could act together.
  assert.equal(await byTestId(page, 'helpers-threshold').inputValue(), '2');
  assert.match(await page.locator('.helpers-form .warning').innerText(), /niet samen tegen je kunnen werken/);
  // A missing name and a name twice are refused, and no card is made.
  const fields = byTestId(page, 'helper-name');
  await fields.nth(0).fill('Anna');
  await fields.nth(1).fill('anna');
  await byTestId(page, 'helpers-create').click();
  assert.match(await byTestId(page, 'error').innerText(), /dezelfde naam/);
  await fields.nth(1).fill('');
  await byTestId(page, 'helpers-create').click();
  assert.match(await byTestId(page, 'error').innerText(), /elke helper een voornaam/);
  assert.equal(await byTestId(page, 'helper-card').count(), 0);
  await fields.nth(1).fill('Bram');
  await fields.nth(2).fill('Chris');
  await axe(page, 'choosing helpers');
  await byTestId(page, 'helpers-create').click();
  await byTestId(page, 'helper-card').first().waitFor();
  const cards = byTestId(page, 'helper-card');
  assert.equal(await cards.count(), 3);
  state.cards = (await byTestId(page, 'helper-card-words').allInnerTexts()).map(words);
  for (const card of state.cards) assert.equal(card.split(' ').length, 20);
  assert.equal(new Set(state.cards).size, 3);
  // Each card names its own helper and none of the others; says how many are needed.
  const names = ['Anna', 'Bram', 'Chris'];
  for (const [i, name] of names.entries()) {
    const text = await cards.nth(i).innerText();
    assert.match(text, new RegExp(`Voor ${name}`));
    for (const other of names.filter((n) => n !== name)) assert.doesNotMatch(text, new RegExp(other));
    assert.match(text, /Er zijn 2 kaarten samen nodig\. Deze kaart alleen opent niets\./);
    assert.match(text, /Kijk eerst of het echt/);
    assert.equal(await cards.nth(i).locator('[data-testid="helper-card-qr"]').count(), 1);
  }
  await page.screenshot({ path: join(OUT, 'helpers-cards.png'), fullPage: true });
  await axe(page, 'the helpers\' cards');

  // Printed: Chromium's PDF holds only the cards, one a page, with their words and QR codes.
  const pdf = join(TMP, 'cards.pdf');
  state.pdf = pdf;
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const [i, card] of state.cards.entries()) {
    assert.ok(words(text).includes(card), `card ${i + 1}'s words in the PDF`);
  }
  assert.match(text, /Voor Anna/);
  assert.doesNotMatch(text, /Instellingen|Automatisch vergrendelen/, 'only the cards are printed');
  execFileSync('pdftoppm', ['-r', '150', '-png', pdf, join(TMP, 'page')]);
  const pages = readdirSync(TMP).filter((f) => f.startsWith('page') && f.endsWith('.png')).sort();
  assert.equal(pages.length, 3, 'one card a page');
  const decoded = pages.map((p) => words(execFileSync('zbarimg', ['-q', '--raw', join(TMP, p)]).toString()));
  assert.deepEqual(decoded, state.cards);
  execFileSync('cp', [join(TMP, pages[0]), join(OUT, 'helpers-card-printed.png')]);

  // Done: settings tell who holds a card and since when; the words are not shown again.
  await byTestId(page, 'helpers-done').click();
  const held = await byTestId(page, 'helpers-held').innerText();
  for (const name of names) assert.match(held, new RegExp(`${name} heeft een kaart sinds \\d+ \\w+ \\d{4}`));
  assert.equal(await byTestId(page, 'helper-card').count(), 0);
  await page.reload();
  await unlock(page);
  await openSettings(page);
  assert.match(await byTestId(page, 'helpers-held').innerText(), /Chris heeft een kaart sinds/);
});

test('another dossier\'s cards are made apart', async () => {
  const { context, page } = await run.phoneWithDossier();
  state.foreign = (await setUpHelpers(page, ['Dirk', 'Eva', 'Fleur']))[0];
  await context.close();
});

test('forgotten passphrase: refusals change nothing, two cards open it, old cards stop working', async () => {
  const { page } = state;
  await page.reload(); // the first screen, as after a restart
  await byTestId(page, 'forgot-passphrase-open').click();
  await byTestId(page, 'recover-start').click();
  await byTestId(page, 'recover-words').waitFor();
  const before = await storedVault(page);
  const refused = async (typed, sentence) => {
    await byTestId(page, 'recover-words').fill(typed);
    await byTestId(page, 'recover-add').click();
    assert.match(await byTestId(page, 'error').innerText(), sentence, typed);
    assert.equal(await byTestId(page, 'new-passphrase').count(), 0);
  };
  // One card alone, typed from paper on lines and in capitals: taken in, but it opens nothing.
  await byTestId(page, 'recover-words').fill(state.cards[0].toUpperCase().replace(/ /g, '\n'));
  await byTestId(page, 'recover-add').click();
  assert.match(await byTestId(page, 'recover-progress').innerText(), /1 van de 2 kaarten zijn erin\. Eén kaart alleen opent niets/);
  assert.equal(await byTestId(page, 'new-passphrase').count(), 0);
  await refused(state.cards[0], /Deze kaart is er al in/);
  await refused(state.foreign, /hoort niet bij dit dossier/);
  const swapped = state.cards[1].split(' ');
  [swapped[3], swapped[4]] = [swapped[4], swapped[3]];
  await refused(swapped.join(' '), /passen niet bij elkaar/);
  await refused(state.cards[1].replace(/^\S+/, 'qwertz'), /Woord 1 \("qwertz"\) staat niet op een herstelkaart/);
  await refused(state.cards[1].split(' ').slice(0, 19).join(' '), /20 woorden\. Hier staan er 19/);
  assert.equal(await storedVault(page), before, 'nothing stored changed');
  await page.screenshot({ path: join(OUT, 'helpers-recover-refused.png'), fullPage: true });
  await axe(page, 'recovering with cards');

  // The second card scanned: Chromium's fake camera shows its QR code.
  feedCamera(state.pdf, 2);
  await byTestId(page, 'recover-scan').click();
  await byTestId(page, 'scan-video').waitFor();
  await byTestId(page, 'new-passphrase').waitFor({ timeout: 15_000 });
  assert.equal(await byTestId(page, 'scan-video').count(), 0, 'the camera stopped');
  await byTestId(page, 'new-passphrase').fill(NEW_PASSPHRASE);
  await byTestId(page, 'confirm-passphrase').fill(NEW_PASSPHRASE);
  assert.equal(await storedVault(page), before);
  await byTestId(page, 'recover-finish').click();
  await byTestId(page, 'recovered').waitFor({ timeout: 20_000 });
  const fresh = (await byTestId(page, 'helper-card-words').allInnerTexts()).map(words);
  assert.equal(fresh.length, 3);
  for (const card of fresh) assert.ok(!state.cards.includes(card), 'new cards');
  assert.match(await byTestId(page, 'recovered').innerText(), /De oude kaarten werken niet meer/);
  await page.screenshot({ path: join(OUT, 'helpers-recovered.png'), fullPage: true });
  await byTestId(page, 'recover-to-dossier').click();
  assert.equal(await storyText(page), STORY, 'everything in the dossier');

  // The new passphrase opens it; the old one does not; the old cards are refused.
  await byTestId(page, 'lock').click();
  await byTestId(page, 'passphrase').fill(PASSPHRASE);
  await byTestId(page, 'unlock').click();
  await byTestId(page, 'error').waitFor();
  await unlock(page, NEW_PASSPHRASE);
  await byTestId(page, 'lock').click();
  await byTestId(page, 'forgot-passphrase-open').click();
  await byTestId(page, 'recover-start').click();
  const after = await storedVault(page);
  await refused(state.cards[0], /hoort niet bij dit dossier\. Of het is een oude kaart/);
  await refused(state.cards[2], /hoort niet bij dit dossier/);
  await byTestId(page, 'recover-words').fill(fresh[2]);
  await byTestId(page, 'recover-add').click();
  assert.match(await byTestId(page, 'recover-progress').innerText(), /1 van de 2/);
  assert.equal(await storedVault(page), after);
  writeFileSync(join(TMP, 'done'), '');
});
