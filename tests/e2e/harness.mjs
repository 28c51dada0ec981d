// Shared set-up for the end-to-end tests: a real relay serving the release build from dist/,
// on a free loopback port with its own data folder, and headless Chromium driven by
// playwright-core (the Debian browser; no test tool downloads one).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { before, after } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const OUT = join(ROOT, 'target', 'e2e');
// Where cargo put the relay (CARGO_TARGET_DIR, when set, moves every build).
const TARGET = process.env.CARGO_TARGET_DIR ? resolve(process.env.CARGO_TARGET_DIR) : join(ROOT, 'target');
/** The release relay binary that `startServer` runs. */
export const RELAY = join(TARGET, 'release', 'regie-relay');
mkdirSync(OUT, { recursive: true });

export const PASSPHRASE = 'fiets regen koffie tuin';
/** The published version 2 backup: Samira Bakker's dossier, under [`PASSPHRASE`]. */
export const FIXTURE_V2 = join(ROOT, 'crates', 'regie-core', 'tests', 'data', 'backup-v2.age');

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
    child = spawn(RELAY, [], {
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

export async function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', ...extraArgs],
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

/**
 * The set-up a test file shares: before its tests, a relay (`serverOptions` as for
 * [`startServer`]) and one headless Chromium; after them, both ended. `server` and `browser`
 * are there once the tests run.
 */
export function suite(serverOptions, { browserArgs = [] } = {}) {
  const run = {
    server: null,
    browser: null,
    /**
     * A new phone (a [`phoneContext`] with `options`) with the app open at `at` (a path, or
     * a whole link); `clock` installs Playwright's clock first, for tests that move time on.
     */
    async phone({ clock = false, at = '/', ...options } = {}) {
      const context = await phoneContext(run.browser, options);
      const page = await context.newPage();
      if (clock) await page.clock.install();
      await page.goto(new URL(at, run.server.url).href);
      return { context, page };
    },
    /**
     * A new phone, as [`phone`], holding Samira Bakker's dossier from the published version 2
     * backup fixture (late agreements, a first contact person, scores), under [`PASSPHRASE`].
     */
    async phoneWithFixture(options = {}) {
      const phone = await run.phone(options);
      await byTestId(phone.page, 'backup-import').setInputFiles(FIXTURE_V2);
      await byTestId(phone.page, 'import-passphrase').fill(PASSPHRASE);
      await byTestId(phone.page, 'import-start').click();
      await byTestId(phone.page, 'lock').waitFor({ timeout: 60_000 });
      return phone;
    },
    /** A new phone, as [`phone`], on which a dossier was just made under `passphrase`. */
    async phoneWithDossier({ passphrase = PASSPHRASE, ...options } = {}) {
      const phone = await run.phone(options);
      await createDossier(phone.page, passphrase);
      return phone;
    },
  };
  before(async () => {
    run.server = await startServer(serverOptions);
    run.browser = await launchBrowser(browserArgs);
  });
  after(async () => {
    await run.browser?.close();
    await run.server?.cleanup();
  });
  return run;
}

const AGE_PTY = join(ROOT, 'tests', 'e2e', 'age-pty.py');

/** Decrypts a backup with the Debian `age -d` (typing the passphrase on a terminal) and
 * unpacks it with `tar -x`, as a person would without Regie; throws when age refuses. Gives
 * dossier.json and, as `unpacked`, the folder the documents came out in. */
export function ageDecryptBackup(agePath, passphrase) {
  const plain = `${agePath}.tar`;
  execFileSync('python3', [AGE_PTY, '-d', '-o', plain, agePath], {
    env: { ...process.env, AGE_PASSPHRASE: passphrase },
  });
  const dir = mkdtempSync(join(tmpdir(), 'regie-unpacked-'));
  execFileSync('tar', ['-x', '-f', plain, '-C', dir]);
  const json = JSON.parse(readFileSync(join(dir, 'dossier.json'), 'utf8'));
  return Object.assign(json, { unpacked: dir });
}

/** Checks the page against WCAG 2.1 A and AA with axe; `what` names the screen. */
export async function axe(page, what) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
  assert.deepEqual(found, [], `accessibility problems in ${what}`);
}

/** Opens the settings screen through "Meer". */
export async function openSettings(page) {
  await byTestId(page, 'nav-more').click();
  await byTestId(page, 'nav-settings').click();
  await byTestId(page, 'section-settings').waitFor();
}

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

/** Opens Mijn verhaal, writes `text` there and waits until it is stored. */
export async function writeStory(page, text) {
  await byTestId(page, 'nav-story').click();
  await byTestId(page, 'story-text').fill(text);
  await saved(page);
}

/** Opens Mijn verhaal; answers what it says. */
export async function storyText(page) {
  await byTestId(page, 'nav-story').click();
  return byTestId(page, 'story-text').inputValue();
}

/** Sets each field `<kind>-<name>` of the open form to its value: a choice list by its
 * option, a checkbox ticked or not by `true`/`false`, any other field by typing. */
export async function fillForm(page, kind, fields) {
  for (const [name, value] of Object.entries(fields)) {
    const field = byTestId(page, `${kind}-${name}`);
    if (typeof value === 'boolean') await field.setChecked(value);
    else if (await field.evaluate((el) => el.tagName === 'SELECT')) await field.selectOption(value);
    else await field.fill(value);
  }
}

/**
 * Adds one entry to the list `kind` of the open section (`contact`, `medication`...): presses
 * `<kind>-add`, fills the form ([`fillForm`]), saves, and waits until the list has one entry
 * more.
 */
export async function addEntry(page, kind, fields) {
  const items = byTestId(page, `${kind}-item`);
  const before = await items.count();
  await byTestId(page, `${kind}-add`).click();
  await fillForm(page, kind, fields);
  await byTestId(page, `${kind}-save`).click();
  await items.nth(before).waitFor();
}

/**
 * The share form's hook `testid`, reached as the automation contract says outside tests
 * reach it: while it is not visible, press `share-next`. Fails when the last step is reached
 * (no `share-next` left) and the hook is still not there.
 */
export async function shareHook(page, testid) {
  const hook = byTestId(page, testid);
  const next = byTestId(page, 'share-next');
  await byTestId(page, 'share-step').waitFor();
  for (let presses = 0; presses < 6; presses++) {
    if (await hook.first().isVisible()) return hook;
    if (!(await next.isVisible())) break;
    await next.click();
  }
  if (await hook.first().isVisible()) return hook;
  throw new Error(`share-next never showed ${testid}`);
}

/** As [`shareHook`], backwards: presses the form's Back until `testid` shows again. */
export async function shareBackTo(page, testid) {
  const hook = byTestId(page, testid);
  for (let presses = 0; presses < 6 && !(await hook.first().isVisible()); presses++) {
    await byTestId(page, 'share-back').click();
  }
  return hook;
}

/** Makes a share of `sections` on the Delen screen; returns its link. */
export async function makeShare(page, { sections, minutes = '60', recipient, maxOpens, replies }) {
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  for (const key of sections) await (await shareHook(page, `share-section-${key}`)).check();
  await (await shareHook(page, 'share-duration')).selectOption(minutes);
  await (await shareHook(page, 'share-recipient')).fill(recipient);
  if (maxOpens) await (await shareHook(page, 'share-max-opens')).fill(String(maxOpens));
  if (replies) await (await shareHook(page, 'share-allow-replies')).check();
  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'share-qr').waitFor({ timeout: 10_000 });
  return (await byTestId(page, 'share-link').innerText()).trim();
}

const pad2 = (n) => String(n).padStart(2, '0');

/** A local calendar date `days` from today as YYYY-MM-DD, the way a date input takes it. */
export function isoDay(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** A local date the way the Dutch screen writes it: "5-3-2026". */
function dutchDate(d) {
  return `${d.getDate()}-${d.getMonth() + 1}-${d.getFullYear()}`;
}

/** An [`isoDay`] as the Dutch screen shows it: "2026-03-05" → "5-3-2026". */
export function dutchDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return dutchDate(new Date(y, m - 1, d));
}

/**
 * Every way the app can write a local moment between `from` and `to` (ms since the epoch):
 * "00:24" when it falls on the day it is read, else "23-11-2026 00:24". Both forms of each
 * minute count, so a test that runs across midnight still knows the right moment.
 */
export function momentsBetween(from, to) {
  const out = [];
  for (let t = Math.floor(from / 60_000) * 60_000; t <= to; t += 60_000) {
    const d = new Date(t);
    const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
    out.push(time, `${dutchDate(d)} ${time}`);
  }
  return out;
}

/** Widens the page to a desktop's 1280 × 900, opens the screen behind `nav` and keeps a
 * screenshot of it as `name`.png, for the eye. */
export async function desktopScreenshot(page, nav, name) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await byTestId(page, nav).click();
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
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

/** A real PNG of noise (so it does not compress), drawn in the page: its base64 and the
 * colour of the pixel at `at`. */
export async function noisePng(page, { width, height, seed = 0x9e3779b9, at = [41, 37] }) {
  return page.evaluate(async ({ width, height, seed, at }) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    const img = ctx.createImageData(width, height);
    let x = seed;
    for (let i = 0; i < img.data.length; i += 4) {
      x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
      img.data[i] = x & 255; img.data[i + 1] = (x >>> 8) & 255; img.data[i + 2] = (x >>> 16) & 255;
      img.data[i + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
    const p = (at[1] * width + at[0]) * 4;
    const pixel = [img.data[p], img.data[p + 1], img.data[p + 2]];
    const blob = await new Promise((res) => canvas.toBlob(res, 'image/png'));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { b64: btoa(bin), pixel };
  }, { width, height, seed, at });
}

/** The colour of one pixel of an <img> on the page (drawn at its natural size), and its size. */
export async function pixelOf(page, selector, at = [41, 37]) {
  return page.locator(selector).evaluate(async (img, at) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(at[0], at[1], 1, 1).data;
    return { pixel: [d[0], d[1], d[2]], width: img.naturalWidth, height: img.naturalHeight };
  }, at);
}

/** Every key and raw value this origin keeps (localStorage, sessionStorage, every IndexedDB
 * database and store, binary fields taken raw), as Buffers: for scans that look for
 * anything readable. */
export async function rawStorage(page) {
  const parts = await page.evaluate(async () => {
    const enc = (bytes) => {
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(bin);
    };
    const utf8 = (s) => enc(new TextEncoder().encode(s));
    const out = [];
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        out.push(utf8(k), utf8(storage.getItem(k)));
      }
    }
    const raw = async (v) => {
      if (v instanceof Blob) return enc(new Uint8Array(await v.arrayBuffer()));
      if (v instanceof ArrayBuffer) return enc(new Uint8Array(v));
      if (ArrayBuffer.isView(v)) return enc(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
      if (typeof v === 'string') return utf8(v);
      return utf8(JSON.stringify(v));
    };
    const databases = await indexedDB.databases();
    out.push(utf8(`databases: ${databases.map((d) => d.name).join(',')}`));
    for (const info of databases) {
      const db = await new Promise((res, rej) => {
        const req = indexedDB.open(info.name);
        req.onsuccess = () => res(req.result);
        req.onerror = () => rej(req.error);
      });
      for (const store of db.objectStoreNames) {
        const [keys, values] = await Promise.all(['getAllKeys', 'getAll'].map((m) => new Promise((res, rej) => {
          const req = db.transaction(store).objectStore(store)[m]();
          req.onsuccess = () => res(req.result);
          req.onerror = () => rej(req.error);
        })));
        out.push(utf8(`store ${info.name}/${store}: ${values.length}`));
        for (const k of keys) out.push(await raw(k));
        for (const v of values) {
          // A record that is an object may hold binary fields: take those raw as well.
          if (v && typeof v === 'object' && !(v instanceof Blob) && !(v instanceof ArrayBuffer)
            && !ArrayBuffer.isView(v)) {
            for (const field of Object.values(v)) out.push(await raw(field));
          }
          out.push(await raw(v));
        }
      }
      db.close();
    }
    return out;
  });
  return parts.map((p) => Buffer.from(p, 'base64'));
}

/** Waits (as long as Playwright's own waits) until the ids of the stored document ciphertexts
 * pass `check`; answers them. */
export async function untilStoredDocumentIds(page, check, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const ids = await storedDocumentIds(page);
    if (check(ids)) return ids;
    if (Date.now() > end) throw new Error(`the stored documents are still ${JSON.stringify(ids)}`);
    await page.waitForTimeout(50);
  }
}

/** The ids of the document ciphertexts in this origin's IndexedDB. */
export async function storedDocumentIds(page) {
  return page.evaluate(() => new Promise((res, rej) => {
    const req = indexedDB.open('regie');
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('documents')) { db.close(); res([]); return; }
      const keys = db.transaction('documents').objectStore('documents').getAllKeys();
      keys.onsuccess = () => { db.close(); res(keys.result); };
      keys.onerror = () => rej(keys.error);
    };
    req.onerror = () => rej(req.error);
  }));
}
