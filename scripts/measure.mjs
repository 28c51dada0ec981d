// Measures Regie's budgets in headless Chromium against the release build and prints figures.
// Run after scripts/build.sh:  node scripts/measure.mjs
// Budgets: first load <= 300 KB gzip; unlock <= 1 s; save of a 100 KB dossier <= 50 ms;
// create a share of a 100 KB dossier <= 300 ms; press open to content <= 500 ms.
import { execFileSync } from 'node:child_process';
import { byTestId, createDossier, unlock, saved, shareHook, ROOT } from '../tests/e2e/harness.mjs';
import { runs, fmt, timing, STORY, measuring, openApp } from './measure-harness.mjs';

const RUNS = runs();

console.log(execFileSync('node', ['scripts/app-size.mjs', 'dist'], { cwd: ROOT }).toString().trim());

await measuring(async ({ server, browser }) => {
  const { context, page } = await openApp(browser, server);
  await createDossier(page);

  // A 100 KB story: the dossier a long-time client might have in text.
  await byTestId(page, 'nav-story').click();
  const saves = [];
  for (let i = 0; i < RUNS; i++) {
    await byTestId(page, 'story-text').fill(STORY + i);
    await saved(page);
    saves.push(await timing(page, 'save'));
  }
  const sealedBytes = await page.evaluate(() => localStorage.getItem('regie.vault').length);
  // The work factor the app wrapped the key with, from the stored age header.
  const workFactor = await page.evaluate(() =>
    atob(JSON.parse(localStorage.getItem('regie.vault')).key).match(/^-> scrypt \S+ (\d+)$/m)[1]);

  const unlocks = [];
  for (let i = 0; i < RUNS; i++) {
    await byTestId(page, 'lock').click();
    await unlock(page);
    unlocks.push(await timing(page, 'unlock'));
  }

  const shares = [];
  const opens = [];
  const viewerContext = await browser.newContext();
  for (let i = 0; i < RUNS; i++) {
    await byTestId(page, 'nav-shares').click();
    await byTestId(page, 'share-new').click();
    // The form comes in steps: press "Volgende" until each field shows, as a person would.
    await (await shareHook(page, 'share-section-story')).check();
    await (await shareHook(page, 'share-recipient')).fill(`Meting ${i}`);
    await (await shareHook(page, 'share-create')).click();
    await byTestId(page, 'share-qr').waitFor();
    shares.push(await timing(page, 'share'));
    const link = (await byTestId(page, 'share-link').innerText()).trim();
    await byTestId(page, 'share-done').click();

    const viewer = await viewerContext.newPage();
    await viewer.goto(link);
    await byTestId(viewer, 'view-open').waitFor();
    const t0 = Date.now();
    await byTestId(viewer, 'view-open').click();
    await byTestId(viewer, 'view').waitFor();
    opens.push(Date.now() - t0);
    await viewer.close();
  }

  // A professional's request (docs/requests.md): made on a 1280 px desk page, approved on
  // the phone, arriving in the desk's viewer ready to open (the desk asks every second).
  const asks = [];
  const arrivals = [];
  const deskContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await byTestId(page, 'nav-home').click();
  for (let i = 0; i < RUNS; i++) {
    const desk = await deskContext.newPage();
    await desk.goto(`${server.url}/vraag`);
    await byTestId(desk, 'request-name').fill(`Meting ${i}`);
    await byTestId(desk, 'request-section-story').check();
    const t0 = Date.now();
    await byTestId(desk, 'request-create').click();
    await byTestId(desk, 'request-qr').waitFor();
    asks.push(Date.now() - t0);
    const link = (await byTestId(desk, 'request-link').innerText()).trim();
    // Only the fragment differs from the open app's address: no reload, no unlock.
    await page.goto(link);
    await byTestId(page, 'request-approve').waitFor();
    const t1 = Date.now();
    await byTestId(page, 'request-approve').click();
    await byTestId(desk, 'view-open').waitFor();
    arrivals.push(Date.now() - t1);
    await byTestId(page, 'request-done').waitFor();
    await desk.close();
  }

  console.log(`\nHeadless Chromium, release build, ${RUNS} runs each:`);
  console.log(`  unlock (scrypt 2^${workFactor} + open dossier)       ${fmt(unlocks)}   budget 1000 ms`);
  console.log(`  save after an edit, ${(STORY.length / 1024).toFixed(0)} KB story (${(sealedBytes / 1024).toFixed(0)} KB stored)  ${fmt(saves)}   budget 50 ms`);
  console.log(`  create a share of it (seal+upload+QR)      ${fmt(shares)}   budget 300 ms`);
  console.log(`  press open to content on screen            ${fmt(opens)}   budget 500 ms`);
  console.log(`  make a request on the desk (to its QR code) ${fmt(asks)}`);
  console.log(`  approve on the phone to the desk's viewer  ${fmt(arrivals)}   (the desk asks every 1 s)`);
  await context.close();
});
