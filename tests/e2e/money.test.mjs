// Geld at 360 px, as a client fills it in before her first talk with debt help: two incomes,
// a fixed cost, three debts (one at a bailiff) and an arrangement. The month overview, the
// start screen's warnings and search are checked; the schuldenoverzicht is downloaded as CSV
// and read back, printed to PDF by Chromium and read with `pdftotext`; a schuldhulp share shows
// the section in the viewer with every amount exactly as typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OUT, addEntry, axe, byTestId, dutchDay, fillForm, isoDay, saved, shareHook, suite,
} from './harness.mjs';

const run = suite();
const TMP = mkdtempSync(join(tmpdir(), 'regie-money-'));
const oneLine = (text) => text.replace(/\s+/g, ' ');

const DEBTS = [
  { creditor: 'Belastingdienst/Toeslagen', reference: 'TS-2024-118', original: '2.450', current: '1.980,00', since: '2024-03-01', status: 'arrangement' },
  { creditor: 'Eneco', reference: 'E-558812', original: '€ 612,75', current: '€ 734,20', since: '2025-09-15', status: 'bailiff' },
  { creditor: 'CZ zorgverzekeraar', reference: '', original: '312', current: '0', since: '', status: 'paid_off' },
];

test('a client puts her money on a row, and debt help gets it without typing it again', async () => {
  const { context, page } = await run.phoneWithDossier({ acceptDownloads: true });
  await byTestId(page, 'nav-about').click();
  await byTestId(page, 'about-name').fill('Samira Bakker');
  await saved(page);

  await byTestId(page, 'nav-money').click();
  await byTestId(page, 'section-money').waitFor();
  await addEntry(page, 'income', { what: 'Bijstand', amount: '1.089,43', 'how-often': 'month' });
  await addEntry(page, 'income', { what: 'Schoonmaakwerk', amount: '€ 85,50', 'how-often': 'week' });

  // An amount that is no amount gets a clear sentence and stores nothing.
  await byTestId(page, 'cost-add').click();
  await fillForm(page, 'cost', { what: 'Huur', amount: 'zevenhonderd' });
  await byTestId(page, 'cost-save').click();
  assert.match(await byTestId(page, 'error').innerText(), /Dit bedrag kan Regie niet lezen/);
  assert.equal(await byTestId(page, 'cost-item').count(), 0);
  await fillForm(page, 'cost', { amount: '€ 742,18' });
  await byTestId(page, 'cost-save').click();
  await byTestId(page, 'cost-item').first().waitFor();

  for (const debt of DEBTS) {
    const fields = { ...debt };
    if (!fields.since) delete fields.since;
    await addEntry(page, 'debt', fields);
  }
  await addEntry(page, 'arrangement', {
    debt: { label: 'Belastingdienst/Toeslagen' }, monthly: '55', next: isoDay(3), ends: isoDay(20),
  });
  await saved(page);

  // (1.089,43 × 12 + 85,50 × 52) / 12 = 1.459,93; minus 742,18 and 55 leaves 662,75.
  const overview = byTestId(page, 'money-overview');
  assert.equal(await byTestId(page, 'money-overview-income').innerText(), '€ 1.459,93');
  assert.equal(await byTestId(page, 'money-overview-costs').innerText(), '-€ 742,18');
  assert.equal(await byTestId(page, 'money-overview-arrangements').innerText(), '-€ 55,00');
  assert.equal(await byTestId(page, 'money-overview-left').innerText(), '€ 662,75');
  assert.match(await overview.innerText(), /Nog te betalen: € 2\.714,20/);
  // The cards show the amounts as typed.
  const cards = await byTestId(page, 'section-money').innerText();
  for (const typed of ['€ 1.089,43 per maand', '€ 85,50 per week', '€ 2.450', '€ 734,20', 'Bij deurwaarder', '€ 55 per maand']) {
    assert.ok(cards.includes(typed), `shown: ${typed}`);
  }
  await overview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(OUT, 'money-360-overview.png') });
  await page.screenshot({ path: join(OUT, 'money-360.png'), fullPage: true });
  await axe(page, 'the money section');

  // The start screen: a payment within a week, a debt at a bailiff, an arrangement ending.
  await byTestId(page, 'nav-home').click();
  await byTestId(page, 'attention').waitFor();
  const warnings = await byTestId(page, 'attention-item').evaluateAll((items) =>
    items.map((item) => [item.dataset.kind, item.querySelector('strong').textContent]));
  for (const expected of [
    ['debt-bailiff', 'Eneco'],
    ['payment-due', 'Belastingdienst/Toeslagen'],
    ['arrangement-ends', 'Belastingdienst/Toeslagen'],
  ]) {
    assert.ok(warnings.some(([kind, title]) => kind === expected[0] && title === expected[1]), `${expected}: ${warnings}`);
  }
  const attention = await byTestId(page, 'attention').innerText();
  assert.ok(attention.includes(`${dutchDay(isoDay(3))} (over 3 dagen)`), attention);
  assert.ok(attention.includes('Schuld bij de deurwaarder'));
  await page.screenshot({ path: join(OUT, 'money-home-360.png'), fullPage: true });
  // A warning leads to its entry.
  await byTestId(page, 'attention-item').filter({ hasText: 'Eneco' }).click();
  await byTestId(page, 'section-money').waitFor();

  // Search finds a creditor by its reference.
  await byTestId(page, 'nav-more').click();
  await byTestId(page, 'nav-search').click();
  await byTestId(page, 'search-input').fill('e-558812');
  await byTestId(page, 'search-result').first().waitFor();
  assert.equal(await byTestId(page, 'search-result').first().getAttribute('data-section'), 'money');
  assert.match(await byTestId(page, 'search-result').first().innerText(), /Eneco/);

  // The CSV, as Dutch Excel reads it: a BOM, `;` between fields, decimal commas.
  await byTestId(page, 'nav-money').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    byTestId(page, 'money-export-csv').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'schuldenoverzicht.csv');
  const csvPath = join(TMP, 'schuldenoverzicht.csv');
  await download.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  assert.ok(csv.startsWith('\ufeff'), 'starts with a byte order mark');
  const rows = csv.slice(1).split('\r\n').filter(Boolean).map((line) => line.split(';'));
  assert.deepEqual(rows, [
    ['schuldeiser', 'kenmerk', 'oorspronkelijk bedrag', 'huidig bedrag', 'sinds', 'status', 'regeling per maand'],
    ['Belastingdienst/Toeslagen', 'TS-2024-118', '2450,00', '1980,00', '01-03-2024', 'Betalingsregeling', '55,00'],
    ['Eneco', 'E-558812', '612,75', '734,20', '15-09-2025', 'Bij deurwaarder', ''],
    ['CZ zorgverzekeraar', '', '312,00', '0,00', '', 'Afgelost', ''],
  ]);
  assert.match(await byTestId(page, 'money-export-status').innerText(), /schuldenoverzicht\.csv/);

  // Print: the button asks the browser to print; on A4 only the schuldenoverzicht.
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await byTestId(page, 'money-print').click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  const pdf = join(TMP, 'schuldenoverzicht.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(OUT, 'money-a4')]);
  const paper = oneLine(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
  for (const text of [
    'Schuldenoverzicht', 'Van: Samira Bakker', 'Belastingdienst/Toeslagen', 'TS-2024-118',
    '€ 2.450', '€ 1.980,00', '€ 734,20', 'Bij deurwaarder', 'Afgelost', '€ 55,00',
    'Totaal', '€ 2.714,20', 'Over om van te leven', '€ 662,75',
  ]) {
    assert.ok(paper.includes(text), `on paper: ${text}`);
  }
  for (const text of ['Schuld toevoegen', 'Schuldenoverzicht downloaden', 'Vergrendelen', 'Mijn dossier']) {
    assert.ok(!paper.includes(text), `not on paper: ${text}`);
  }

  // A schuldhulp share carries the section; the viewer shows it as typed.
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  await (await shareHook(page, 'share-preset')).selectOption('schuldhulp');
  assert.equal(await (await shareHook(page, 'share-section-money')).isChecked(), true);
  await (await shareHook(page, 'share-recipient')).fill('Anna, schuldhulp');
  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'share-qr').waitFor({ timeout: 20_000 });
  const link = (await byTestId(page, 'share-link').innerText()).trim();

  const anna = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const viewer = await anna.newPage();
  await viewer.goto(link);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor({ timeout: 20_000 });
  const shared = byTestId(viewer, 'view-section-money');
  const sharedText = await shared.innerText();
  for (const typed of ['€ 1.089,43 per maand', '€ 85,50 per week', '€ 742,18 per maand', 'TS-2024-118',
    '€ 2.450', '€ 1.980,00', '€ 612,75', 'Bij deurwaarder', 'Afgelost', '€ 55 per maand']) {
    assert.ok(sharedText.includes(typed), `in the viewer: ${typed}`);
  }
  assert.equal(await shared.locator('[data-testid="money-overview-left"]').innerText(), '€ 662,75');
  await shared.screenshot({ path: join(OUT, 'money-viewer-1280.png') });
  await axe(viewer, 'the money section in the viewer');
  await anna.close();
  await context.close();
});
