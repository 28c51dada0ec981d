// Measures backup export and restore in headless Chromium against the release build, and
// prints figures (no budgets are asserted). Run after scripts/build.sh:
//   node scripts/measure-backup.mjs            (stories of 0.1, 1 and 2 MB; RUNS=3 each)
//   DOCS_MB=99 SIZES_MB=0.1 RUNS=1 node scripts/measure-backup.mjs
//                                              (plus 99 MB of documents: five PDFs of 20 MB)
// Figures: export (passphrase check + documents + JSON + scrypt encrypt + download) and
// restore (scrypt decrypt + checks + key wrap + write) as the app records them; the size of
// the file; the app's WebAssembly memory after each step (it only grows, so it is the peak so
// far); and the JavaScript heap as Chromium reports it.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PASSPHRASE, phoneContext, byTestId, createDossier, saved } from '../tests/e2e/harness.mjs';
import { runs, median, timing, measuring } from './measure-harness.mjs';

const RUNS = runs(3);
const SIZES_MB = (process.env.SIZES_MB || '0.1,1,2').split(',').map(Number);
const DOCS_MB = Number(process.env.DOCS_MB || 0);
const ms = (xs) => `${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
const mb = (b) => `${(b / 1e6).toFixed(1)} MB`;
const tmp = mkdtempSync(join(tmpdir(), 'regie-measure-'));

await measuring(async ({ server, browser }) => {
  for (const sizeMb of SIZES_MB) {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(server.url);
    await createDossier(page);
    const line = 'Dit is een regel uit mijn verhaal, met wat er gebeurde en wat ik nodig heb. ';
    const story = line.repeat(Math.ceil((sizeMb * 1e6) / line.length));
    await byTestId(page, 'nav-story').click();
    await byTestId(page, 'story-text').fill(story);
    await saved(page);
    // Documents through the app itself: PDFs of at most 20 MB (random bytes after the header
    // do not compress, like a scan).
    let docBytes = 0;
    if (DOCS_MB > 0) await byTestId(page, 'nav-documents').click();
    for (let n = 0; docBytes < DOCS_MB * 1e6; n++) {
      const size = Math.min(DOCS_MB * 1e6 - docBytes, 19.9e6);
      const buffer = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(Math.max(0, size - 9))]);
      await byTestId(page, 'doc-choose-file').setInputFiles({ name: `scan-${n}.pdf`, mimeType: 'application/pdf', buffer });
      await byTestId(page, 'doc-save').click();
      await page.waitForFunction((count) => document.querySelectorAll('[data-testid="doc-item"]').length === count,
        n + 1, { timeout: 120_000 });
      docBytes += size;
    }
    await saved(page);

    const exports = [], restores = [];
    let fileBytes = 0, memory = 0, heap = 0, file;
    for (let i = 0; i < RUNS; i++) {
      await byTestId(page, 'nav-more').click();
      await byTestId(page, 'nav-settings').click();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        byTestId(page, 'backup-export').click(),
      ]);
      file = join(tmp, `m-${sizeMb}-${i}.age`);
      await download.saveAs(file);
      exports.push(await timing(page, 'backup-export'));
      fileBytes = await timing(page, 'backup-export-bytes');

      await byTestId(page, 'backup-import').setInputFiles(file);
      await byTestId(page, 'import-passphrase').fill(PASSPHRASE);
      await byTestId(page, 'import-start').click();
      await byTestId(page, 'import-confirm').click({ timeout: 120_000 });
      await byTestId(page, 'import-done').waitFor({ timeout: 120_000 });
      restores.push((await timing(page, 'backup-read')) + (await timing(page, 'backup-restore')));
      memory = Math.max(memory, await timing(page, 'wasm-memory'));
      const { metrics } = await cdp.send('Performance.getMetrics');
      heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize').value);
    }
    console.log(`story ${sizeMb} MB + documents ${mb(docBytes)}, backup file ${mb(fileBytes)}: export ${ms(exports)}, restore ${ms(restores)}, `
      + `wasm memory ${mb(memory)}, JS heap ${mb(heap)} (n=${RUNS})`);
    await context.close();
  }
});
