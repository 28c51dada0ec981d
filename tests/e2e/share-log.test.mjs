// Who opened it, and what they did. Samira shares from her phone (360 px) with replies
// allowed; Anna, at her desk (1280 px), types her name, organisation and role before opening,
// opens, reloads, prints and sends a reply; a second professional opens without a name.
// Samira's list tells it in sentences, with "naam niet opgegeven" for the second; the CSV
// download reads back with a real CSV parser; the relay's disk holds none of the names; and a
// request page's identity in the tab's sessionStorage prefills the viewer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUT, axe, byTestId, makeShare, suite } from './harness.mjs';

const run = suite();
const tmp = mkdtempSync(join(tmpdir(), 'regie-share-log-'));
const WHO = { name: 'Anna de Boer', org: 'wijkteam Oost', role: 'consulent' };

/** Every byte the relay keeps on disk, its database and write-ahead log among them. */
function relayFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? relayFiles(path) : [readFileSync(path)];
  });
}

/** RFC 4180 CSV read by Python's csv module: rows of cells. */
function parseCsv(path) {
  const script = 'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))))';
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }));
}

async function desk() {
  const context = await run.browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  return { context, page: await context.newPage() };
}

test('each opening, reload, print and reply reaches the client with the name typed', async () => {
  const { page } = await run.phoneWithFixture();
  const link = await makeShare(page, { sections: ['goals', 'journal'], recipient: 'Anna, wijkteam', replies: true });
  const shareId = /#1\.([A-Za-z0-9_-]{22})\./.exec(link)[1];

  // Anna says who she is; the fields are optional and remembered in her tab.
  const anna = await desk();
  const viewer = anna.page;
  const posted = [];
  viewer.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith(`/api/shares/${shareId}/activity`)) {
      posted.push(request.postDataBuffer());
    }
  });
  await viewer.goto(link);
  await byTestId(viewer, 'view-who-name').fill(WHO.name);
  await byTestId(viewer, 'view-who-org').fill(WHO.org);
  await byTestId(viewer, 'view-who-role').fill(WHO.role);
  await viewer.screenshot({ path: join(OUT, 'share-log-viewer-who-1280.png') });
  await axe(viewer, 'the viewer before opening, with who opens it');
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor();
  await viewer.waitForFunction(() => performance.getEntriesByType('resource')
    .some((e) => e.name.includes('/activity')), null, { timeout: 10_000 });

  // A reload shows it again (resumed, not counted), then a print and a reply.
  await viewer.reload();
  await byTestId(viewer, 'view').waitFor({ timeout: 20_000 });
  await byTestId(viewer, 'view-print').click();
  await byTestId(viewer, 'reply-new').click();
  await byTestId(viewer, 'reply-kind').selectOption('note');
  await byTestId(viewer, 'reply-author').fill(`${WHO.name}, ${WHO.org}`);
  await byTestId(viewer, 'reply-text').fill('Ik bel de woningcorporatie.');
  await byTestId(viewer, 'reply-send').click();
  await byTestId(viewer, 'reply-sent').waitFor({ timeout: 10_000 });
  // What left the browser is age ciphertext, nothing of the name in it.
  await viewer.waitForFunction(() => performance.getEntriesByType('resource')
    .filter((e) => e.name.includes('/activity')).length >= 2, null, { timeout: 10_000 });

  // A second professional presses open straight away.
  const piet = await desk();
  await piet.page.goto(link);
  await byTestId(piet.page, 'view-open').click();
  await byTestId(piet.page, 'view').waitFor();

  // Samira's list, in sentences: Anna's four actions, and an opening without a name.
  await byTestId(page, 'share-done').click();
  const log = byTestId(byTestId(page, 'share-item').first(), 'share-log');
  await page.waitForFunction(() => {
    const log = document.querySelector('[data-testid="share-item"] [data-testid="share-log"]');
    const events = [...(log?.querySelectorAll('[data-testid="log-entry"]') ?? [])].map((e) => e.dataset.event);
    return ['opened', 'resumed', 'printed', 'replied'].every((k) => events.includes(k))
      && events.filter((e) => e === 'opened').length === 2;
  }, null, { timeout: 30_000 });
  const said = await log.innerText();
  assert.match(said, /Anna de Boer \(wijkteam Oost, consulent\) opende om \d{2}:\d{2}, opende opnieuw om \d{2}:\d{2}, printte om \d{2}:\d{2} en stuurde een antwoord om \d{2}:\d{2}/, said);
  assert.match(said, /Iemand \(naam niet opgegeven\) opende om \d{2}:\d{2}/, said);
  assert.equal(await log.locator('[data-testid="log-entry"]').count(), 5, 'one entry per event');
  // The relay still counts two openings, not the reload.
  assert.equal(await byTestId(page, 'share-opens').first().getAttribute('data-count'), '2');
  await byTestId(page, 'share-item').first().screenshot({ path: join(OUT, 'share-log-sentences-360.png') });
  await axe(page, 'the share list with its log in sentences');

  // The CSV, read back with a real parser.
  const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'share-log-csv').click()]);
  assert.match(download.suggestedFilename(), /^regie-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvPath = join(tmp, 'log.csv');
  await download.saveAs(csvPath);
  const rows = parseCsv(csvPath);
  assert.deepEqual(rows[0], ['moment', 'naam', 'organisatie', 'rol', 'actie', 'onderdelen']);
  const annas = rows.slice(1).filter((r) => r[1] === WHO.name);
  assert.deepEqual(annas.map((r) => r[4]), ['opened', 'resumed', 'printed', 'replied']);
  for (const row of annas) {
    assert.match(row[0], /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    assert.deepEqual(row.slice(2, 4), [WHO.org, WHO.role]);
    assert.equal(row[5], 'goals journal');
  }
  const nameless = rows.slice(1).filter((r) => r[1] === '');
  assert.deepEqual(nameless.map((r) => r[4]), ['opened']);

  // The relay holds the events as ciphertext only.
  assert.ok(posted.length >= 4, `events posted: ${posted.length}`);
  for (const body of posted) {
    assert.ok(body.subarray(0, 21).toString() === 'age-encryption.org/v1', 'an age file');
  }
  const disk = relayFiles(run.server.data);
  for (const words of [WHO.name, WHO.org, WHO.role]) {
    assert.ok(!disk.some((bytes) => bytes.includes(words)), `not on the relay's disk: ${words}`);
  }
  await anna.context.close();
  await piet.context.close();
});

test('a request page identity in the tab prefills the viewer, and typing keeps it there', async () => {
  const { page } = await run.phoneWithFixture();
  const link = await makeShare(page, { sections: ['goals'], recipient: 'Bram' });
  const bram = await desk();
  // As the request page leaves it, before it opens the viewer.
  await bram.page.addInitScript(() => {
    if (!sessionStorage.getItem('regie.view.who')) {
      sessionStorage.setItem('regie.view.who', JSON.stringify({ name: 'Bram Smit', org: 'huisartsenpraktijk', role: 'POH' }));
    }
  });
  await bram.page.goto(link);
  assert.equal(await byTestId(bram.page, 'view-who-name').inputValue(), 'Bram Smit');
  assert.equal(await byTestId(bram.page, 'view-who-org').inputValue(), 'huisartsenpraktijk');
  assert.equal(await byTestId(bram.page, 'view-who-role').inputValue(), 'POH');
  await byTestId(bram.page, 'view-who-role').fill('praktijkondersteuner');
  const kept = await bram.page.evaluate(() => JSON.parse(sessionStorage.getItem('regie.view.who')));
  assert.deepEqual(kept, { name: 'Bram Smit', org: 'huisartsenpraktijk', role: 'praktijkondersteuner' });
  await bram.context.close();
});
