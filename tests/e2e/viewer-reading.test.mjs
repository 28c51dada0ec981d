// The professional's half hour: an opened share starts with when it was shared and by whom,
// a summary of what needs doing (late agreements first, decisions ending soon, the first
// contact person, the latest scores) and contents that jump to each section. Printed
// (Chromium's PDF, read back with `pdftotext`), it has no buttons, no contents and no
// language switch, and each section starts a page headed by "stand van".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUT, byTestId, makeShare, axe, suite } from './harness.mjs';

const run = suite();
const TMP = mkdtempSync(join(tmpdir(), 'regie-viewer-reading-'));
const SECTIONS = ['about', 'domains', 'goals', 'network', 'support'];
const oneLine = (text) => text.replace(/\s+/g, ' ');

const samiraOnHerPhone = () => run.phoneWithFixture();

test('an opened share: summary, contents that jump, and a print without the app around it', async () => {
  const { context, page } = await samiraOnHerPhone();
  const link = await makeShare(page, { sections: SECTIONS, recipient: 'Anna, wijkteam' });

  const desk = await run.browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const viewer = await desk.newPage();
  await viewer.goto(link);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor();

  const asOf = (await byTestId(viewer, 'view-as-of').innerText()).trim();
  assert.match(asOf, /^Stand van \d{1,2}-\d{1,2}-\d{4} \d{2}:\d{2} · gedeeld door Samira Bakker$/);
  const summary = oneLine(await byTestId(viewer, 'view-summary').innerText());
  for (const text of ['In het kort', 'Open afspraken', 'te laat', 'Eerste contactpersoon', 'Yasmina Bakker',
    'Laatste scores per leefgebied']) {
    assert.ok(summary.includes(text), `in the summary: ${text}`);
  }
  // Late agreements come first.
  const late = await byTestId(viewer, 'view-summary-agreements').locator('li').evaluateAll(
    (items) => items.map((li) => li.dataset.late));
  assert.ok(late.length > 0);
  assert.deepEqual(late, [...late].sort().reverse(), 'late ones on top');

  // The contents list the shared sections in the view's order; a link moves to the section
  // and its focus, and leaves the address as it was.
  const entries = byTestId(viewer, 'view-contents').locator('a');
  assert.equal(await entries.count(), SECTIONS.length);
  const before = viewer.url();
  await entries.nth(2).click();
  assert.equal(await viewer.evaluate(() => document.activeElement?.id), 'view-section-goals-title');
  assert.equal(viewer.url(), before);
  await viewer.screenshot({ path: join(OUT, 'viewer-reading-desktop.png') });
  await axe(viewer, 'the opened share with summary and contents');
  await viewer.setViewportSize({ width: 360, height: 780 });
  await viewer.screenshot({ path: join(OUT, 'viewer-reading-360.png') });

  const pdf = join(TMP, 'share.pdf');
  writeFileSync(pdf, await viewer.pdf({ format: 'A4', preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(OUT, 'viewer-print')]);
  const paper = oneLine(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  // Each of the five sections starts a page of its own after the summary.
  assert.ok(pages >= SECTIONS.length + 1, `${pages} pages`);
  // Under the title, and at the head of each section's page.
  const heads = paper.split(asOf).length - 1;
  assert.ok(heads >= SECTIONS.length + 1, `"${asOf}" ${heads} times on ${pages} pages`);
  for (const text of ['In het kort', 'Yasmina Bakker', 'Doelen']) assert.ok(paper.includes(text), `on paper: ${text}`);
  for (const text of ['Inhoud', 'Afdrukken of opslaan als pdf', 'English', 'Deze pagina wist zichzelf']) {
    assert.ok(!paper.includes(text), `not on paper: ${text}`);
  }
  await desk.close();
  await context.close();
});

test('the banner counts down, names the end with its date, and warns five minutes before the end', async () => {
  const { context, page } = await samiraOnHerPhone();
  const link = await makeShare(page, { sections: ['about', 'goals'], recipient: 'Anna, wijkteam' });

  // The professional's clock is the browser's own; moving it on stands in for waiting
  // 55 minutes at the appointment. The relay keeps its own, real, time.
  const phone = await run.browser.newContext({ locale: 'nl-NL', viewport: { width: 360, height: 780 } });
  await phone.clock.install();
  const viewer = await phone.newPage();
  await viewer.goto(link);
  // Before opening, the end time carries its date even on the same day.
  assert.match(await byTestId(viewer, 'view-expires').innerText(), /Geldig tot \d{1,2}-\d{1,2}-\d{4} \d{2}:\d{2}/);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor();

  const banner = byTestId(viewer, 'view-expires');
  assert.match(await banner.innerText(), /geldig tot \d{1,2}-\d{1,2}-\d{4} \d{2}:\d{2}/);
  const countdown = (await byTestId(viewer, 'view-countdown').innerText()).trim();
  const minutes = Number(/^nog (\d+) min$/.exec(countdown)?.[1]);
  assert.ok(minutes > 55 && minutes <= 60, countdown);
  assert.equal(await byTestId(viewer, 'view-ending').count(), 0, 'no warning an hour before the end');

  await viewer.clock.fastForward((minutes - 4) * 60_000);
  const warning = byTestId(viewer, 'view-ending');
  await warning.waitFor();
  assert.equal(await warning.getAttribute('role'), 'alert');
  assert.match(await warning.innerText(), /^Let op: over [45] minuten is deze gedeelde informatie weg\./);
  assert.match(await byTestId(viewer, 'view-countdown').innerText(), /^nog [45] min$/);
  await viewer.screenshot({ path: join(OUT, 'viewer-ending-360.png') });

  // On paper neither the countdown nor the warning: the paper outlasts them.
  const pdf = join(TMP, 'ending.pdf');
  writeFileSync(pdf, await viewer.pdf({ format: 'A4', preferCSSPageSize: true }));
  const paper = oneLine(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  assert.ok(paper.includes('Doelen'), 'the shared goals are on paper');
  for (const text of ['Let op: over', 'nog 4 min', 'nog 5 min']) {
    assert.ok(!paper.includes(text), `not on paper: ${text}`);
  }
  await phone.close();
  await context.close();
});
