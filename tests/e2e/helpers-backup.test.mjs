// Herstelhelpers and backups: with 2 of 3 helpers set up, "Back-up maken" downloads the backup
// and, beside it, the recovery copy. The Debian `age -d` opens the backup with the passphrase
// and `tar` lists it. On a wiped browser (a fresh context) the recovery copy comes back with
// two cards and a new passphrase, documents too, and the same cards still open the restored
// dossier. A backup picked as a copy, the copy picked as a backup, one card alone and a
// foreign card are each refused with a sentence. A restore with the passphrase, by contrast,
// says on the start screen that new cards are needed. At 360 px, like a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OUT, PASSPHRASE, ageDecryptBackup, axe, byTestId, openSettings, saved, storyText, suite,
  unlock, writeStory,
} from './harness.mjs';

const run = suite();
const TMP = mkdtempSync(join(tmpdir(), 'regie-helpers-backup-'));
mkdirSync(OUT, { recursive: true });
const NEW_PASSPHRASE = 'lantaarn zeilboot pompoen hagel';
const STORY = 'Mijn verhaal komt terug met de kaarten van mijn helpers.';
const LETTER = Buffer.concat([Buffer.from('%PDF-1.4\n'),
  Buffer.from(Array.from({ length: 40_000 }, (_, i) => (i * 7919) % 251))]);
const words = (text) => text.trim().split(/\s+/).join(' ');

/** Sets up 2 of 3 helpers with these names and gives back the cards' words. */
async function setUpHelpers(page, names) {
  await openSettings(page);
  await byTestId(page, 'helpers-setup').click();
  const fields = byTestId(page, 'helper-name');
  for (const [i, name] of names.entries()) await fields.nth(i).fill(name);
  await byTestId(page, 'helpers-create').click();
  await byTestId(page, 'helper-card').first().waitFor();
  const cards = (await byTestId(page, 'helper-card-words').allInnerTexts()).map(words);
  await byTestId(page, 'helpers-done').click();
  return cards;
}

async function addCard(page, card) {
  await byTestId(page, 'recover-words').fill(card);
  await byTestId(page, 'recover-add').click();
}

const state = {};

test('a backup with helpers: two files, and age -d opens the backup with the passphrase', async () => {
  const { context, page } = await run.phoneWithDossier();
  state.context = context;
  await writeStory(page, STORY);
  await byTestId(page, 'nav-documents').click();
  await byTestId(page, 'doc-choose-file').setInputFiles({ name: 'Beschikking.pdf', mimeType: 'application/pdf', buffer: LETTER });
  await byTestId(page, 'doc-save').click();
  await byTestId(page, 'doc-item').first().waitFor({ timeout: 60_000 });
  state.cards = await setUpHelpers(page, ['Anna', 'Bram', 'Chris']);
  await saved(page);

  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  await byTestId(page, 'backup-export').click();
  await byTestId(page, 'backup-copy-done').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => true); // let the download events land
  while (downloads.length < 2) await new Promise((r) => setTimeout(r, 50));
  const names = downloads.map((d) => d.suggestedFilename());
  assert.match(names[0], /^regie-backup-\d{4}-\d{2}-\d{2}\.age$/);
  assert.match(names[1], /^regie-herstelkopie-\d{4}-\d{2}-\d{2}\.age$/);
  state.backup = join(TMP, names[0]);
  state.copy = join(TMP, names[1]);
  await downloads[0].saveAs(state.backup);
  await downloads[1].saveAs(state.copy);
  assert.match(await byTestId(page, 'backup-copy-done').innerText(), /Dat is de herstelkopie/);
  await page.screenshot({ path: join(OUT, 'helpers-backup-made.png'), fullPage: true });
  await axe(page, 'a backup with its recovery copy');

  // The backup stands alone: age -d with the passphrase, tar lists the dossier and the letter.
  const unpacked = ageDecryptBackup(state.backup, PASSPHRASE);
  const listed = execFileSync('tar', ['-t', '-f', `${state.backup}.tar`]).toString().trim().split('\n');
  assert.deepEqual(listed, ['dossier.json', 'documenten/Beschikking.pdf']);
  assert.ok(readFileSync(join(unpacked.unpacked, 'documenten/Beschikking.pdf')).equals(LETTER));
  // The copy: its head, then an X25519 age file; no key and no text of the dossier in it.
  const copy = readFileSync(state.copy);
  assert.ok(copy.subarray(0, 21).equals(Buffer.from('regie-herstelkopie 1\n')));
  assert.ok(copy.includes('age-encryption.org/v1\n-> X25519 '));
  assert.ok(!copy.includes('AGE-SECRET-KEY') && !copy.includes('Mijn verhaal'));

  // Another dossier's card, for the refusals below.
  const other = await run.phoneWithDossier();
  state.foreign = (await setUpHelpers(other.page, ['Dirk', 'Eva', 'Fleur']))[0];
  await other.context.close();
});

test('a wiped browser: the recovery copy and two cards bring everything back, and the cards keep working', async () => {
  const { context, page } = await run.phone();
  // The copy picked as a backup: told to use the cards.
  await byTestId(page, 'backup-import').setInputFiles(state.copy);
  await byTestId(page, 'import-passphrase').fill(PASSPHRASE);
  await byTestId(page, 'import-start').click();
  assert.match(await byTestId(page, 'error').innerText(), /Dit is een herstelkopie/);

  await byTestId(page, 'restore-with-cards').click();
  await byTestId(page, 'copy-import').waitFor({ timeout: 30_000 });
  // The backup picked as a copy: told to use the passphrase.
  await byTestId(page, 'copy-import').setInputFiles(state.backup);
  assert.match(await byTestId(page, 'error').innerText(), /gewone back-up, geen herstelkopie/);
  await byTestId(page, 'copy-import').setInputFiles(state.copy);
  await byTestId(page, 'copy-needed').waitFor();
  assert.match(await byTestId(page, 'copy-needed').innerText(), /Er zijn 2 van de 3 kaarten nodig/);
  await addCard(page, state.cards[2]);
  assert.match(await byTestId(page, 'recover-progress').innerText(), /1 van de 2 kaarten zijn erin/);
  assert.equal(await byTestId(page, 'new-passphrase').count(), 0, 'one card alone opens nothing');
  await addCard(page, state.foreign);
  assert.match(await byTestId(page, 'error').innerText(), /hoort niet bij dit dossier/);
  assert.equal(await page.evaluate(() => localStorage.getItem('regie.vault')), null, 'nothing stored');
  await page.screenshot({ path: join(OUT, 'helpers-copy-cards.png'), fullPage: true });
  await axe(page, 'restoring a recovery copy with cards');
  await addCard(page, state.cards[0]);
  await byTestId(page, 'new-passphrase').fill(NEW_PASSPHRASE);
  await byTestId(page, 'confirm-passphrase').fill(NEW_PASSPHRASE);
  await byTestId(page, 'recover-finish').click();
  await byTestId(page, 'copy-restored').waitFor({ timeout: 60_000 });
  assert.match(await byTestId(page, 'copy-restored').innerText(), /De kaarten van je helpers werken nog/);
  await page.screenshot({ path: join(OUT, 'helpers-copy-restored.png'), fullPage: true });
  await axe(page, 'a recovery copy restored');
  await byTestId(page, 'recover-to-dossier').click();
  assert.equal(await storyText(page), STORY);
  await byTestId(page, 'nav-documents').click();
  await byTestId(page, 'doc-item').first().waitFor();
  assert.match(await byTestId(page, 'doc-item').first().innerText(), /Beschikking/);
  await openSettings(page);
  assert.equal(await byTestId(page, 'helpers-need-new').count(), 0, 'the helpers still work');

  // The new passphrase opens it; and forgotten again, the same cards open it.
  await byTestId(page, 'lock').click();
  await unlock(page, NEW_PASSPHRASE);
  await byTestId(page, 'lock').click();
  await byTestId(page, 'forgot-passphrase-open').click();
  await byTestId(page, 'recover-start').click();
  await addCard(page, state.cards[1]);
  await addCard(page, state.cards[2]);
  await byTestId(page, 'new-passphrase').fill(PASSPHRASE);
  await byTestId(page, 'confirm-passphrase').fill(PASSPHRASE);
  await byTestId(page, 'recover-finish').click();
  await byTestId(page, 'recovered').waitFor({ timeout: 30_000 });
  await byTestId(page, 'recover-to-dossier').click();
  assert.equal(await storyText(page), STORY);
  await context.close();
});

test('a restore with the passphrase: the start screen says new cards are needed', async () => {
  const { context, page } = await run.phone();
  await byTestId(page, 'backup-import').setInputFiles(state.backup);
  await byTestId(page, 'import-passphrase').fill(PASSPHRASE);
  await byTestId(page, 'import-start').click();
  await byTestId(page, 'lock').waitFor({ timeout: 60_000 });
  const notice = byTestId(page, 'helpers-need-new-start');
  await notice.waitFor();
  assert.match(await notice.innerText(), /De kaarten van je helpers openen dit dossier nu niet meer/);
  await page.screenshot({ path: join(OUT, 'helpers-need-new-start.png'), fullPage: true });
  await axe(page, 'the start screen after a restore with the passphrase');
  await byTestId(page, 'helpers-to-settings').click();
  await byTestId(page, 'helpers-need-new').waitFor();
  await context.close();
  await state.context.close();
});
