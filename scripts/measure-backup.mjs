// Measures backup export and restore in headless Chromium against the release build, the
// previous format (version 1: one JSON document, made and read whole) and the streaming one
// (version 2: a tar archive, a document at a time in the worker) side by side in one run.
// Prints figures; no budgets are asserted. Run after scripts/build.sh:
//   node scripts/measure-backup.mjs                 (72 MB and 99 MB of documents, RUNS=1)
//   DOCS_MB=20 RUNS=3 node scripts/measure-backup.mjs
//   DOCS_MB=20 HELPERS=1 node scripts/measure-backup.mjs   (with herstelhelpers: new path only)
// Figures per path: export (passphrase check + documents + encrypt + download) and restore
// (check the whole file + key wrap + write every document) as the app records them; the
// file's size; and the peak extra memory of the browser: the proportional set size (PSS) of
// all of Chromium's processes, sampled every 50 ms during each step, minus what they used
// just before it. Each restore runs in a fresh, unlocked tab of the same device. The old
// path is chosen with a localStorage flag the app reads for this. With HELPERS=1, 2 of 3
// herstelhelpers are set up before each export, so the streamed backup also writes its
// recovery copy (two files; the old path never did); a restore makes a new dossier key, which
// the cards do not open, so they are made again before the next export.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PASSPHRASE, phoneContext, byTestId, createDossier, saved, unlock } from '../tests/e2e/harness.mjs';
import { runs, median, timing, measuring } from './measure-harness.mjs';

const RUNS = runs(1);
const DOCS_MB = (process.env.DOCS_MB || '72,99').split(',').map(Number);
const OLD_PATH_FLAG = 'regie-measure-backup-v1';
const HELPERS = process.env.HELPERS === '1';
const MB = 1e6;
const mb = (b) => `${(b / MB).toFixed(0)} MB`;
const tmp = mkdtempSync(join(tmpdir(), 'regie-measure-'));

/** Every process below this one (the browser and its helpers), from /proc. */
function descendants(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch { /* ended meanwhile */ }
  }
  const out = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift()) ?? []) { out.push(child); queue.push(child); }
  }
  return out;
}

/** The summed PSS of the browser's processes, in bytes. */
function browserPss() {
  let kb = 0;
  for (const pid of descendants(process.pid)) {
    try {
      const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch { /* ended meanwhile */ }
  }
  return kb * 1024;
}

/** Runs `step` while sampling; gives the peak PSS above the level just before it. */
async function peakExtra(step) {
  const base = browserPss();
  let peak = base;
  const timer = setInterval(() => { peak = Math.max(peak, browserPss()); }, 50);
  try {
    await step();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, browserPss()) - base;
}

async function settingsPage(page) {
  await byTestId(page, 'nav-more').click();
  await byTestId(page, 'nav-settings').click();
}

/** New cards for three helpers, 2 of 3, in settings. */
async function makeCards(page) {
  await settingsPage(page);
  await byTestId(page, 'helpers-setup').click();
  const fields = byTestId(page, 'helper-name');
  for (const [i, name] of ['Anna', 'Bram', 'Chris'].entries()) await fields.nth(i).fill(name);
  await byTestId(page, 'helpers-create').click();
  await byTestId(page, 'helpers-done').click();
}

/** A fresh tab on the same device, unlocked: what a person who comes back to restore has. */
async function freshPage(page, server) {
  const context = page.context();
  await page.close();
  const fresh = await context.newPage();
  await fresh.goto(server.url);
  await unlock(fresh);
  return fresh;
}

async function measurePath(page, server, old, docsMb, run) {
  await page.evaluate(([key, on]) => (on ? localStorage.setItem(key, '1') : localStorage.removeItem(key)), [OLD_PATH_FLAG, old]);
  if (HELPERS) await makeCards(page);
  await settingsPage(page);
  const file = join(tmp, `m-${docsMb}-${old ? 'old' : 'new'}-${run}.age`);
  let files = 0;
  const counted = () => { files += 1; };
  page.on('download', counted);
  const exportPeak = await peakExtra(async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      byTestId(page, 'backup-export').click(),
    ]);
    await download.saveAs(file);
    if (HELPERS && !old) await byTestId(page, 'backup-copy-done').waitFor({ timeout: 300_000 });
  });
  page.off('download', counted);
  const exportMs = await timing(page, 'backup-export');
  const bytes = await timing(page, 'backup-export-bytes');
  await saved(page);
  // The restore starts in a fresh tab, so what the export left behind is not counted
  // against it (nor hides what the restore needs).
  page = await freshPage(page, server);
  await page.evaluate(([key, on]) => (on ? localStorage.setItem(key, '1') : localStorage.removeItem(key)), [OLD_PATH_FLAG, old]);
  await settingsPage(page);
  const restorePeak = await peakExtra(async () => {
    await byTestId(page, 'backup-import').setInputFiles(file);
    await byTestId(page, 'import-passphrase').fill(PASSPHRASE);
    await byTestId(page, 'import-start').click();
    await byTestId(page, 'import-confirm').click({ timeout: 300_000 });
    await byTestId(page, 'import-done').waitFor({ timeout: 300_000 });
  });
  const restoreMs = (await timing(page, 'backup-read')) + (await timing(page, 'backup-restore'));
  rmSync(file, { force: true });
  return { page, figures: { exportMs, restoreMs, bytes, exportPeak, restorePeak, files } };
}

await measuring(async ({ server, browser }) => {
  for (const docsMb of DOCS_MB) {
    const context = await phoneContext(browser);
    let page = await context.newPage();
    await page.goto(server.url);
    await createDossier(page);
    await byTestId(page, 'nav-story').click();
    await byTestId(page, 'story-text').fill('Dit is mijn verhaal. '.repeat(5000));
    await saved(page);
    // Documents through the app itself, at most 20 MB each (random bytes after the header
    // do not compress, like a scan): 72 MB is four of 18 MB, 99 MB five of 19.8 MB.
    const count = Math.ceil(docsMb / 19.9);
    const size = Math.floor((docsMb * MB) / count);
    await byTestId(page, 'nav-documents').click();
    for (let n = 0; n < count; n++) {
      const buffer = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(size - 9)]);
      await byTestId(page, 'doc-choose-file').setInputFiles({ name: `scan-${n}.pdf`, mimeType: 'application/pdf', buffer });
      await byTestId(page, 'doc-save').click();
      await page.waitForFunction((c) => document.querySelectorAll('[data-testid="doc-item"]').length === c,
        n + 1, { timeout: 120_000 });
    }
    await saved(page);
    const results = { old: [], new: [] };
    for (let run = 0; run < RUNS; run++) {
      // Alternating, so neither path always runs on a warmer browser.
      for (const old of HELPERS ? [false] : run % 2 ? [false, true] : [true, false]) {
        const measured = await measurePath(page, server, old, docsMb, run);
        page = measured.page;
        results[old ? 'old' : 'new'].push(measured.figures);
      }
    }
    const line = (label, rs) => {
      if (!rs.length) return `  ${label}: not measured`;
      const m = (key) => median(rs.map((r) => r[key]));
      return `  ${label}: export ${m('exportMs').toFixed(0)} ms, restore ${m('restoreMs').toFixed(0)} ms, `
        + `file ${mb(m('bytes'))} (${m('files')} file${m('files') === 1 ? '' : 's'}), peak extra browser memory: export ${mb(m('exportPeak'))}, restore ${mb(m('restorePeak'))}`;
    };
    console.log(`documents ${mb(count * size)} (${count} PDFs), n=${RUNS}${HELPERS ? ', with 2 of 3 herstelhelpers' : ''}`);
    console.log(line('old (v1, JSON whole)  ', results.old));
    console.log(line('new (v2, tar streamed)', results.new));
    await context.close();
  }
});
rmSync(tmp, { recursive: true, force: true });
