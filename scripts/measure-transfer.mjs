// Measures moving a dossier to a new phone in headless Chromium against the release build,
// and prints figures (median of RUNS). Run after scripts/build.sh:
//   node scripts/measure-transfer.mjs
// The dossier holds a 100 KB story, like the other measurements. The app's own timings:
// move-start = pack + seal + upload + QR on the old phone; move-fetch = ask with the code +
// download + open the package; move-store = write it on the new phone.
import { phoneContext, byTestId, createDossier, saved } from '../tests/e2e/harness.mjs';
import { runs, fmt, timing, STORY, measuring, openApp } from './measure-harness.mjs';

const RUNS = runs();

await measuring(async ({ server, browser }) => {
  const { context, page } = await openApp(browser, server);
  await createDossier(page);
  await byTestId(page, 'nav-story').click();
  await byTestId(page, 'story-text').fill(STORY);
  await saved(page);
  const vaultChars = await page.evaluate(() => localStorage.getItem('regie.vault').length);
  await byTestId(page, 'nav-more').click();
  await byTestId(page, 'nav-settings').click();

  const starts = [], fetches = [], stores = [], clicks = [];
  for (let i = 0; i < RUNS; i++) {
    if (i > 0) {
      await byTestId(page, 'move-cancel').click();
      await byTestId(page, 'move-again').click();
    }
    await byTestId(page, 'move-start').click();
    await byTestId(page, 'move-qr').waitFor();
    starts.push(await timing(page, 'move-start'));
    const link = (await byTestId(page, 'move-link').innerText()).trim();
    const code = (await byTestId(page, 'move-code').innerText()).trim();

    const phone = await phoneContext(browser);
    const next = await phone.newPage();
    await next.goto(link);
    await byTestId(next, 'move-code-input').fill(code);
    const t0 = Date.now();
    await byTestId(next, 'move-receive').click();
    await byTestId(next, 'passphrase').waitFor();
    clicks.push(Date.now() - t0);
    fetches.push(await timing(next, 'move-fetch'));
    stores.push(await timing(next, 'move-store'));
    await phone.close();
  }
  console.log(`stored vault: ${(vaultChars / 1024).toFixed(0)} KB of text`);
  console.log(`old phone, start a move (pack, seal, upload, QR): ${fmt(starts)}`);
  console.log(`new phone, fetch with the code and open the package: ${fmt(fetches)}`);
  console.log(`new phone, store it: ${fmt(stores)}`);
  console.log(`new phone, press receive to the passphrase screen (includes the driver): ${fmt(clicks)}`);
});
