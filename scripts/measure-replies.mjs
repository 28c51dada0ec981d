// Measures writing back in headless Chromium against the release build and prints figures.
// Run after scripts/build.sh:  node scripts/measure-replies.mjs
// Budgets: sending a reply (check, seal, post) <= 300 ms; fetching and showing 20 proposals
// (fetch, open each with the share's reply key, on screen) <= 500 ms.
import { byTestId, createDossier, makeShare } from '../tests/e2e/harness.mjs';
import { fmt, timing, measuring, openApp } from './measure-harness.mjs';

const REPLIES = 20;

await measuring(async ({ server, browser }) => {
  const { page } = await openApp(browser, server);
  await createDossier(page);
  const link = await makeShare(page, { sections: ['story'], recipient: 'Meting', replies: true });

  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const viewer = await desk.newPage();
  await viewer.goto(link);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor();
  const sends = [];
  for (let i = 0; i < REPLIES; i++) {
    await byTestId(viewer, 'reply-new').click();
    await byTestId(viewer, 'reply-author').fill('Anna de Boer, wijkteam Oost');
    await byTestId(viewer, 'reply-text').fill(`Notitie ${i}: ${'wat ik heb gedaan en wat ik nog ga doen. '.repeat(20)}`);
    await byTestId(viewer, 'reply-send').click();
    await byTestId(viewer, 'reply-sent').nth(i).waitFor();
    sends.push(await timing(viewer, 'reply-send'));
  }

  const shows = [];
  const walls = [];
  for (let i = 0; i < 5; i++) {
    await byTestId(page, 'nav-home').click();
    await byTestId(page, 'section-home').waitFor();
    const t0 = Date.now();
    await byTestId(page, 'nav-shares').click();
    await byTestId(page, 'reply-item').nth(REPLIES - 1).waitFor();
    walls.push(Date.now() - t0);
    shows.push(await timing(page, 'replies-show'));
  }
  console.log(`\nHeadless Chromium, release build:`);
  console.log(`  send a reply (check, seal, post)                 ${fmt(sends)}   budget 300 ms`);
  console.log(`  fetch and open ${REPLIES} proposals (app's own timing)   ${fmt(shows)}   budget 500 ms`);
  console.log(`  press "Delen" to ${REPLIES} proposals on screen          ${fmt(walls)}   budget 500 ms`);
  await desk.close();
});
