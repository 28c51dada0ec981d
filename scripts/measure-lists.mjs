// Measures the home screen and the journal with a long journal (500 entries by default) in
// headless Chromium against the release build, and prints figures (no pass or fail).
// Run after scripts/build.sh:  node scripts/measure-lists.mjs
// Budgets from the issue: unlock + first screen of such a dossier <= 1.5 s; a save after one
// edit <= 100 ms.
import { execFileSync } from 'node:child_process';
import { byTestId, saved, ROOT, PASSPHRASE } from '../tests/e2e/harness.mjs';
import { runs, fmt, timing, measuring, openApp, pressUnlock } from './measure-harness.mjs';

const RUNS = runs();
const ENTRIES = Number(process.env.ENTRIES || 500);

const d = new Date();
const pad = (n) => String(n).padStart(2, '0');
const today = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const vault = execFileSync('cargo', ['run', '-q', '-p', 'regie-core', '--example', 'journal_dossier', '--',
  PASSPHRASE, String(ENTRIES), today], { cwd: ROOT, maxBuffer: 64 << 20 }).toString();

await measuring(async ({ server, browser }) => {
  const { context, page } = await openApp(browser, server);
  await page.evaluate((text) => localStorage.setItem('regie.vault', text), vault);

  const firstScreen = [];
  const unlocks = [];
  const journals = [];
  const saves = [];
  const searches = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = await pressUnlock(page);
    await page.locator('[data-testid="attention-item"]').first().waitFor({ timeout: 20_000 });
    firstScreen.push(Date.now() - t0);
    unlocks.push(await timing(page, 'unlock'));

    const t1 = Date.now();
    await byTestId(page, 'nav-journal').click();
    await byTestId(page, 'journal-item').first().waitFor();
    journals.push(Date.now() - t1);

    // One edit: a note added through the form.
    await byTestId(page, 'journal-add').click();
    await byTestId(page, 'journal-title').fill(`Meting ${i}`);
    await byTestId(page, 'journal-save').click();
    await saved(page);
    saves.push(await timing(page, 'save'));

    await byTestId(page, 'nav-more').click();

    await byTestId(page, 'nav-search').click();
    const t2 = Date.now();
    await byTestId(page, 'search-input').fill('gemeente brief');
    await byTestId(page, 'search-result').first().waitFor();
    searches.push(Date.now() - t2);
    // Back home: the app opens again on the screen it was left on.
    await byTestId(page, 'nav-home').click();
  }
  const stored = await page.evaluate(() => localStorage.getItem('regie.vault').length);
  console.log(`Headless Chromium, release build, ${ENTRIES} journal entries (${(stored / 1024).toFixed(0)} KB stored), ${RUNS} runs each:`);
  console.log(`  press unlock to the home screen's attention list  ${fmt(firstScreen)}   budget 1500 ms`);
  console.log(`    of which unlock (scrypt + open)                 ${fmt(unlocks)}`);
  console.log(`  tap Dagboek to the first entries on screen        ${fmt(journals)}`);
  console.log(`  save after adding one note                        ${fmt(saves)}   budget 100 ms`);
  console.log(`  type a two-word search to the first result        ${fmt(searches)}`);
  await context.close();
});
