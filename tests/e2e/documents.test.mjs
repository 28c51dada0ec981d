// Documenten, tried as a client would at 360 px: a photo of a letter and a PDF go in,
// encrypted on the phone; wrong and oversized files are refused; a full disk loses nothing;
// and a share of the documents section shows the photo to the professional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  OUT, byTestId, createDossier, unlock, saved, noisePng, pixelOf, rawStorage, storedDocumentIds, untilStoredDocumentIds, suite, desktopScreenshot, axe,
  shareHook,
} from './harness.mjs';

const run = suite();

const TITLE = 'Beschikking Wmo <b>huishoudelijke hulp</b>';
const NOTE = 'Bezwaar maken kan tot half maart, vraag Anna om hulp';
const WIDTH = 1600;
const HEIGHT = 1100;

/** A real PNG of noise (it does not compress): base64 and one pixel. */
const makePng = (page) => noisePng(page, { width: WIDTH, height: HEIGHT });

// The smallest PDF a viewer opens: one empty page.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

test('photos and PDFs: add, refuse, survive a reload, view, stay unreadable at rest, delete', async () => {
  const { context, page } = await run.phoneWithDossier();
  await byTestId(page, 'nav-documents').click();
  await byTestId(page, 'section-documents').waitFor();
  await page.screenshot({ path: join(OUT, 'documents-empty-360.png'), fullPage: true });
  await axe(page, 'empty documents page');

  // A text file is refused, by its declared type and when renamed to .jpg alike.
  await byTestId(page, 'doc-choose-file').setInputFiles({
    name: 'notities.txt', mimeType: 'text/plain', buffer: Buffer.from('Dit is een tekstbestand.'),
  });
  await byTestId(page, 'error').waitFor();
  assert.match(await byTestId(page, 'error').innerText(), /Kies een foto \(JPG, PNG of WebP\) of een PDF/);
  assert.equal(await byTestId(page, 'doc-name').count(), 0, 'nothing was taken in');
  await byTestId(page, 'doc-choose-file').setInputFiles({
    name: 'brief.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Eigenlijk tekst, geen foto.'),
  });
  await page.waitForFunction(() => document.querySelector('[data-testid="error"]'));
  assert.match(await byTestId(page, 'error').innerText(), /Dit soort bestand/);
  await page.screenshot({ path: join(OUT, 'documents-refused-type-360.png'), fullPage: true });

  // More than 20 MB is refused before it is read.
  const big = Buffer.alloc(21 * 1024 * 1024);
  PDF.copy(big);
  await byTestId(page, 'doc-choose-file').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: big });
  await page.waitForFunction(() => /20 MB/.test(document.querySelector('[data-testid="error"]')?.innerText ?? ''));
  assert.match(await byTestId(page, 'error').innerText(), /groter dan 20 MB/);

  // A 5 MB photo of a letter.
  const png = await makePng(page);
  const pngBytes = Buffer.from(png.b64, 'base64');
  assert.ok(pngBytes.length > 5 * 1024 * 1024, `the test image is ${pngBytes.length} bytes`);
  await byTestId(page, 'doc-take-photo').setInputFiles({ name: 'IMG_20260301.png', mimeType: 'image/png', buffer: pngBytes });
  await byTestId(page, 'doc-name').waitFor();
  assert.equal(await byTestId(page, 'doc-name').inputValue(), 'IMG 20260301', 'a name is suggested');
  assert.equal(await page.locator('[data-testid="error"]').count(), 0, 'the old error is gone');
  await byTestId(page, 'doc-name').fill(TITLE);
  await byTestId(page, 'doc-date').fill('2026-02-01');
  await byTestId(page, 'doc-note').fill(NOTE);
  await page.screenshot({ path: join(OUT, 'documents-form-360.png'), fullPage: true });
  await axe(page, 'form filled in');
  const addStarted = Date.now();
  await byTestId(page, 'doc-save').click();
  await byTestId(page, 'doc-item').waitFor({ timeout: 30_000 });
  const addWall = Date.now() - addStarted;
  const addTiming = await page.evaluate(() => window.regieTimings['document-add']);
  await saved(page);
  assert.match(await byTestId(page, 'doc-saved').innerText(), /bewaard/);
  const item = byTestId(page, 'doc-item').first();
  // HTML in a title is text, not markup.
  assert.equal(await item.locator('[data-testid="doc-name-shown"]').innerText(), TITLE);
  assert.equal(await item.locator('b').count(), 0);
  assert.match(await item.innerText(), /Datum op de brief: 1-2-2026/);
  assert.match(await item.innerText(), /5,\d MB/);
  assert.match(await byTestId(page, 'doc-thumb').getAttribute('src'), /^data:image\/jpeg;base64,/);

  // And a PDF.
  await byTestId(page, 'doc-choose-file').setInputFiles({ name: 'jaaropgave.pdf', mimeType: 'application/pdf', buffer: PDF });
  await byTestId(page, 'doc-save').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="doc-item"]').length === 2);
  await saved(page);
  await page.screenshot({ path: join(OUT, 'documents-list-360.png'), fullPage: true });
  await axe(page, 'list of two');

  // Reload: locked; unlocking decrypts no document, the list shows from the dossier alone.
  await page.reload();
  await unlock(page);
  await byTestId(page, 'nav-documents').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="doc-item"]').length === 2);
  assert.equal(await page.evaluate(() => window.regieTimings?.['document-open']), undefined,
    'no document was decrypted at unlock');

  // View the photo full screen: the very pixels come back.
  const photo = page.locator('[data-testid="doc-item"]', { hasText: 'Beschikking' });
  const openStarted = Date.now();
  await photo.locator('[data-testid="doc-view"]').click();
  await byTestId(page, 'doc-viewer-image').waitFor();
  const shown = await pixelOf(page, '[data-testid="doc-viewer-image"]');
  const openWall = Date.now() - openStarted;
  const openTiming = await page.evaluate(() => window.regieTimings['document-open']);
  assert.deepEqual(shown, { pixel: png.pixel, width: WIDTH, height: HEIGHT });
  const blobUrl = await byTestId(page, 'doc-viewer-image').getAttribute('src');
  assert.match(blobUrl, /^blob:/);
  await page.screenshot({ path: join(OUT, 'documents-view-360.png') });
  await axe(page, 'full-screen view');
  await page.keyboard.press('Escape');
  await byTestId(page, 'doc-viewer').waitFor({ state: 'detached' });
  // The blob: URL was revoked with the view.
  const stillThere = await page.evaluate((u) => fetch(u).then(() => true, () => false), blobUrl);
  assert.equal(stillThere, false, 'the blob: URL is revoked after viewing');

  // The PDF opens in a new tab from a blob: URL.
  const pdfItem = page.locator('[data-testid="doc-item"]', { hasText: 'jaaropgave' });
  await pdfItem.locator('[data-testid="doc-view"]').click();
  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    byTestId(page, 'doc-open-pdf').click(),
  ]);
  assert.match(tab.url(), /^blob:/);
  await tab.close();
  await byTestId(page, 'doc-viewer-close').click();

  const timings = { 'document-add': addTiming, 'document-open': openTiming };
  console.log(`# documents: add a ${(pngBytes.length / 1048576).toFixed(1)} MB PNG: ${Math.round(timings['document-add'] ?? NaN)} ms in the app `
    + `(read, check, thumbnail, encrypt, IndexedDB, save), ${addWall} ms click to list (before reload)`);
  console.log(`# documents: open it: ${Math.round(timings['document-open'])} ms in the app (IndexedDB + decrypt), `
    + `${openWall} ms click to decoded image`);

  // At rest: neither the typed text nor any run of the photo's bytes is readable.
  const stored = await rawStorage(page);
  const all = Buffer.concat(stored);
  assert.ok(all.length > pngBytes.length, 'the photo is stored (encrypted)');
  for (const secret of ['Beschikking', 'huishoudelijke', 'Bezwaar maken', 'jaaropgave', 'IMG_2026']) {
    assert.equal(all.indexOf(Buffer.from(secret)), -1, `"${secret}" is readable in storage`);
  }
  for (const offset of [64, 4096, 1 << 20, pngBytes.length >> 1, pngBytes.length - 100]) {
    const run = pngBytes.subarray(offset, offset + 32);
    assert.equal(all.indexOf(run), -1, `bytes of the photo at ${offset} are readable in storage`);
  }
  assert.equal(all.indexOf(PDF.subarray(0, 40)), -1, 'the PDF is readable in storage');

  // Delete the PDF, after an inline confirmation that can be declined.
  await pdfItem.locator('[data-testid="doc-delete"]').click();
  assert.match(await pdfItem.innerText(), /Weet je het zeker/);
  await axe(page, 'delete confirmation');
  await pdfItem.locator('[data-testid="doc-delete-cancel"]').click();
  await pdfItem.locator('[data-testid="doc-delete"]').click();
  await pdfItem.locator('[data-testid="doc-delete-confirm"]').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="doc-item"]').length === 1);
  await saved(page);
  await untilStoredDocumentIds(page, (ids) => ids.length === 1);

  // A blob left behind by a crash between storing and saving goes at the next unlock.
  await byTestId(page, 'lock').click();
  await page.evaluate(() => new Promise((res, rej) => {
    const req = indexedDB.open('regie');
    req.onsuccess = () => {
      const tx = req.result.transaction('documents', 'readwrite');
      tx.objectStore('documents').put(new Uint8Array([1, 2, 3]), 'd-orphan');
      tx.oncomplete = () => { req.result.close(); res(); };
      tx.onerror = () => rej(tx.error);
    };
  }));
  assert.equal((await storedDocumentIds(page)).length, 2);
  await unlock(page);
  await untilStoredDocumentIds(page, (ids) => ids.length === 1 && !ids.includes('d-orphan'));

  // Desktop look.
  await desktopScreenshot(page, 'nav-documents', 'documents-desktop');
  await context.close();
});

test('a full disk says so and loses nothing', async () => {
  const { context, page } = await run.phone();
  // The browser's quota for this origin is 1 MB (set before anything is stored, or Chromium
  // keeps its first figure): a PDF fits, a 5 MB photo does not.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: run.server.url, quotaSize: 1024 * 1024 });
  await createDossier(page);
  await byTestId(page, 'nav-documents').click();
  await byTestId(page, 'doc-choose-file').setInputFiles({ name: 'eerste.pdf', mimeType: 'application/pdf', buffer: PDF });
  await byTestId(page, 'doc-save').click();
  await byTestId(page, 'doc-item').waitFor();
  await saved(page);

  const png = await makePng(page);
  await byTestId(page, 'doc-choose-file').setInputFiles({
    name: 'foto.png', mimeType: 'image/png', buffer: Buffer.from(png.b64, 'base64'),
  });
  await byTestId(page, 'doc-name').fill('Te groot voor de schijf');
  await byTestId(page, 'doc-save').click();
  await page.locator('[data-testid="error"], [data-testid="doc-item"] >> nth=1').first().waitFor({ timeout: 30_000 });
  await page.screenshot({ path: join(OUT, 'documents-disk-full-360.png'), fullPage: true });
  assert.match(await byTestId(page, 'error').innerText(), /opslag van deze telefoon is vol/);
  assert.equal(await byTestId(page, 'doc-item').count(), 1, 'no half-added document');
  assert.equal(await byTestId(page, 'doc-name').inputValue(), 'Te groot voor de schijf', 'the form is kept');
  await page.screenshot({ path: join(OUT, 'documents-disk-full-360.png'), fullPage: true });

  // Space again: the same form goes through; the first document is still there.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: run.server.url });
  await byTestId(page, 'doc-save').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="doc-item"]').length === 2, null, { timeout: 30_000 });
  await saved(page);
  await page.reload();
  await unlock(page);
  await byTestId(page, 'nav-documents').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="doc-item"]').length === 2);
  assert.deepEqual((await storedDocumentIds(page)).length, 2);
  await context.close();
});

test('a share of the documents section shows the photo to the professional', async () => {
  const { context, page } = await run.phoneWithDossier();
  await byTestId(page, 'nav-documents').click();
  const png = await makePng(page);
  await byTestId(page, 'doc-choose-file').setInputFiles({
    name: 'brief.png', mimeType: 'image/png', buffer: Buffer.from(png.b64, 'base64'),
  });
  await byTestId(page, 'doc-name').fill(TITLE);
  await byTestId(page, 'doc-save').click();
  await byTestId(page, 'doc-item').waitFor({ timeout: 30_000 });
  await byTestId(page, 'doc-choose-file').setInputFiles({ name: 'jaaropgave.pdf', mimeType: 'application/pdf', buffer: PDF });
  await byTestId(page, 'doc-save').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="doc-item"]').length === 2);
  await saved(page);

  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  await (await shareHook(page, 'share-section-documents')).check();
  await (await shareHook(page, 'share-recipient')).fill('Anna, wijkteam');
  const shareStarted = Date.now();
  await (await shareHook(page, 'share-create')).click();
  await page.locator('[data-testid="share-qr"], [data-testid="error"]').first().waitFor({ timeout: 30_000 });
  if (await byTestId(page, 'error').count()) {
    await page.screenshot({ path: join(OUT, 'documents-share-error.png'), fullPage: true });
    assert.fail(await byTestId(page, 'error').innerText());
  }
  const shareWall = Date.now() - shareStarted;
  const link = (await byTestId(page, 'share-link').innerText()).trim();
  const shareTiming = await page.evaluate(() => window.regieTimings.share);

  const anna = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const viewer = await anna.newPage();
  await viewer.goto(link);
  const openStarted = Date.now();
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view-doc-image').waitFor({ timeout: 30_000 });
  const shown = await pixelOf(viewer, '[data-testid="view-doc-image"]');
  const openWall = Date.now() - openStarted;
  assert.deepEqual(shown, { pixel: png.pixel, width: WIDTH, height: HEIGHT });
  assert.equal(await byTestId(viewer, 'view-doc-image').getAttribute('alt'), TITLE);
  assert.equal(await viewer.locator('[data-testid="view"] b').count(), 0, 'the title is text');
  assert.ok(!(await byTestId(viewer, 'view').innerText()).includes('zit niet in deze gedeelde weergave'));
  const [tab] = await Promise.all([
    anna.waitForEvent('page'),
    byTestId(viewer, 'view-doc-open-pdf').click(),
  ]);
  assert.match(tab.url(), /^blob:/);
  await tab.close();
  await viewer.screenshot({ path: join(OUT, 'documents-viewer-desktop.png'), fullPage: true });
  await axe(viewer, 'viewer with documents');
  console.log(`# documents: share with a ${(png.b64.length * 0.75 / 1048576).toFixed(1)} MB photo: ${Math.round(shareTiming)} ms in the app `
    + `(decrypt, seal, upload, QR), ${shareWall} ms click to QR; `
    + `viewer open to decoded photo: ${openWall} ms`);

  // The same share at 360 px.
  const { context: phone, page: small } = await run.phone({ at: link });
  await byTestId(small, 'view-open').click();
  await byTestId(small, 'view-doc-image').waitFor({ timeout: 30_000 });
  await small.screenshot({ path: join(OUT, 'documents-viewer-360.png'), fullPage: true });
  await phone.close();
  await anna.close();
  await context.close();
});
