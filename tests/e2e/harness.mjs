// Shared set-up for the end-to-end tests: a real relay serving the release build from dist/,
// on a free loopback port with its own data folder, and headless Chromium driven by
// playwright-core (the Debian browser; no test tool downloads one).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const OUT = join(ROOT, 'target', 'e2e');
// Where cargo put the relay (CARGO_TARGET_DIR, when set, moves every build).
const TARGET = process.env.CARGO_TARGET_DIR ? resolve(process.env.CARGO_TARGET_DIR) : join(ROOT, 'target');
mkdirSync(OUT, { recursive: true });

export const PASSPHRASE = 'fiets regen koffie tuin';

async function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

/**
 * Starts the relay; `stop()` ends it, `restart()` keeps its data folder. `staticDir` serves
 * another build than dist/ (the update test publishes a next version that way); `env` adds
 * environment variables (a short transfer lifetime, say).
 */
export async function startServer({ staticDir = join(ROOT, 'dist'), env: extraEnv = {} } = {}) {
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'regie-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  let child;
  const launch = async () => {
    child = spawn(join(TARGET, 'release', 'regie-relay'), [], {
      env: {
        ...process.env,
        REGIE_LISTEN: `127.0.0.1:${port}`,
        REGIE_DATA: data,
        REGIE_STATIC: staticDir,
        RUST_LOG: 'warn',
        ...extraEnv,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${url}/healthz`);
        if (res.ok) return;
      } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the relay did not become healthy');
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  await launch();
  return {
    url, data, stop,
    restart: async () => { await stop(); await launch(); },
    cleanup: async () => { await stop(); rmSync(data, { recursive: true, force: true }); },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic'],
  });
}

/** A phone-sized context that prefers Dutch, like most of our clients' phones. */
export async function phoneContext(browser, options = {}) {
  return browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    locale: 'nl-NL',
    ...options,
  });
}

export const byTestId = (page, id) => page.locator(`[data-testid="${id}"]`);

export async function createDossier(page, passphrase = PASSPHRASE) {
  await byTestId(page, 'new-passphrase').fill(passphrase);
  await byTestId(page, 'confirm-passphrase').fill(passphrase);
  await byTestId(page, 'create-dossier').click();
  await byTestId(page, 'lock').waitFor({ timeout: 20_000 });
}

export async function unlock(page, passphrase = PASSPHRASE) {
  await byTestId(page, 'passphrase').fill(passphrase);
  await byTestId(page, 'unlock').click();
  await byTestId(page, 'lock').waitFor({ timeout: 20_000 });
}

/** Waits until the last edit is stored. */
export async function saved(page) {
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 5_000 });
}

/** Everything the origin keeps in localStorage and IndexedDB, as one string. */
export async function everythingStored(page) {
  return page.evaluate(async () => {
    const parts = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      parts.push(k, localStorage.getItem(k));
    }
    const text = (v) => {
      if (v instanceof ArrayBuffer) return new TextDecoder().decode(v);
      if (ArrayBuffer.isView(v)) return new TextDecoder().decode(v);
      if (v instanceof Blob) return '[blob]';
      return JSON.stringify(v);
    };
    for (const info of await indexedDB.databases()) {
      const db = await new Promise((res, rej) => {
        const req = indexedDB.open(info.name);
        req.onsuccess = () => res(req.result);
        req.onerror = () => rej(req.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise((res, rej) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => res(req.result);
          req.onerror = () => rej(req.error);
        });
        for (const v of all) {
          if (v instanceof Blob) parts.push(new TextDecoder().decode(await v.arrayBuffer()));
          else parts.push(text(v));
        }
      }
      db.close();
    }
    return parts.join('\n');
  });
}
