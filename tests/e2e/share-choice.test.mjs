// What exactly is shared, tried as a client would: a preset ticks the boxes and she changes
// them, leaves a life domain and a letter out, sees beforehand exactly what the professional
// will see, and a journal entry marked "alleen voor mij" never leaves her phone: not in the
// viewer, not in the bytes the app uploaded, not in what the relay hands out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OUT, addEntry, byTestId, desktopScreenshot, isoDay, saved, suite, writeStory,
  shareHook, shareBackTo,
} from './harness.mjs';

const run = suite();

const SECTIONS = ['about', 'story', 'domains', 'goals', 'network', 'support', 'money', 'health', 'journal', 'documents'];
// What each preset ticks, written out here on its own so a change in the app shows up.
const PRESETS = {
  wijkteam: ['about', 'story', 'domains', 'goals', 'network', 'support'],
  schuldhulp: ['about', 'domains', 'goals', 'support', 'money', 'documents'],
  ggz: ['about', 'story', 'domains', 'goals', 'network', 'health'],
  huisarts: ['about', 'network', 'support', 'health'],
  clientondersteuner: ['about', 'story', 'domains', 'goals', 'network', 'support', 'documents'],
};
const DOMAINS = ['finances', 'work_education', 'time_use', 'housing', 'domestic_relations',
  'mental_health', 'physical_health', 'addiction', 'adl_activities', 'instrumental_adl', 'social_network',
  'community_participation', 'justice'];

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const pdfWith = (marker) => Buffer.concat([PDF, Buffer.from(`% ${marker}\n`)]);

const FIN_NOTE = 'Achterstand bij de energieleverancier';
const HOUSING_NOTE = 'Woning is goed';
const SECRET = 'Weer een brief van de deurwaarder. Niet opengemaakt.';
const SHARED_NOTE = 'Gebeld met de gemeente over de bijzondere bijstand.';

async function checkedSections(page) {
  const out = [];
  for (const key of SECTIONS) {
    if (await byTestId(page, `share-section-${key}`).isChecked()) out.push(key);
  }
  return out;
}

async function score(page, domain, value, note) {
  await byTestId(page, `domain-score-${domain}`).click();
  await byTestId(page, `score-value-${value}`).check();
  await byTestId(page, 'score-date').fill(isoDay(0));
  await byTestId(page, 'score-note').fill(note);
  await byTestId(page, 'score-save').click();
  await byTestId(page, 'score-form').waitFor({ state: 'detached' });
}

async function addPdf(page, name, bytes) {
  const items = byTestId(page, 'doc-item');
  const before = await items.count();
  await byTestId(page, 'doc-choose-file').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: bytes });
  await byTestId(page, 'doc-name').fill(name);
  await byTestId(page, 'doc-save').click();
  await items.nth(before).waitFor({ timeout: 30_000 });
}

/** The texts of the cards a page shows, by section key (`view-section-<key>`); textContent,
 * so the width of the screen (which shows or hides labels) does not count. */
async function cards(page, within) {
  return page.locator(`${within} [data-testid^="view-section-"]`).evaluateAll((els) =>
    Object.fromEntries(els.map((el) => [el.dataset.testid.replace('view-section-', ''), el.textContent.trim()])));
}

/** Decrypts an age file with the Debian `age` tool and the key from a share link. */
function ageOpen(link, ciphertext) {
  const key = link.split('#')[1].split('.')[2];
  const dir = mkdtempSync(join(tmpdir(), 'regie-choice-'));
  writeFileSync(join(dir, 'key.txt'), `AGE-SECRET-KEY-1${key.toUpperCase()}\n`, { mode: 0o600 });
  writeFileSync(join(dir, 'content.age'), ciphertext);
  return execFileSync('age', ['-d', '-i', join(dir, 'key.txt'), join(dir, 'content.age')]);
}

/** The content part of a share upload: params and preview are length-prefixed, the content runs to the end. */
function uploadedContent(body) {
  const head = body.readUInt32BE(0);
  const previewLen = body.readUInt32BE(4 + head);
  return body.subarray(8 + head + previewLen);
}

test('a preset ticks the boxes, the client changes them, leaves a domain and a letter out, and the preview is what the professional sees', async () => {
  const { context, page } = await run.phoneWithDossier();
  await byTestId(page, 'nav-about').click();
  await byTestId(page, 'about-name').fill('Samira de Vries');
  await writeStory(page, 'Mijn verhaal in het kort.');
  await byTestId(page, 'nav-domains').click();
  await score(page, 'finances', 2, FIN_NOTE);
  await score(page, 'housing', 4, HOUSING_NOTE);
  await byTestId(page, 'nav-documents').click();
  await addPdf(page, 'Brief deurwaarder', pdfWith('LETTER-LEFT-OUT'));
  await addPdf(page, 'Jaaropgave', pdfWith('LETTER-SHARED'));
  await saved(page);

  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  // Nothing ticked at first, and the preview says so.
  assert.equal(await (await shareHook(page, 'share-preset')).inputValue(), 'custom');
  assert.deepEqual(await checkedSections(page), []);
  await byTestId(page, 'share-preview-empty').waitFor({ state: 'attached' });
  assert.deepEqual(
    await byTestId(page, 'share-preset').locator('option').evaluateAll((os) => os.map((o) => o.value)),
    ['custom', 'wijkteam', 'schuldhulp', 'ggz', 'huisarts', 'clientondersteuner'],
  );

  // Every preset ticks its own boxes, and never the journal.
  for (const [preset, expected] of Object.entries(PRESETS)) {
    await (await shareHook(page, 'share-preset')).selectOption(preset);
    assert.deepEqual(await checkedSections(page), expected, preset);
  }
  // Changing a box makes the choice her own; choosing "Zelf kiezen" keeps the boxes.
  await (await shareHook(page, 'share-preset')).selectOption('schuldhulp');
  await (await shareHook(page, 'share-section-story')).check();
  assert.equal(await byTestId(page, 'share-preset').inputValue(), 'custom');
  assert.deepEqual(await checkedSections(page), ['about', 'story', 'domains', 'goals', 'support', 'money', 'documents']);
  await byTestId(page, 'share-section-story').uncheck();
  // Back to the first step: the boxes stay as they are.
  await (await shareBackTo(page, 'share-preset')).selectOption('custom');
  assert.deepEqual(await checkedSections(page), PRESETS.schuldhulp);

  // Life domains: all ticked, one left out; they hide with their section.
  await shareHook(page, 'share-domain-finances');
  for (const domain of DOMAINS) {
    assert.equal(await byTestId(page, `share-domain-${domain}`).isChecked(), true, domain);
  }
  await byTestId(page, 'share-domain-finances').uncheck();
  await (await shareBackTo(page, 'share-section-domains')).uncheck();
  assert.equal(await byTestId(page, 'share-domain-housing').count(), 0);
  await (await shareHook(page, 'share-section-domains')).check();
  assert.equal(await (await shareHook(page, 'share-domain-finances')).isChecked(), false, 'still left out');

  // Documents one by one: both ticked, the letter from the bailiff left out.
  const docs = page.locator('[data-testid^="share-document-"]');
  assert.equal(await docs.count(), 2);
  const letter = page.locator('li', { hasText: 'Brief deurwaarder' }).locator('input[data-testid^="share-document-"]');
  assert.equal(await letter.isChecked(), true);
  assert.equal(await page.locator('li', { hasText: 'Jaaropgave' }).locator('input').isChecked(), true);
  await letter.uncheck();

  await (await shareHook(page, 'share-recipient')).fill('Anna, schuldhulp');
  // The preview, one tap away: the viewer's own cards, for exactly what was chosen.
  const preview = byTestId(page, 'share-preview');
  await byTestId(page, 'share-preview-open').click();
  await preview.locator('.share-preview-view').waitFor();
  const previewText = await preview.innerText();
  assert.ok(!previewText.includes(FIN_NOTE), 'the domain left out is not in the preview');
  assert.ok(previewText.includes(HOUSING_NOTE), 'the domain kept is in the preview');
  assert.ok(!previewText.includes('Brief deurwaarder'), 'the letter left out is not in the preview');
  assert.ok(previewText.includes('Jaaropgave'));
  const previewLine = (await byTestId(page, 'share-preview-summary').innerText()).trim();
  assert.match(previewLine, /^Anna, schuldhulp ziet: Over mij, Leefgebieden \(zonder [^)]+\), Doelen en afspraken, Hulp en aanvragen, Geld, Documenten \(1 van 2\)\.$/);
  const previewCards = await cards(page, '[data-testid="share-preview"]');
  assert.deepEqual(Object.keys(previewCards), PRESETS.schuldhulp);
  await page.screenshot({ path: join(OUT, 'share-choice-form-360.png'), fullPage: true });
  await preview.screenshot({ path: join(OUT, 'share-choice-preview-360.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(OUT, 'share-choice-form-desktop.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });

  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'share-qr').waitFor({ timeout: 20_000 });
  // The QR screen repeats it in one line.
  assert.equal((await byTestId(page, 'share-summary').innerText()).trim(), previewLine);
  await page.screenshot({ path: join(OUT, 'share-choice-made-360.png'), fullPage: true });
  const link = (await byTestId(page, 'share-link').innerText()).trim();

  const anna = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const viewer = await anna.newPage();
  await viewer.goto(link);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor({ timeout: 20_000 });
  const viewerCards = await cards(viewer, '[data-testid="view"]');
  assert.deepEqual(Object.keys(viewerCards), Object.keys(previewCards));
  // Card by card the same words; only a document's file differs (a button there, a note here).
  for (const key of ['about', 'goals', 'support']) {
    assert.equal(viewerCards[key], previewCards[key], key);
  }
  // The life domains: the same scores, in the client's plain words on her phone and the
  // matrix's for the professional.
  assert.ok(previewCards.domains.includes('4 van 5: Het gaat goed. Meestal lukt het mij zelf.'), previewCards.domains);
  assert.ok(previewCards.domains.includes('Voor jezelf zorgen (wassen, aankleden, eten)'));
  assert.ok(!/zelfredzaam|Basale ADL/.test(previewCards.domains), previewCards.domains);
  assert.ok(viewerCards.domains.includes('4 van 5: voldoende zelfredzaam'), viewerCards.domains);
  assert.ok(viewerCards.domains.includes('Basale ADL'));
  const shown = await byTestId(viewer, 'view').innerText();
  assert.ok(!shown.includes(FIN_NOTE), 'the domain left out is absent');
  assert.equal(await viewer.locator('[data-testid="view"] tr[data-domain="finances"] .score').count(), 0);
  assert.equal(await viewer.locator('[data-testid="view"] tr[data-domain="housing"] .score[data-score="4"]').count(), 1);
  assert.ok(!shown.includes('Brief deurwaarder'), 'the letter left out is absent');
  assert.ok(shown.includes('Jaaropgave'));
  assert.equal(await byTestId(viewer, 'view-doc-open-pdf').count(), 1, 'only the chosen file arrived');
  await anna.close();
  await context.close();
});

test('a journal entry "alleen voor mij" is not in the preview, the viewer, the upload or the relay', async () => {
  const { context, page } = await run.phoneWithDossier();
  await byTestId(page, 'nav-journal').click();
  await addEntry(page, 'journal', { title: 'Gemeente', text: SHARED_NOTE });
  await addEntry(page, 'journal', { title: 'Deurwaarder', text: SECRET, private: true });
  assert.equal(await byTestId(page, 'journal-private-label').count(), 1);
  const privateItem = byTestId(page, 'journal-item').filter({ hasText: 'Deurwaarder' });
  assert.match(await privateItem.innerText(), /Alleen voor mij/);
  await page.screenshot({ path: join(OUT, 'journal-private-360.png'), fullPage: true });
  // Kept after an edit: the box shows it, and unticking is possible.
  await privateItem.locator('[data-testid="journal-edit"]').click();
  assert.equal(await byTestId(page, 'journal-private').isChecked(), true);
  await byTestId(page, 'journal-save').click();
  await saved(page);

  // The client's upload, as it leaves the phone.
  let upload = null;
  page.on('request', (req) => {
    if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/shares') upload = req.postDataBuffer();
  });
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  await (await shareHook(page, 'share-section-journal')).check();
  await (await shareHook(page, 'share-recipient')).fill('Kees, wijkteam');
  await byTestId(page, 'share-preview-open').click();
  // The fold is drawn when it opens: read it once it is there.
  await byTestId(page, 'share-preview').locator('.share-preview-view').waitFor();
  const preview = await byTestId(page, 'share-preview').innerText();
  assert.ok(preview.includes(SHARED_NOTE));
  assert.ok(!preview.includes(SECRET), 'not in the preview');
  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'share-qr').waitFor({ timeout: 20_000 });
  assert.equal(
    (await byTestId(page, 'share-summary').innerText()).trim(),
    'Kees, wijkteam ziet: Dagboek (zonder 1 notitie alleen voor mij).',
  );
  const link = (await byTestId(page, 'share-link').innerText()).trim();

  assert.ok(upload, 'the upload was seen');
  const uploaded = ageOpen(link, uploadedContent(upload));
  assert.ok(uploaded.includes(SHARED_NOTE), 'the upload decrypts with the link key');
  assert.ok(!uploaded.includes(SECRET), 'the private entry was never uploaded');
  assert.ok(!uploaded.includes('Deurwaarder'));

  const kees = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const viewer = await kees.newPage();
  await viewer.goto(link);
  const served = viewer.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/open'));
  await byTestId(viewer, 'view-open').click();
  const fromRelay = ageOpen(link, await (await served).body());
  assert.ok(fromRelay.includes(SHARED_NOTE), 'what the relay holds decrypts with the link key');
  assert.ok(!fromRelay.includes(SECRET), 'the relay never had the private entry');
  await byTestId(viewer, 'view').waitFor({ timeout: 20_000 });
  const shown = await byTestId(viewer, 'view').innerText();
  assert.ok(shown.includes(SHARED_NOTE));
  assert.ok(!shown.includes(SECRET), 'the viewer does not show it');
  assert.ok(!shown.includes('Deurwaarder'));
  await kees.close();

  // The personal plan carries no journal entry at all, so no private one either.
  await byTestId(page, 'nav-home').click();
  await byTestId(page, 'plan-print').click();
  await byTestId(page, 'plan').waitFor();
  assert.ok(!(await byTestId(page, 'plan').innerText()).includes(SECRET));
  await desktopScreenshot(page, 'nav-journal', 'journal-private-desktop');
  await context.close();
});
