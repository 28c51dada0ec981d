// Herstelhelpers: one card as a picture for the phone's share sheet ("Kaart delen of
// bewaren"). Headless Chromium has no share sheet, so the card comes as a download: a PNG the
// size of a phone's screen whose QR code zbarimg decodes to the card's words as shown on the
// screen, with text drawn above and below it; the other cards and the print are unchanged.
// At 360 px, like a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUT, byTestId, axe, openSettings, suite } from './harness.mjs';

const TMP = mkdtempSync(join(tmpdir(), 'regie-card-file-'));
const run = suite();
mkdirSync(OUT, { recursive: true });
const words = (text) => text.trim().split(/\s+/).join(' ');

/** How light a band of the picture is on average: 0 black, 1 white (through `convert`'s
 * PPM). */
function mean(png, w, h, x, y) {
  const ppm = execFileSync('convert', [png, 'ppm:-'], { maxBuffer: 64 << 20 });
  const header = ppm.toString('latin1', 0, 30).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
  assert.ok(header, 'a PPM');
  const width = Number(header[1]);
  let sum = 0;
  for (let row = y; row < y + h; row++) {
    for (let col = x; col < x + w; col++) {
      const at = header[0].length + (row * width + col) * 3;
      sum += ppm[at] + ppm[at + 1] + ppm[at + 2];
    }
  }
  return sum / (w * h * 3 * 255);
}

test('a card as a PNG: the download where there is no share sheet, its QR code is the card', async () => {
  const { page } = await run.phoneWithFixture();
  await openSettings(page);
  await byTestId(page, 'helpers-setup').click();
  const fields = byTestId(page, 'helper-name');
  for (const [i, name] of ['Anna', 'Bram de Vries', 'Chris'].entries()) await fields.nth(i).fill(name);
  await byTestId(page, 'helpers-create').click();
  const cards = byTestId(page, 'helper-card');
  await cards.first().waitFor();
  const shown = (await byTestId(page, 'helper-card-words').allInnerTexts()).map(words);
  assert.equal(await byTestId(page, 'helper-card-file').count(), 3, 'a button per card');
  assert.equal(await page.evaluate(() => typeof navigator.share), 'undefined', 'no share sheet here');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    cards.nth(1).locator('[data-testid="helper-card-file"]').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'herstelkaart-bram-de-vries.png');
  const png = join(TMP, 'card.png');
  await download.saveAs(png);
  await cards.nth(1).locator('[data-testid="helper-card-file-saved"]').waitFor();
  assert.match(await cards.nth(1).innerText(), /in je downloads/);
  assert.equal(await byTestId(page, 'helper-card-file-saved').count(), 1, 'said under that card only');

  // A real PNG, a phone screen wide, taller than wide.
  const bytes = readFileSync(png);
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  assert.equal(width, 1080);
  assert.ok(height > width && height < 3000, `height ${height}`);
  // Its QR code is this card: the words shown under it, and none of the other cards.
  const decoded = words(execFileSync('zbarimg', ['-q', '--raw', png]).toString());
  assert.equal(decoded, shown[1]);
  assert.notEqual(decoded, shown[0]);
  // Text is drawn above the QR code (the title, whose card, the date, what to do) and below
  // it (the words): neither band is blank.
  assert.ok(mean(png, 936, 200, 72, 72) < 0.97, 'text at the top');
  assert.ok(mean(png, 936, 150, 72, height - 72 - 150) < 0.97, 'words at the bottom');
  copyFileSync(png, join(OUT, 'helpers-card-file.png'));

  await cards.nth(1).screenshot({ path: join(OUT, 'helpers-card-file-screen.png') });
  await axe(page, 'the helpers\' cards with their share buttons');

  // The printed cards do not show the button or its hint.
  const pdf = join(TMP, 'cards.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  assert.ok(words(text).includes(shown[1]), 'the card still prints');
  assert.doesNotMatch(text, /Kaart delen of bewaren|downloads/);
});
