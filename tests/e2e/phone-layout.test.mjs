// A phone-sized screen at 360 px: a header of one row and a compact bottom bar (every hook
// and name kept), life-domain chart labels inside their card, dates that never break inside,
// a printed plan whose first page holds the plan's start, and a start-time field as tall as
// the other fields. Prints the heights it measures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUT, axe, byTestId, shareHook, suite } from './harness.mjs';

const run = suite();
const TMP = mkdtempSync(join(tmpdir(), 'regie-phone-'));

const box = async (locator) => {
  const b = await locator.boundingBox();
  assert.ok(b, 'the element is on screen');
  return b;
};

/** The hooks and accessible names the header and bottom bar must keep. */
async function checkBars(page, lang) {
  for (const id of ['lock', 'lang-select', 'save-status', 'nav-home', 'nav-dossier', 'nav-shares', 'nav-more']) {
    assert.ok(await byTestId(page, id).isVisible(), `${id} is visible (${lang})`);
  }
  const names = lang === 'nl'
    ? ['Vergrendelen', 'Start', 'Mijn dossier', 'Delen', 'Meer']
    : ['Lock', 'Home', 'My dossier', 'Sharing', 'More'];
  const lockName = await byTestId(page, 'lock').evaluate((el) => el.getAttribute('aria-label') || el.textContent);
  assert.match(lockName, new RegExp(names[0]));
  const lock = await box(byTestId(page, 'lock'));
  assert.ok(lock.height >= 44 && lock.width >= 44, `the lock button stays 44 px (${lock.width}×${lock.height})`);
  const parts = await page.locator('header.topbar > *').evaluateAll((els) =>
    els.map((el) => `${el.className || el.tagName}:${Math.round(el.getBoundingClientRect().width)}`));
  console.log(`header parts: ${parts.join(' ')}`);
  const header = await box(page.locator('header.topbar'));
  const bar = await box(page.locator('nav.bottom-bar'));
  console.log(`${lang} at 360 px: header ${header.height} px, bottom bar ${bar.height} px, lock ${lock.width}×${lock.height} px`);
  assert.ok(header.height <= 72, `the header is one row (${header.height} px)`);
  assert.ok(bar.height <= 72, `the bottom bar is compact (${bar.height} px)`);
  // One row: lock, language and save status sit beside the name, not under it.
  const brand = await box(page.locator('header.topbar .brand'));
  assert.ok(Math.abs((lock.y + lock.height / 2) - (brand.y + brand.height / 2)) < 12, 'lock beside the name');
  for (const id of ['nav-home', 'nav-dossier', 'nav-shares', 'nav-more']) {
    const tab = await box(byTestId(page, id));
    assert.ok(tab.height >= 44, `${id} is at least 44 px tall`);
  }
  return { header: header.height, bar: bar.height };
}

test('header and bottom bar take one row each, keeping every hook and name', async () => {
  const { context, page } = await run.phoneWithFixture();
  await byTestId(page, 'section-home').waitFor();
  await checkBars(page, 'nl');
  await page.screenshot({ path: join(OUT, 'phone-home-360.png') });
  await axe(page, 'the start screen at 360 px');
  await byTestId(page, 'lang-select').selectOption('en');
  await page.locator('html[lang="en"]').waitFor();
  await checkBars(page, 'en');
  await page.screenshot({ path: join(OUT, 'phone-home-360-en.png') });
  await byTestId(page, 'lang-select').selectOption('nl');
  await page.locator('html[lang="nl"]').waitFor();

  // -- the life-domain chart: every label inside its card --
  for (const lang of ['nl', 'en']) {
    if (lang === 'en') {
      await byTestId(page, 'lang-select').selectOption('en');
      await page.locator('html[lang="en"]').waitFor();
    }
    await byTestId(page, 'nav-domains').click();
    await byTestId(page, 'domains-chart').waitFor();
    const card = await box(byTestId(page, 'domains-chart'));
    const labels = await byTestId(page, 'domains-chart-svg').locator('text.label').evaluateAll((els) =>
      els.map((el) => { const r = el.getBoundingClientRect(); return { text: el.textContent, left: r.left, right: r.right }; }));
    assert.equal(labels.length >= 13, true, 'a label per domain of the 2017 matrix');
    for (const l of labels) {
      assert.ok(l.left >= card.x - 0.5 && l.right <= card.x + card.width + 0.5,
        `"${l.text}" inside the card (${l.left.toFixed(1)}–${l.right.toFixed(1)} of ${card.x}–${card.x + card.width})`);
    }
    const widest = Math.max(...labels.map((l) => l.right)) - card.x;
    console.log(`${lang}: widest chart label reaches ${widest.toFixed(1)} of ${card.width} px`);
    await byTestId(page, 'domains-chart').screenshot({ path: join(OUT, `phone-chart-360-${lang}.png`) });
  }
  await axe(page, 'the life domains at 360 px');
  await byTestId(page, 'lang-select').selectOption('nl');
  await page.locator('html[lang="nl"]').waitFor();

  // -- the printed plan: the first page holds the plan's start --
  await byTestId(page, 'nav-home').click();
  await byTestId(page, 'plan-print').click();
  await byTestId(page, 'plan').waitFor();
  const heading = (await page.locator('.plan-title').innerText()).trim();
  const parts = await page.locator('.plan-part > h2').allInnerTexts();
  // The fixture's first two parts: who I am, then the situation per life domain, whose chart
  // is too tall for what is left of page 1; its scores in words fill that room instead.
  assert.deepEqual(parts.slice(0, 2).map((t) => t.trim()), ['Wie ben ik', 'Mijn situatie per leefgebied']);
  const firstRow = (await page.locator('table.plan-scores tbody th').first().innerText()).trim();
  const pdf = join(TMP, 'plan.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(OUT, 'phone-plan-page')]);
  const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  console.log(`plan page 1: ${first.length} characters of text`);
  assert.ok(first.includes(heading), `page 1 holds "${heading}"`);
  for (const text of [...parts.slice(0, 2), firstRow]) {
    assert.ok(first.includes(text.trim()), `page 1 holds "${text.trim()}"`);
  }
  await context.close();
});

test('the start-time field is a full-size field, and the viewer never breaks a date inside', async () => {
  const { context, page } = await run.phoneWithFixture();
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  await (await shareHook(page, 'share-section-story')).check();
  await (await shareHook(page, 'share-duration')).selectOption('60');
  await (await shareHook(page, 'share-recipient')).fill('Anna, wijkteam');
  const starts = await shareHook(page, 'share-starts');
  const field = await box(starts);
  const size = await starts.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  console.log(`share-starts: ${field.width}×${field.height} px, text ${size} px (body ${body} px)`);
  assert.ok(field.height >= 44, 'the start field is at least 44 px tall');
  assert.ok(size >= body, 'with the normal text size');
  await starts.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'phone-share-starts-360.png') });
  await axe(page, 'the share form at 360 px');
  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'share-qr').waitFor({ timeout: 10_000 });
  const link = (await byTestId(page, 'share-link').innerText()).trim();

  const viewer = await context.newPage();
  await viewer.goto(link);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view-expires').waitFor();
  // Each date on the screen is one line high, the end moment in the banner too.
  const dates = await viewer.locator('[data-testid="view-expires"] .nowrap, .nowrap, time').evaluateAll((els) =>
    els.filter((el) => el.getClientRects().length).map((el) => ({
      text: el.textContent, lines: el.getClientRects().length,
      height: el.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.5,
    })));
  assert.ok(dates.length >= 1, 'the banner shows the end moment');
  for (const d of dates) {
    assert.equal(d.lines, 1, `"${d.text}" on one line`);
    assert.ok(d.height <= d.line + 1, `"${d.text}" is one line high (${d.height} of ${d.line} px)`);
  }
  console.log(`viewer dates on one line: ${dates.map((d) => d.text).join(' | ')}`);
  await viewer.screenshot({ path: join(OUT, 'phone-viewer-banner-360.png') });
  await context.close();
});
