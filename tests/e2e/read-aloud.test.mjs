// Reading aloud with the browser's own voice. Headless Chromium on Linux has no voices, so
// the first test gives the page a recording stand-in for `speechSynthesis` (one local voice
// per language, `onstart` at once, `onend` when the test says the sentence is read): a
// card's sentences go to it in order and in the screen's language, the sentence being read
// is marked, pause, slower, stop and locking work. The second test uses the real, voiceless
// `speechSynthesis`: a plain sentence says there is no voice and how to add one.
// Screenshots: target/e2e/read-aloud-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  OUT, ROOT, PASSPHRASE, FIXTURE_V2, byTestId, axe, phoneContext, suite, unlock,
} from './harness.mjs';

const run = suite();
const ar = JSON.parse(readFileSync(join(ROOT, 'crates', 'regie-core', 'locales', 'ar.json'), 'utf8'));

/** Installed before the app's code: a `speechSynthesis` that records what it is handed. */
function recorder() {
  const voices = ['en-GB', 'nl-NL', 'ar-SA', 'tr-TR', 'pl-PL', 'uk-UA'].map((lang) => ({
    lang, name: `Stem ${lang}`, voiceURI: `stem-${lang}`, localService: true, default: lang === 'en-GB',
  }));
  const speech = { spoken: [], current: null, paused: false, cancels: 0 };
  speech.finish = () => {
    const u = speech.current;
    speech.current = null;
    if (u) u.onend?.({ type: 'end' });
  };
  window.__speech = speech;
  window.SpeechSynthesisUtterance = class {
    constructor(text) { Object.assign(this, { text, lang: '', rate: 1, voice: null }); }
  };
  const synth = {
    getVoices: () => voices,
    speak(u) {
      speech.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.lang });
      speech.current = u;
      setTimeout(() => u.onstart?.({ type: 'start' }), 0);
    },
    cancel() {
      speech.cancels += 1;
      const u = speech.current;
      speech.current = null;
      if (u) setTimeout(() => u.onerror?.({ type: 'error', error: 'interrupted' }), 0);
    },
    pause() { speech.paused = true; },
    resume() { speech.paused = false; },
    onvoiceschanged: null,
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
}

const spoken = (page) => page.evaluate(() => window.__speech.spoken.map((s) => ({ ...s })));
const finish = (page) => page.evaluate(() => window.__speech.finish());
const cancels = (page) => page.evaluate(() => window.__speech.cancels);
const panelSentences = (root) => root.locator('[data-testid="read-aloud-panel"] li').allInnerTexts();
/** The index of the sentence marked as being read. */
const marked = (root) => root.locator('[data-testid="read-aloud-panel"] li').evaluateAll(
  (items) => items.findIndex((li) => li.getAttribute('aria-current') === 'true'),
);

async function waitFor(page, what, check) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`waited in vain for ${what}`);
    await page.waitForTimeout(25);
  }
}

test('a card is read sentence by sentence in the screen\'s language; pause, slower, stop, lock', async () => {
  const context = await phoneContext(run.browser);
  await context.addInitScript(recorder);
  const page = await context.newPage();
  await page.goto(run.server.url);
  // The first-run screen's help, read by the rest of the app (fetched ahead).
  await byTestId(page, 'read-aloud').click();
  await waitFor(page, 'the first-run help read', async () => (await spoken(page)).length === 1);
  const intro = (await page.locator('#first-run-intro').innerText()).trim();
  const help = (await spoken(page))[0];
  assert.ok(intro.startsWith(help.text) && help.text.length > 10, `from the start: ${help.text}`);
  assert.equal(help.lang, 'nl-NL');
  await waitFor(page, 'the first sentence marked', async () => (await marked(page)) === 0);
  await byTestId(page, 'read-aloud-stop').click();
  await byTestId(page, 'read-aloud-panel').waitFor({ state: 'detached' });
  await page.evaluate(() => { window.__speech.spoken.length = 0; });

  await byTestId(page, 'backup-import').setInputFiles(FIXTURE_V2);
  await byTestId(page, 'import-passphrase').fill(PASSPHRASE);
  await byTestId(page, 'import-start').click();
  await byTestId(page, 'lock').waitFor({ timeout: 60_000 });

  await byTestId(page, 'nav-network').click();
  const card = byTestId(page, 'contact-item').first();
  await card.waitFor();
  const cardText = await card.locator('.entry-body').innerText();
  await byTestId(card, 'read-aloud').click();
  await byTestId(card, 'read-aloud-panel').waitFor();
  const sentences = await panelSentences(card);
  assert.ok(sentences.length >= 2, `the card has sentences: ${sentences.join(' | ')}`);
  // Every sentence comes from the card, in the card's order.
  let from = 0;
  for (const sentence of sentences) {
    const at = cardText.indexOf(sentence, from);
    assert.ok(at >= from, `"${sentence}" in the card, after the one before`);
    from = at + sentence.length;
  }
  await waitFor(page, 'the first sentence', async () => (await spoken(page)).length === 1);
  await waitFor(page, 'the first sentence marked', async () => (await marked(card)) === 0);
  let said = await spoken(page);
  assert.deepEqual(said[0], { text: sentences[0], lang: 'nl-NL', rate: 1, voice: 'nl-NL' });
  await page.screenshot({ path: join(OUT, 'read-aloud-card.png') });
  await axe(page, 'a card being read aloud');

  // Read to its end, the next sentence follows and is marked.
  await finish(page);
  await waitFor(page, 'the second sentence marked', async () => (await marked(card)) === 1);
  said = await spoken(page);
  assert.equal(said.length, 2);
  assert.equal(said[1].text, sentences[1]);

  // Pause and go on.
  await byTestId(card, 'read-aloud-pause').click();
  assert.equal(await page.evaluate(() => window.__speech.paused), true);
  assert.equal((await byTestId(card, 'read-aloud-pause').innerText()).trim(), 'Verder');
  await byTestId(card, 'read-aloud-pause').click();
  assert.equal(await page.evaluate(() => window.__speech.paused), false);

  // Slower from the next sentence on.
  await byTestId(card, 'read-aloud-slow').check();
  if (sentences.length > 2) {
    await finish(page);
    await waitFor(page, 'the third sentence', async () => (await spoken(page)).length === 3);
    assert.ok((await spoken(page))[2].rate < 1, 'read more slowly');
  }

  // Stop: the panel goes, the voice is cancelled, and nothing more is read.
  const before = await cancels(page);
  const count = (await spoken(page)).length;
  await byTestId(card, 'read-aloud-stop').click();
  await byTestId(card, 'read-aloud-panel').waitFor({ state: 'detached' });
  assert.ok((await cancels(page)) > before, 'the voice was stopped');
  await finish(page);
  await page.waitForTimeout(100);
  assert.equal((await spoken(page)).length, count, 'nothing read after stop');

  // In Arabic, the same card is read in Arabic.
  await byTestId(page, 'lang-select').selectOption('ar');
  await page.locator('html[lang="ar"]').waitFor();
  await byTestId(card, 'read-aloud').click();
  await waitFor(page, 'an Arabic sentence', async () => (await spoken(page)).length === count + 1);
  said = await spoken(page);
  assert.equal(said[count].lang, 'ar-SA');
  assert.equal(said[count].voice, 'ar-SA');
  assert.ok((await panelSentences(card)).some((s) => /[\u0600-\u06ff]/.test(s)), 'Arabic labels read');
  await page.screenshot({ path: join(OUT, 'read-aloud-card-ar.png') });
  await axe(page, 'a card being read aloud in Arabic');
  // Starting another reading ends this one.
  await byTestId(page, 'contact-item').nth(1).locator('[data-testid="read-aloud"]').click();
  await byTestId(card, 'read-aloud-panel').waitFor({ state: 'detached' });
  await byTestId(page, 'contact-item').nth(1).locator('[data-testid="read-aloud-panel"]').waitFor();
  await byTestId(page, 'contact-item').nth(1).locator('[data-testid="read-aloud-stop"]').click();
  await byTestId(page, 'lang-select').selectOption('nl');
  await page.locator('html[lang="nl"]').waitFor();

  // The start screen's list of what needs attention; reading stops when the dossier locks.
  await byTestId(page, 'nav-home').click();
  const attention = byTestId(page, 'attention');
  const n = (await spoken(page)).length + 1;
  await byTestId(attention, 'read-aloud').click();
  await byTestId(attention, 'read-aloud-panel').waitFor();
  await waitFor(page, 'the list being read', async () => (await spoken(page)).length === n && (await marked(attention)) === 0);
  const items = await page.locator('[data-testid="attention-item"] strong').allInnerTexts();
  const list = await panelSentences(attention);
  assert.equal(list[0], (await attention.locator('h2').innerText()).trim(), 'its heading first');
  assert.ok(items.length > 0 && items.every((item) => list.some((s) => s.includes(item.trim()))), 'every item is read');
  const locked = await cancels(page);
  await byTestId(page, 'lock').click();
  await byTestId(page, 'passphrase').waitFor();
  assert.ok((await cancels(page)) > locked, 'locking stopped the voice');
  await finish(page);
  await page.waitForTimeout(100);
  assert.equal((await spoken(page)).length, n, 'nothing read after locking');

  // The unlock screen's help is read too.
  await byTestId(page, 'forgot-passphrase-open').click();
  const forgot = byTestId(page, 'forgot-passphrase');
  await byTestId(forgot, 'read-aloud').click();
  await waitFor(page, 'the help being read', async () => (await spoken(page)).length === n + 1);
  const first = (await byTestId(page, 'forgot-passphrase-text').locator('p').first().innerText()).trim();
  assert.ok(first.startsWith((await spoken(page))[n].text), 'the help from its first sentence');
  await byTestId(forgot, 'read-aloud-stop').click();
  await unlock(page);
  await context.close();
});

test('without a voice for the language, a plain sentence says so and how to add one', async () => {
  // The first-run screen: its button asks the rest of the app, fetched ahead, to read.
  const { context, page } = await run.phone();
  assert.equal(await page.evaluate(() => typeof window.speechSynthesis), 'object', 'the real speech');
  await byTestId(page, 'read-aloud').click();
  const note = byTestId(page, 'read-aloud-no-voice');
  await note.waitFor();
  assert.match(await note.innerText(), /geen stem .* Voeg een stem toe in de instellingen van je telefoon, bij Spraak/);
  assert.equal(await byTestId(page, 'read-aloud-panel').count(), 0);
  await axe(page, 'the first-run screen saying there is no voice');
  await page.screenshot({ path: join(OUT, 'read-aloud-no-voice.png') });
  // In Arabic, in Arabic.
  await byTestId(page, 'lang-select').selectOption('ar');
  await page.locator('html[lang="ar"]').waitFor();
  await byTestId(page, 'read-aloud').click();
  await page.locator(`[data-testid="read-aloud-no-voice"]:has-text("${ar['Text.ReadAloudNoVoice'].slice(0, 20)}")`).waitFor();
  assert.equal((await note.innerText()).trim(), ar['Text.ReadAloudNoVoice']);
  assert.equal(await note.count(), 1, 'one reader at a time');
  await context.close();
});
