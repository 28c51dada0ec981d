// A share the professional can trust: every share is signed by the dossier it comes from,
// the viewer checks that before it shows anything, and a few check words name the dossier on
// the client's phone and in the professional's browser alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OUT, byTestId, makeShare, openSettings, suite, unlock, writeStory,
} from './harness.mjs';

const run = suite();

const NAME = 'Samira de Vries';
const WORDS = /^[a-z]+( [a-z]+){4}$/;

async function clientNamed(name, story) {
  const { context, page } = await run.phoneWithDossier();
  await byTestId(page, 'nav-about').click();
  await byTestId(page, 'about-name').fill(name);
  await writeStory(page, story);
  return { context, page };
}

const wordsOf = async (page, id) => (await byTestId(page, id).innerText()).trim();

async function settingsWords(page) {
  await openSettings(page);
  return wordsOf(page, 'share-check-words');
}

async function viewer(link) {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(link);
  return { context, page };
}

test('the viewer shows the words the client sees; another dossier under the same name has other words', async () => {
  const samira = await clientNamed(NAME, 'Mijn echte verhaal.');
  const words = await settingsWords(samira.page);
  assert.match(words, WORDS);

  // The words are kept: after a reload and unlock they are the same.
  await samira.page.reload();
  await unlock(samira.page);
  assert.equal(await settingsWords(samira.page), words);

  const link = await makeShare(samira.page, { sections: ['about', 'story'], recipient: 'Anna, wijkteam' });
  assert.equal(await wordsOf(samira.page, 'share-check-words'), words, 'on the share just made');
  await samira.page.screenshot({ path: join(OUT, 'trust-made-360.png'), fullPage: true });

  const anna = await viewer(link);
  await byTestId(anna.page, 'view-open').waitFor();
  assert.equal(await wordsOf(anna.page, 'view-check-words'), words, 'before opening');
  assert.match(await anna.page.locator('main').innerText(), /Vraag de cliënt welke woorden haar telefoon laat zien/);
  await anna.page.screenshot({ path: join(OUT, 'trust-preview.png'), fullPage: true });
  await byTestId(anna.page, 'view-open').click();
  await byTestId(anna.page, 'view').waitFor();
  assert.ok((await byTestId(anna.page, 'view').innerText()).includes('Mijn echte verhaal.'));
  assert.equal(await wordsOf(anna.page, 'view-check-words'), words, 'after opening');

  // Someone else makes a dossier under the same name: the name matches, the words do not.
  const other = await clientNamed(NAME, 'Een verzonnen verhaal.');
  const otherWords = await settingsWords(other.page);
  assert.match(otherWords, WORDS);
  assert.notEqual(otherWords, words);
  const otherLink = await makeShare(other.page, { sections: ['about', 'story'], recipient: 'Anna, wijkteam' });
  assert.equal(await wordsOf(other.page, 'share-check-words'), otherWords);
  const second = await viewer(otherLink);
  await byTestId(second.page, 'view-open').waitFor();
  assert.match(await second.page.locator('main').innerText(), /Samira de Vries deelt/);
  assert.equal(await wordsOf(second.page, 'view-check-words'), otherWords);
  assert.notEqual(await wordsOf(second.page, 'view-check-words'), words);

  for (const c of [samira, anna, other, second]) await c.context.close();
});

/** A fresh age X25519 key from the Debian `age-keygen`: its public key, and the part a
 * Regie link carries (the secret key in lower case, without its `AGE-SECRET-KEY-1`). */
function ageKey(dir) {
  const file = join(dir, 'key.txt');
  execFileSync('age-keygen', ['-o', file], { stdio: ['ignore', 'ignore', 'ignore'] });
  const text = readFileSync(file, 'utf8');
  const secret = text.match(/^AGE-SECRET-KEY-1[0-9A-Z]+$/m)[0];
  const recipient = text.match(/public key: (age1[0-9a-z]+)/)[1];
  return { recipient, linkPart: secret.toLowerCase().slice('age-secret-key-1'.length) };
}

/** Encrypts `plain` to `recipient` with the Debian `age` tool. */
function ageEncrypt(dir, name, recipient, plain) {
  const input = join(dir, `${name}.json`);
  writeFileSync(input, plain);
  return execFileSync('age', ['-r', recipient, input]);
}

/** The relay's raw upload body: params, preview and content, as `raw_share_body` frames them. */
function rawShareBody(params, preview, content) {
  const head = Buffer.from(JSON.stringify(params));
  const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
  return Buffer.concat([u32(head.length), head, u32(preview.length), preview, content]);
}

/** Uploads a share made by hand through the relay's real API; gives its link. */
async function uploadByHand(preview, content, key) {
  const response = await fetch(`${run.server.url}/api/shares`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: rawShareBody({ expires_in_secs: 3600 }, preview, content),
  });
  assert.equal(response.status, 201, await response.clone().text());
  const { id } = await response.json();
  return `${run.server.url}/v#1.${id}.${key.linkPart}`;
}

const FORGED = 'Deze inhoud is verzonnen door iemand anders.';

function forgedParts() {
  const now = Date.now();
  const preview = {
    v: 1, recipient: 'Anna, wijkteam', sharer: NAME, sections: ['story'],
    created: now, expires: now + 3_600_000,
  };
  const snapshot = { v: 1, preview, dossier: { schema: 1, story: { text: FORGED } } };
  return { preview, snapshot };
}

async function assertRefused(link, what) {
  const { context, page } = await viewer(link);
  await byTestId(page, 'error').waitFor();
  assert.match(
    await byTestId(page, 'error').innerText(),
    /geen geldige handtekening van het dossier van de cliënt/,
    what,
  );
  assert.equal(await byTestId(page, 'view-open').count(), 0, `${what}: no open button`);
  assert.equal(await byTestId(page, 'view').count(), 0, `${what}: no content`);
  assert.equal(await byTestId(page, 'view-check-words').count(), 0, `${what}: no words`);
  const text = await page.locator('body').innerText();
  assert.ok(!text.includes(FORGED), `${what}: the content is not shown`);
  assert.ok(!text.includes(NAME), `${what}: not even the name it claims`);
  await page.screenshot({ path: join(OUT, `trust-refused-${what.replace(/\W+/g, '-')}.png`) });
  await context.close();
}

test('a share made by hand with age, without a valid signature, is refused and shows nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'regie-forged-'));
  const { preview, snapshot } = forgedParts();
  const content = Buffer.from(JSON.stringify(snapshot));

  // 1. Valid age files, the preview as shares were before signing: no signature at all.
  const key = ageKey(dir);
  const unsigned = await uploadByHand(
    ageEncrypt(dir, 'preview', key.recipient, JSON.stringify(preview)),
    ageEncrypt(dir, 'content', key.recipient, content),
    key,
  );
  await assertRefused(unsigned, 'unsigned');

  // 2. The signed envelope's shape, with a signer and a signature that are not real.
  const sha256 = (await import('node:crypto')).createHash('sha256').update(content).digest('hex');
  const random = (n) => (globalThis.crypto.getRandomValues(Buffer.alloc(n))).toString('base64');
  const envelope = {
    v: 2,
    preview: Buffer.from(JSON.stringify(preview)).toString('base64'),
    content: sha256,
    signer: random(32),
    signature: random(64),
  };
  const key2 = ageKey(mkdtempSync(join(tmpdir(), 'regie-forged-')));
  const falselySigned = await uploadByHand(
    ageEncrypt(dir, 'envelope', key2.recipient, JSON.stringify(envelope)),
    ageEncrypt(dir, 'content2', key2.recipient, content),
    key2,
  );
  await assertRefused(falselySigned, 'false signature');
});

test('content swapped under a signed preview is refused when opened', async () => {
  // A real, signed share whose relay hands out other content when it is opened: content
  // that repeats the genuine signed preview, sealed to the link's own key, as anyone holding
  // the link could make it. (Uploaded again as a share of its own, under another id, it is
  // refused before it is opened: see bound-shares.test.mjs.)
  const dir = mkdtempSync(join(tmpdir(), 'regie-swap-'));
  const samira = await clientNamed(NAME, 'Het echte verhaal.');
  const link = await makeShare(samira.page, { sections: ['story'], recipient: 'Anna' });
  const linkPart = link.split('.').pop();
  const secret = `AGE-SECRET-KEY-1${linkPart.toUpperCase()}`;
  const keyFile = join(dir, 'key.txt');
  writeFileSync(keyFile, `${secret}\n`);
  const recipient = execFileSync('age-keygen', ['-y', keyFile]).toString().trim();
  const id = link.split('#')[1].split('.')[1];
  const status = await (await fetch(`${run.server.url}/api/shares/${id}`)).json();
  const signedPreview = Buffer.from(status.preview, 'base64');
  const envelope = JSON.parse(execFileSync('age', ['-d', '-i', keyFile], { input: signedPreview }).toString());
  const preview = JSON.parse(Buffer.from(envelope.preview, 'base64').toString());
  const swapped = { v: 1, preview, dossier: { schema: 1, story: { text: FORGED } } };
  const swappedContent = ageEncrypt(dir, 'swapped', recipient, JSON.stringify(swapped));

  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.route(`**/api/shares/${id}/open`, (route) => route.fulfill({
    status: 200,
    contentType: 'application/octet-stream',
    body: swappedContent,
  }));
  await page.goto(link);
  // The preview is the client's own, so it shows, with her words...
  await byTestId(page, 'view-open').waitFor();
  // ...but the content is not what she signed.
  await byTestId(page, 'view-open').click();
  await byTestId(page, 'error').waitFor();
  assert.match(await byTestId(page, 'error').innerText(), /geen geldige handtekening/);
  assert.equal(await byTestId(page, 'view').count(), 0);
  assert.ok(!(await page.locator('body').innerText()).includes(FORGED));
  await context.close();
  await samira.context.close();
});
