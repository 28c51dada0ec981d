// What the measurement scripts share: how many runs, how figures are summed up, the app's own
// timings, the 100 KB story, and a server and browser that are always stopped afterwards.
import { resolve } from 'node:path';
import { startServer, launchBrowser, phoneContext, byTestId, PASSPHRASE } from '../tests/e2e/harness.mjs';

/** Runs per figure: RUNS from the environment, else the script's own default. */
export const runs = (fallback = 5) => Number(process.env.RUNS || fallback);

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median, min and max of one figure in milliseconds, with how many runs it took. */
export const fmt = (xs) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, n=${xs.length})`;

/** A figure the app recorded itself (window.regieTimings). */
export const timing = (page, name) => page.evaluate((n) => window.regieTimings?.[n], name);

/** About 100 KB of text: the dossier a long-time client might have. */
export const STORY = 'Dit is een regel uit mijn verhaal, met wat er gebeurde en wat ik nodig heb. '.repeat(1350);

/**
 * Starts the release build's server and a browser, gives both to `work`, and stops them.
 * DIST names another build to serve than dist/ (a copy of the one before a change, to
 * measure both one after the other).
 */
export async function measuring(work) {
  const server = await startServer(process.env.DIST ? { staticDir: resolve(process.env.DIST) } : {});
  const browser = await launchBrowser();
  try {
    await work({ server, browser });
  } finally {
    await browser.close();
    await server.cleanup();
  }
}

/** A phone-sized page on the app's first screen. */
export async function openApp(browser, server) {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto(server.url);
  return { context, page };
}

/**
 * Reloads onto the unlock screen of the stored dossier, types the passphrase and presses
 * unlock; answers the moment of the press, for timing what follows.
 */
export async function pressUnlock(page) {
  await page.reload();
  await byTestId(page, 'passphrase').fill(PASSPHRASE);
  const pressed = Date.now();
  await byTestId(page, 'unlock').click();
  return pressed;
}
