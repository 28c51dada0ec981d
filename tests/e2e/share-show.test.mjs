// A live share can be shown again. At the appointment Samira makes a share with a preset and
// a spoken code, checks it in her own plain words, leaves the QR screen with Back, and the
// list brings the very same QR code (read back by zbarimg), link and check words again. Each
// live share in the list shows the check words; a stopped one offers neither the QR code nor
// its spoken code. A proposal written back reads as one sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, axe, byTestId, suite, shareHook } from './harness.mjs';

const run = suite();
mkdirSync(OUT, { recursive: true });

/** Screenshots the QR screen at 360 px as `name`.png and reads the QR code in it. */
async function qrOf(page, name) {
  const path = join(OUT, `${name}.png`);
  await byTestId(page, 'share-qr').scrollIntoViewIfNeeded();
  await page.screenshot({ path, fullPage: true });
  return execFileSync('zbarimg', ['-q', '--raw', path], { encoding: 'utf8' }).trim();
}

const textOf = async (locator) => (await locator.innerText()).trim();

test('Back from the QR screen, then "show again" gives the same QR code, link and check words', async () => {
  const { page } = await run.phoneWithFixture();
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  await (await shareHook(page, 'share-preset')).selectOption('wijkteam');
  await (await shareHook(page, 'share-recipient')).fill('Anna, wijkteam');
  await (await shareHook(page, 'share-code')).fill('4821');

  // The preview speaks her words: plain domain names and "2 van 5: Het gaat slecht…", not
  // the matrix's "Basale ADL" or "niet zelfredzaam".
  const preview = byTestId(page, 'share-preview');
  await byTestId(page, 'share-preview-open').click();
  await preview.locator('.share-preview-view').waitFor();
  const said = await textOf(preview);
  assert.match(said, /\d van 5: Het gaat/, said);
  for (const jargon of ['zelfredzaam', 'acute problematiek', 'Basale ADL']) {
    assert.ok(!said.includes(jargon), `no "${jargon}" in the preview`);
  }
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'share-show-preview-360.png') });
  assert.equal(await textOf(byTestId(page, 'share-create')), 'Maak de QR-code');

  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'share-qr').waitFor({ timeout: 20_000 });
  const link = await textOf(byTestId(page, 'share-link'));
  const words = await textOf(byTestId(page, 'share-check-words'));
  assert.match(link, /\/v#1\./);
  assert.equal(await qrOf(page, 'share-show-made-360'), link, 'the QR code holds the link');
  assert.match(await textOf(byTestId(page, 'share-made-code')), /^Spreekcode: 4821\. Zeg deze spreekcode hardop/);
  await axe(page, 'the QR screen');

  // Back: the list, where the live share shows the check words and its spoken code.
  await page.goBack();
  const item = byTestId(page, 'share-item').first();
  await item.waitFor();
  assert.equal(await textOf(item.getByTestId('share-check-words')), words, 'the words in the list');
  assert.match(await textOf(item.getByTestId('share-code-shown')), /4821/);
  await page.screenshot({ path: join(OUT, 'share-show-list-360.png'), fullPage: true });
  await axe(page, 'the list with a live share');

  // Show again: the same QR code, link and words.
  await item.getByTestId('share-show').click();
  await byTestId(page, 'share-qr').waitFor();
  assert.equal(await textOf(byTestId(page, 'share-link')), link, 'the same link');
  assert.equal(await textOf(byTestId(page, 'share-check-words')), words, 'the same words');
  assert.equal(await qrOf(page, 'share-show-again-360'), link, 'the same QR code');
  assert.match(await textOf(byTestId(page, 'share-made-code')), /4821/);
  await axe(page, 'the QR screen shown again');

  // Back once more, and again: still the same.
  await page.goBack();
  await byTestId(page, 'share-item').first().getByTestId('share-show').click();
  assert.equal(await qrOf(page, 'share-show-again-2-360'), link, 'the same QR code a second time');

  // "Klaar", then stop it: no QR code and no spoken code for a stopped share.
  await byTestId(page, 'share-done').click();
  const stopped = byTestId(page, 'share-item').first();
  await stopped.getByTestId('share-revoke').click();
  await stopped.getByTestId('share-revoke-confirm').click();
  const gone = page.locator('[data-testid="share-item"]:has([data-status="revoked"])');
  await gone.waitFor({ timeout: 10_000 });
  assert.equal(await gone.getByTestId('share-show').count(), 0, 'a stopped share is not shown again');
  assert.equal(await gone.getByTestId('share-code-shown').count(), 0, 'no spoken code to say');
  assert.equal(await gone.getByTestId('share-check-words').count(), 0);
  assert.ok(!(await textOf(gone)).includes('hardop'), 'nothing asks to say a code');
  await page.screenshot({ path: join(OUT, 'share-show-stopped-360.png'), fullPage: true });
  await axe(page, 'the list with a stopped share');
});

test('a proposal reads as one sentence: who proposes what, through what she shared that day', async () => {
  const { page } = await run.phoneWithFixture();
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  await (await shareHook(page, 'share-section-journal')).check();
  await (await shareHook(page, 'share-recipient')).fill('Anna, wijkteam');
  await (await shareHook(page, 'share-allow-replies')).check();
  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'share-qr').waitFor({ timeout: 20_000 });
  const link = await textOf(byTestId(page, 'share-link'));

  const desk = await run.browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const viewer = await desk.newPage();
  await viewer.goto(link);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor();
  await byTestId(viewer, 'reply-new').click();
  await byTestId(viewer, 'reply-kind').selectOption('note');
  await byTestId(viewer, 'reply-author').fill('Anna de Boer, wijkteam Overvecht');
  await byTestId(viewer, 'reply-text').fill('Bel de huisarts over de brief.');
  await byTestId(viewer, 'reply-send').click();
  await byTestId(viewer, 'reply-sent').waitFor({ timeout: 10_000 });
  await desk.close();

  await byTestId(page, 'share-done').click();
  await byTestId(page, 'nav-home').click();
  await byTestId(page, 'nav-shares').click();
  const reply = byTestId(page, 'reply-item').first();
  await reply.waitFor({ timeout: 20_000 });
  const today = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  const sentence = `Anna de Boer (wijkteam Overvecht) stelt voor: een notitie voor je dagboek, via wat je op ${today} deelde.`;
  const said = await textOf(reply);
  assert.ok(said.includes(sentence), said);
  assert.ok(!said.includes('deling'), said);
  await reply.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'share-show-proposal-360.png') });
  await axe(page, 'a proposal');
});
