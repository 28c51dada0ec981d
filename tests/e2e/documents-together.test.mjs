// Documents, backups and moving to a new phone, tried together at 360 px, as a client would:
// a dossier with a story and a photo of a letter goes into a backup (read back with the
// Debian `age` tool, the photo's very bytes inside), comes back into a wiped browser from the
// first-run screen, and moves to a second phone; each time the photo opens with its pixels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OUT, PASSPHRASE, byTestId, unlock, saved, noisePng, pixelOf, storedDocumentIds, suite, writeStory, storyText, ageDecryptBackup,
} from './harness.mjs';

const TMP = mkdtempSync(join(tmpdir(), 'regie-docs-together-'));
const run = suite();

const STORY = 'De brief van de gemeente over de huishoudelijke hulp bewaar ik als foto.';
const DOC_NAME = 'Beschikking Wmo februari';
// Noise does not compress: 400 × 300 pixels make a PNG of about 350 KB.
const WIDTH = 400;
const HEIGHT = 300;

/** A real PNG of noise (it does not compress): base64 and one pixel. */
const makePng = (page, seed) => noisePng(page, { width: WIDTH, height: HEIGHT, seed });

/** A new phone with a dossier holding a story and one photo of a letter. */
async function phoneWithStoryAndPhoto(seed) {
  const { context, page } = await run.phoneWithDossier();
  await writeStory(page, STORY);

  await byTestId(page, 'nav-documents').click();
  await byTestId(page, 'section-documents').waitFor();
  const png = await makePng(page, seed);
  const bytes = Buffer.from(png.b64, 'base64');
  assert.ok(bytes.length > 200 * 1024 && bytes.length < 1024 * 1024,
    `the test image should be a few hundred KB, it is ${bytes.length} bytes`);
  await byTestId(page, 'doc-take-photo').setInputFiles({ name: 'IMG_20260214.png', mimeType: 'image/png', buffer: bytes });
  await byTestId(page, 'doc-name').waitFor();
  await byTestId(page, 'doc-name').fill(DOC_NAME);
  await byTestId(page, 'doc-date').fill('2026-02-14');
  await byTestId(page, 'doc-save').click();
  await page.locator('[data-testid="doc-item"], [data-testid="error"]').first().waitFor({ timeout: 30_000 });
  if (await byTestId(page, 'error').count()) {
    await page.screenshot({ path: join(OUT, 'together-add-error-360.png'), fullPage: true });
    assert.fail(`adding the photo failed: ${await byTestId(page, 'error').innerText()}`);
  }
  await saved(page);
  assert.equal((await storedDocumentIds(page)).length, 1, 'one document ciphertext is stored');
  return { context, page, png, bytes };
}

/** Opens the one document in Documenten and answers what the viewer shows. */
async function openPhoto(page, shot) {
  await byTestId(page, 'nav-documents').click();
  await byTestId(page, 'section-documents').waitFor();
  const item = page.locator('[data-testid="doc-item"]', { hasText: DOC_NAME });
  await item.waitFor({ timeout: 10_000 });
  assert.equal(await byTestId(page, 'doc-item').count(), 1, 'exactly one document is listed');
  assert.match(await item.locator('[data-testid="doc-thumb"]').getAttribute('src'), /^data:image\/jpeg;base64,/,
    'the list shows the thumbnail');
  await item.locator('[data-testid="doc-view"]').click();
  await page.locator('[data-testid="doc-viewer-image"], [data-testid="error"]').first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(OUT, shot) });
  if (await byTestId(page, 'error').count()) {
    assert.fail(`the photo does not open (screenshot ${join(OUT, shot)}): `
      + `"${(await byTestId(page, 'error').innerText()).trim()}"`);
  }
  assert.match(await byTestId(page, 'doc-viewer-image').getAttribute('src'), /^blob:/);
  const shown = await pixelOf(page, '[data-testid="doc-viewer-image"]');
  await byTestId(page, 'doc-viewer-close').click();
  await byTestId(page, 'doc-viewer').waitFor({ state: 'detached' });
  return shown;
}

test('a backup holds the photo itself; restored into a wiped browser, the photo opens the same', async () => {
  const a = await phoneWithStoryAndPhoto(0x9e3779b9);
  const { png, bytes } = a;

  // The photo opens on the phone that took it.
  assert.deepEqual(await openPhoto(a.page, 'together-backup-before-360.png'),
    { pixel: png.pixel, width: WIDTH, height: HEIGHT }, 'the photo before the backup');

  // Backup through the settings page (the passphrase is known in this tab).
  await byTestId(a.page, 'nav-more').click();
  await byTestId(a.page, 'nav-settings').click();
  await byTestId(a.page, 'section-settings').waitFor();
  const [download] = await Promise.all([
    a.page.waitForEvent('download', { timeout: 60_000 }),
    byTestId(a.page, 'backup-export').click(),
  ]);
  assert.match(download.suggestedFilename(), /^regie-backup-\d{4}-\d{2}-\d{2}\.age$/);
  const file = join(TMP, `backup-${Date.now()}.age`);
  await download.saveAs(file);
  await byTestId(a.page, 'backup-done').waitFor();
  await a.page.screenshot({ path: join(OUT, 'together-backup-done-360.png'), fullPage: true });
  assert.equal(await byTestId(a.page, 'backup-missing').count(), 0,
    `the export says documents are missing: ${await byTestId(a.page, 'backup-missing').allInnerTexts()}`);
  await saved(a.page);

  const raw = readFileSync(file);
  assert.ok(raw.subarray(0, 40).toString().startsWith('age-encryption.org/v1\n-> scrypt '));
  assert.ok(raw.length > bytes.length, `the backup (${raw.length} bytes) is smaller than the photo (${bytes.length})`);
  assert.equal(raw.indexOf(bytes.subarray(1000, 1032)), -1, 'the photo is readable in the backup file');

  // The Debian age and tar tools open it; the photo comes out as a file of its own.
  const json = ageDecryptBackup(file, PASSPHRASE);
  assert.equal(json.format, 'regie-backup');
  assert.equal(json.version, 2);
  assert.equal(json.dossier.story.text, STORY);
  const refs = json.dossier.documents?.files ?? [];
  assert.equal(refs.length, 1, 'the dossier in the backup lists one document');
  assert.equal(refs[0].name, DOC_NAME);
  assert.equal(refs[0].size, bytes.length, 'the listed size is the photo\'s');
  assert.equal(json.documents.length, 1, 'the backup carries one document');
  assert.equal(json.documents[0].id, refs[0].id);
  assert.ok(readFileSync(join(json.unpacked, json.documents[0].file)).equals(bytes),
    'the photo comes out of the backup byte for byte');
  const docId = refs[0].id;
  await a.context.close();

  // A wiped browser: a new context, nothing stored. Restore from the first-run screen.
  const { context: b, page } = await run.phone();
  await byTestId(page, 'create-dossier').waitFor();
  await byTestId(page, 'backup-import').setInputFiles(file);
  await byTestId(page, 'import-passphrase').fill(PASSPHRASE);
  await byTestId(page, 'import-start').click();
  await page.locator('[data-testid="lock"], [data-testid="passphrase"], [data-testid="error"]').first()
    .waitFor({ timeout: 30_000 });
  if (await byTestId(page, 'error').count()) {
    await page.screenshot({ path: join(OUT, 'together-restore-error-360.png'), fullPage: true });
    assert.fail(`restoring failed: ${await byTestId(page, 'error').innerText()}`);
  }
  if (await byTestId(page, 'passphrase').count()) await unlock(page);
  assert.equal(await storyText(page), STORY);
  assert.deepEqual(await storedDocumentIds(page), [docId], 'the photo\'s ciphertext is stored under its id');

  assert.deepEqual(await openPhoto(page, 'together-restored-view-360.png'),
    { pixel: png.pixel, width: WIDTH, height: HEIGHT }, 'the restored photo');

  // And again after a reload, opened with the backup's passphrase.
  await page.reload();
  await unlock(page);
  assert.deepEqual(await openPhoto(page, 'together-restored-reload-view-360.png'),
    { pixel: png.pixel, width: WIDTH, height: HEIGHT }, 'the restored photo after a reload');
  await b.close();
});

test('moving to a new phone takes the photo along; it opens there with the same passphrase', async () => {
  const a = await phoneWithStoryAndPhoto(0x1234567);
  const { png } = a;
  const idsOnA = await storedDocumentIds(a.page);

  await byTestId(a.page, 'nav-more').click();

  await byTestId(a.page, 'nav-settings').click();
  await byTestId(a.page, 'move-start').click();
  await a.page.locator('[data-testid="move-qr"], [data-testid="error"]').first().waitFor({ timeout: 30_000 });
  if (await byTestId(a.page, 'error').count()) {
    await a.page.screenshot({ path: join(OUT, 'together-move-start-error-360.png'), fullPage: true });
    assert.fail(`starting the move failed: ${await byTestId(a.page, 'error').innerText()}`);
  }
  const link = (await byTestId(a.page, 'move-link').innerText()).trim();
  const code = (await byTestId(a.page, 'move-code').innerText()).trim();
  await a.page.screenshot({ path: join(OUT, 'together-move-out-360.png'), fullPage: true });

  // The new phone: a fresh browser.
  const { context: b, page } = await run.phone({ at: link });
  await byTestId(page, 'move-code-input').fill(code);
  await byTestId(page, 'move-receive').click();
  await page.locator('[data-testid="passphrase"], [data-testid="error"]').first().waitFor({ timeout: 30_000 });
  if (await byTestId(page, 'error').count()) {
    await page.screenshot({ path: join(OUT, 'together-move-in-error-360.png'), fullPage: true });
    assert.fail(`receiving failed: ${await byTestId(page, 'error').innerText()}`);
  }
  assert.deepEqual(await storedDocumentIds(page), idsOnA, 'the photo\'s ciphertext arrived under its id');
  await unlock(page);
  assert.equal(await storyText(page), STORY);

  assert.deepEqual(await openPhoto(page, 'together-moved-view-360.png'),
    { pixel: png.pixel, width: WIDTH, height: HEIGHT }, 'the moved photo');

  // The old phone keeps its copy, photo included.
  await a.page.reload();
  await unlock(a.page);
  assert.deepEqual(await openPhoto(a.page, 'together-moved-old-phone-360.png'),
    { pixel: png.pixel, width: WIDTH, height: HEIGHT }, 'the photo on the old phone');
  await a.context.close();
  await b.close();
});

// At 360 px a flex row may not squeeze a button below its one word ("Sluite" / "n") when the
// title beside it takes two lines.
test('the photo viewer\'s close button keeps its word whole at 360 px', async () => {
  const a = await phoneWithStoryAndPhoto(0x2545f491);
  try {
    await byTestId(a.page, 'nav-documents').click();
    await byTestId(a.page, 'doc-view').click();
    await byTestId(a.page, 'doc-viewer-image').waitFor({ timeout: 30_000 });
    const shot = join(OUT, 'together-viewer-close-button-360.png');
    await a.page.screenshot({ path: shot });
    const lines = await byTestId(a.page, 'doc-viewer-close').evaluate((button) => {
      const range = document.createRange();
      range.selectNodeContents(button);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    assert.equal(lines, 1, `the close button's text "${await byTestId(a.page, 'doc-viewer-close').innerText()}" `
      + `runs over ${lines} lines (screenshot ${shot})`);
  } finally {
    await a.context.close();
  }
});
