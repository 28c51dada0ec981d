// Regie on a slow phone: headless Chromium with the CPU slowed 4x and a slow 4G network
// (150 ms round trip, 1.6 Mbps down, 750 kbps up), against the release build. Prints the
// median over several runs of:
//   first visit (nothing cached, service worker blocked so that its precaching does not fetch
//     past the throttled network): first contentful paint, largest contentful paint, total
//     blocking time (long tasks over 50 ms, from first paint until the page is quiet);
//   first visit: when the rest of the app (fetched after the first screen) was loaded and
//     started, counted from the start of the page load;
//   return visit (the app from the service worker's cache): the same three;
//   unlock: the app's own figure (window.regieTimings.unlock: KDF + opening the dossier),
//     and from the press of the button to the open dossier on screen.
// Budgets: LCP <= 2.5 s, TBT <= 200 ms, unlock <= 3 s.
// Run after scripts/build.sh:  node scripts/perf-throttled.mjs   (RUNS=5 by default;
// CPU_RATE, RTT_MS, DOWN_KBPS, UP_KBPS change the profile; DIST=<folder> measures another
// build than dist/, e.g. a copy of the one before a change.)
import { resolve } from 'node:path';
import {
  startServer, launchBrowser, phoneContext, byTestId, createDossier, PASSPHRASE,
} from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS || 5);
const CPU_RATE = Number(process.env.CPU_RATE || 4);
const RTT_MS = Number(process.env.RTT_MS || 150);
const DOWN_KBPS = Number(process.env.DOWN_KBPS || 1600);
const UP_KBPS = Number(process.env.UP_KBPS || 750);
// The page is quiet when no long task has started for this long.
const QUIET_MS = 3000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const row = (label, xs, budget) => {
  const m = median(xs);
  const verdict = budget === undefined ? '' : m <= budget ? `  within ${budget} ms` : `  OVER ${budget} ms`;
  return `  ${label.padEnd(46)} median ${m.toFixed(0).padStart(5)} ms  (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})${verdict}`;
};

// Collects paint and long-task entries from the very start of each page load.
const OBSERVE = () => {
  window.__perf = { lcp: 0, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__perf.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__perf.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
};

async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: RTT_MS,
    downloadThroughput: (DOWN_KBPS * 1000) / 8,
    uploadThroughput: (UP_KBPS * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  return cdp;
}

/** Loads (or reloads) the page, waits for `ready` and then for quiet; returns the figures. */
async function load(page, go, readyTestId) {
  await go();
  await byTestId(page, readyTestId).waitFor({ timeout: 60_000 });
  let seen = -1;
  let quietSince = Date.now();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const count = await page.evaluate(() => window.__perf.longTasks.length);
    if (count !== seen) { seen = count; quietSince = Date.now(); }
    if (Date.now() - quietSince >= QUIET_MS) break;
    await page.waitForTimeout(250);
  }
  return page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const tbt = window.__perf.longTasks
      .filter(([start]) => start >= fcp)
      .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    // Before the first paint the page is blank (the app draws everything), so the work of
    // starting the app shows in the paint times, not in TBT: report the longest task too.
    const longest = Math.max(0, ...window.__perf.longTasks.map(([, duration]) => duration));
    return { fcp, lcp: window.__perf.lcp, tbt, longest };
  });
}

const server = await startServer(process.env.DIST ? { staticDir: resolve(process.env.DIST) } : {});
const browser = await launchBrowser();
const cold = { fcp: [], lcp: [], tbt: [], longest: [] };
const warm = { fcp: [], lcp: [], tbt: [], longest: [] };
const partReady = [];
const unlockApp = [];
let workFactor = '?';
const unlockPress = [];
try {
  for (let run = 0; run < RUNS; run++) {
    // A first visit, with the service worker blocked: its precaching runs outside the page's
    // throttled network and would fill the HTTP cache at full speed.
    const coldContext = await phoneContext(browser, { serviceWorkers: 'block' });
    await coldContext.addInitScript(OBSERVE);
    const coldPage = await coldContext.newPage();
    await throttle(coldPage);
    const first = await load(coldPage, () => coldPage.goto(server.url), 'create-dossier');
    for (const k of Object.keys(cold)) cold[k].push(first[k]);
    await coldPage.waitForFunction(() => window.regieTimings?.['dossier-part-ready'], null, { timeout: 60_000 });
    partReady.push(await coldPage.evaluate(() => window.regieTimings['dossier-part-ready']));
    await coldContext.close();

    const context = await phoneContext(browser);
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    await throttle(page);
    await page.goto(server.url);
    await createDossier(page);
    // The next visit runs from the service worker's cache.
    await page.evaluate(() => navigator.serviceWorker.ready);

    const again = await load(page, () => page.reload(), 'unlock');
    for (const k of Object.keys(warm)) warm[k].push(again[k]);
    await byTestId(page, 'passphrase').fill(PASSPHRASE);
    const t0 = Date.now();
    await byTestId(page, 'unlock').click();
    await byTestId(page, 'lock').waitFor({ timeout: 60_000 });
    unlockPress.push(Date.now() - t0);
    unlockApp.push(await page.evaluate(() => window.regieTimings.unlock));
    // The work factor the app wrapped the key with, from the stored age header.
    workFactor = await page.evaluate(() =>
      atob(JSON.parse(localStorage.getItem('regie.vault')).key).match(/^-> scrypt \S+ (\d+)$/m)[1]);
    await context.close();
    process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
  }
  console.log(`Slow phone: CPU ${CPU_RATE}x slower, network ${RTT_MS} ms RTT, ${DOWN_KBPS} kbps down, ${UP_KBPS} kbps up; ${RUNS} runs, medians.`);
  console.log('First visit (nothing cached):');
  console.log(row('first contentful paint', cold.fcp));
  console.log(row('largest contentful paint', cold.lcp, 2500));
  console.log(row('total blocking time', cold.tbt, 200));
  console.log(row('longest task while loading (also before FCP)', cold.longest));
  console.log(row('rest of the app loaded and started', partReady));
  console.log('Return visit (app from the service worker):');
  console.log(row('first contentful paint', warm.fcp));
  console.log(row('largest contentful paint', warm.lcp, 2500));
  console.log(row('total blocking time', warm.tbt, 200));
  console.log(row('longest task while loading (also before FCP)', warm.longest));
  console.log(`Unlock (scrypt 2^${workFactor}, then open the dossier):`);
  console.log(row('app figure (regieTimings.unlock)', unlockApp, 3000));
  console.log(row('press to open dossier on screen', unlockPress, 3000));
} finally {
  await browser.close();
  await server.cleanup();
}
