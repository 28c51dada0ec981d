// Netwerk, Hulp en aanvragen, Gezondheid, Dagboek, the home screen's attention list and
// search, tried as a client would at 360 px wide.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import {
  OUT, ROOT, PASSPHRASE, byTestId, unlock, saved, isoDay, dutchDay, suite, addEntry, makeShare,
  fillForm, desktopScreenshot,
} from './harness.mjs';

const run = suite();

async function noAxeViolations(page, where) {
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
  assert.deepEqual(found, [], `accessibility problems on ${where}`);
}

/** The first day from `days` ahead that is a Tuesday or Wednesday and not a fixed holiday of
 * the Algemene termijnenwet (1 January, 27 April, 5 May, 25 and 26 December). */
function tuesdayOrWednesdayFrom(days) {
  for (let n = days; ; n++) {
    const [y, m, d] = isoDay(n).split('-').map(Number);
    const weekday = new Date(y, m - 1, d).getDay();
    const fixed = ['1-1', '4-27', '5-5', '12-25', '12-26'].includes(`${m}-${d}`);
    if ((weekday === 2 || weekday === 3) && !fixed) return n;
  }
}

const HOSTILE = '<img src=x onerror="window.__pwned=1">Sanne <b>Bakker</b><script>window.__pwned=2</script>';

test('network, support, health, journal, attention and search, kept across unlock', async () => {
  const { context, page } = await run.phoneWithDossier();

  // An empty dossier: nothing needs attention.
  await byTestId(page, 'attention-none').waitFor();

  // -- Netwerk: an empty list invites the first entry; a name is required.
  await byTestId(page, 'nav-network').click();
  await byTestId(page, 'section-network').waitFor();
  assert.match(await byTestId(page, 'contact-empty').innerText(), /nog niemand/);
  await byTestId(page, 'contact-add').click();
  await byTestId(page, 'contact-phone').fill('06-1234 5678');
  await byTestId(page, 'contact-save').click();
  assert.match(await byTestId(page, 'error').innerText(), /Vul een naam in/);
  await page.screenshot({ path: join(OUT, 'lists-contact-error-360.png'), fullPage: true });
  assert.equal(await byTestId(page, 'contact-item').count(), 0, 'nothing stored on a mistake');

  await fillForm(page, 'contact', {
    name: HOSTILE,
    role: 'Cliëntondersteuner',
    organisation: 'MEE Utrecht',
    email: 'sanne@example.nl',
    since: '2023-09-01',
    first: true,
  });
  await byTestId(page, 'contact-save').click();
  const contact = byTestId(page, 'contact-item').first();
  await contact.waitFor();
  assert.equal(await contact.locator('a[href="tel:0612345678"]').innerText(), '06-1234 5678');
  assert.equal(await contact.locator('a[href="mailto:sanne@example.nl"]').count(), 1);
  assert.equal(await contact.locator('[data-testid="first-contact"]').count(), 1);
  // HTML typed by the client is shown as the text it is, and never runs.
  assert.equal(await contact.locator('h3').innerText(), HOSTILE);
  assert.equal(await contact.locator('img, b, script').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  // A second contact made first contact takes the mark over.
  await addEntry(page, 'contact', { name: 'Fatima (zus)' });
  await byTestId(page, 'contact-item').nth(1).locator('[data-testid="contact-edit"]').click();
  await byTestId(page, 'contact-first').check();
  await byTestId(page, 'contact-save').click();
  await page.locator('[data-testid="contact-item"]:first-child:has-text("Fatima")').waitFor();
  assert.equal(await byTestId(page, 'first-contact').count(), 1);
  assert.equal(await byTestId(page, 'contact-item').nth(1).locator('[data-testid="first-contact"]').count(), 0);
  await page.screenshot({ path: join(OUT, 'lists-network-360.png'), fullPage: true });
  await noAxeViolations(page, 'network');

  // -- Hulp en aanvragen: a decision; the objection deadline fills in at six weeks.
  await byTestId(page, 'nav-support').click();
  await byTestId(page, 'section-support').waitFor();
  await byTestId(page, 'decision-add').click();
  await byTestId(page, 'decision-what').fill('Huishoudelijke hulp (Wmo)');
  await byTestId(page, 'decision-issuer').fill('Gemeente Utrecht');
  // Six weeks end on a Tuesday or Wednesday that is no holiday, so the Algemene termijnenwet
  // leaves the suggested deadline where it is (its own rules are tested natively).
  const ahead = tuesdayOrWednesdayFrom(8);
  const decided = isoDay(ahead - 42);
  const deadline = isoDay(ahead);
  await byTestId(page, 'decision-date').fill(decided);
  assert.equal(await byTestId(page, 'decision-objection').inputValue(), deadline);
  // An end before the start is explained and not stored.
  await byTestId(page, 'decision-valid-from').fill(isoDay(-20));
  await byTestId(page, 'decision-valid-until').fill(isoDay(-21));
  await byTestId(page, 'decision-save').click();
  assert.match(await byTestId(page, 'error').innerText(), /einddatum ligt vóór de begindatum/);
  assert.equal(await byTestId(page, 'decision-item').count(), 0);
  await page.screenshot({ path: join(OUT, 'lists-decision-error-360.png'), fullPage: true });
  await byTestId(page, 'decision-valid-until').fill(isoDay(40));
  await byTestId(page, 'decision-save').click();
  const decision = byTestId(page, 'decision-item').first();
  await decision.waitFor();
  const decisionText = await decision.innerText();
  assert.ok(decisionText.includes(`${dutchDay(deadline)} (berekend: zes weken`), decisionText);

  await addEntry(page, 'application', {
    where: 'Woningnet',
    what: 'Urgentie',
    status: 'waiting_list',
  });
  assert.match(await byTestId(page, 'application-item').innerText(), /Op de wachtlijst/);
  await page.screenshot({ path: join(OUT, 'lists-support-360.png'), fullPage: true });
  await noAxeViolations(page, 'support');

  // -- Gezondheid: a medication; deleting asks first, on the page itself.
  await byTestId(page, 'nav-health').click();
  await addEntry(page, 'medication', { name: 'Sertraline', dose: '50 mg', when: "'s ochtends" });
  await byTestId(page, 'allergy-add').click();
  await byTestId(page, 'allergy-name').fill('Penicilline');
  await byTestId(page, 'allergy-save').click();
  await byTestId(page, 'allergy-delete').click();
  await byTestId(page, 'allergy-delete-cancel').click();
  assert.equal(await byTestId(page, 'allergy-item').count(), 1);
  await byTestId(page, 'allergy-delete').click();
  await page.screenshot({ path: join(OUT, 'lists-health-confirm-360.png'), fullPage: true });
  await byTestId(page, 'allergy-delete-confirm').click();
  await byTestId(page, 'allergy-empty').waitFor();
  assert.equal(await byTestId(page, 'allergy-item').count(), 0);
  await noAxeViolations(page, 'health');

  // -- Dagboek: an appointment tomorrow and a note with script in it.
  await byTestId(page, 'nav-journal').click();
  assert.match(await byTestId(page, 'journal-empty').innerText(), /nog leeg/);
  await byTestId(page, 'journal-add-1').click();
  assert.equal(await byTestId(page, 'journal-kind').inputValue(), 'appointment');
  await fillForm(page, 'journal', {
    date: isoDay(1),
    time: '10:30',
    title: 'Gesprek schuldhulp',
    'with-whom': 'Kees, wijkteam',
    place: 'Buurthuis De Pijler',
  });
  await byTestId(page, 'journal-save').click();
  await byTestId(page, 'journal-add').click();
  await byTestId(page, 'journal-date').fill(isoDay(-2));
  await byTestId(page, 'journal-text').fill('<script>window.__pwned=3</script>Brief van de gemeente gekregen.');
  await byTestId(page, 'journal-save').click();
  await byTestId(page, 'journal-item').nth(1).waitFor();
  const first = byTestId(page, 'journal-item').first();
  assert.match(await first.innerText(), /Gesprek schuldhulp/, 'newest first');
  assert.match(await first.locator('[data-testid="journal-upcoming"]').innerText(), /Komt nog/);
  const note = byTestId(page, 'journal-item').nth(1);
  assert.match(await note.innerText(), /<script>window.__pwned=3<\/script>Brief/);
  assert.equal(await note.locator('[data-testid="journal-upcoming"]').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.screenshot({ path: join(OUT, 'lists-journal-360.png'), fullPage: true });
  await noAxeViolations(page, 'journal');

  // -- Home: the appointment and the objection deadline need attention.
  await byTestId(page, 'nav-home').click();
  const items = byTestId(page, 'attention-item');
  await items.first().waitFor();
  const appointment = page.locator('[data-testid="attention-item"][data-kind="appointment"]');
  assert.match(await appointment.innerText(), /Gesprek schuldhulp[\s\S]*morgen/);
  const objection = page.locator('[data-testid="attention-item"][data-kind="objection-deadline"]');
  assert.match(await objection.innerText(), new RegExp(`Huishoudelijke hulp[\\s\\S]*${dutchDay(deadline)} \\(over ${ahead} dagen\\)`));
  await page.screenshot({ path: join(OUT, 'lists-home-360.png'), fullPage: true });
  await noAxeViolations(page, 'home');
  await appointment.click();
  await byTestId(page, 'section-journal').waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'journal-item');

  // -- Search finds an entry and goes there.
  await byTestId(page, 'nav-more').click();
  await byTestId(page, 'nav-search').click();
  await byTestId(page, 'search-input').fill('sertra');
  const hit = byTestId(page, 'search-result');
  await hit.first().waitFor();
  assert.equal(await hit.count(), 1);
  assert.match(await hit.innerText(), /Gezondheid[\s\S]*Sertraline/);
  await byTestId(page, 'search-input').fill('utrecht gemeente');
  await page.locator('[data-testid="search-result"][data-section="support"]').waitFor();
  await byTestId(page, 'search-input').fill('sertra');
  await page.screenshot({ path: join(OUT, 'lists-search-360.png'), fullPage: true });
  await noAxeViolations(page, 'search');
  await page.locator('[data-testid="search-result"][data-section="health"]').click();
  await byTestId(page, 'section-health').waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'medication-item');

  // -- Reload and unlock: everything is still there.
  await saved(page);
  await page.reload();
  await unlock(page);
  // The reload comes back on the screen it was on; the start screen is one tap away.
  await byTestId(page, 'section-health').waitFor();
  await byTestId(page, 'nav-home').click();
  await page.locator('[data-testid="attention-item"][data-kind="appointment"]').waitFor();
  await byTestId(page, 'nav-network').click();
  assert.equal(await byTestId(page, 'contact-item').count(), 2);
  assert.equal(await byTestId(page, 'contact-item').nth(1).locator('h3').innerText(), HOSTILE);
  await byTestId(page, 'nav-support').click();
  assert.match(await byTestId(page, 'decision-item').innerText(), /berekend: zes weken/);
  assert.equal(await byTestId(page, 'application-item').count(), 1);
  await byTestId(page, 'nav-health').click();
  assert.match(await byTestId(page, 'medication-item').innerText(), /Sertraline[\s\S]*50 mg/);
  await byTestId(page, 'nav-journal').click();
  assert.equal(await byTestId(page, 'journal-item').count(), 2);

  // Desktop, for the eye.
  await desktopScreenshot(page, 'nav-home', 'lists-home-desktop');
  await context.close();
});

test('the share viewer shows the new sections read-only', async () => {
  const { context, page } = await run.phoneWithDossier();
  await byTestId(page, 'nav-health').click();
  await byTestId(page, 'medication-add').click();
  await byTestId(page, 'medication-name').fill('Metformine');
  await byTestId(page, 'medication-dose').fill('500 mg');
  await byTestId(page, 'medication-save').click();
  await byTestId(page, 'nav-journal').click();
  await byTestId(page, 'journal-add-1').click();
  await byTestId(page, 'journal-date').fill(isoDay(3));
  await byTestId(page, 'journal-with-whom').fill('Huisarts');
  await byTestId(page, 'journal-save').click();
  await saved(page);

  const link = await makeShare(page, { sections: ['health', 'journal'], recipient: 'Anna, wijkteam' });

  const viewer = await (await run.browser.newContext({ locale: 'nl-NL' })).newPage();
  await viewer.goto(link);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor();
  const health = await byTestId(viewer, 'view-section-health').innerText();
  assert.match(health, /Metformine[\s\S]*500 mg/);
  const journal = await byTestId(viewer, 'view-section-journal').innerText();
  assert.match(journal, /Afspraak[\s\S]*Huisarts/);
  await viewer.context().close();
  await context.close();
});

test('500 journal entries: a page at a time, and search reaches an old one', async () => {
  // The dossier is sealed natively with the real vault code, then stored as the app stores it.
  const vault = execFileSync('cargo', ['run', '-q', '-p', 'regie-core', '--example', 'journal_dossier',
    '--', PASSPHRASE, '500', isoDay(0)], { cwd: ROOT, maxBuffer: 64 << 20 }).toString();
  const { context, page } = await run.phone();
  await page.evaluate((text) => localStorage.setItem('regie.vault', text), vault);
  await page.reload();
  await unlock(page);
  // Appointments in the coming two weeks are on the home screen, soonest first.
  await byTestId(page, 'attention-item').first().waitFor();
  const kinds = await byTestId(page, 'attention-item').evaluateAll((els) => els.map((e) => e.dataset.kind));
  assert.ok(kinds.filter((k) => k === 'appointment').length >= 2, kinds.join());
  assert.ok(kinds.includes('objection-deadline'), kinds.join());

  await byTestId(page, 'nav-journal').click();
  await byTestId(page, 'journal-item').first().waitFor();
  assert.equal(await byTestId(page, 'journal-item').count(), 30);
  assert.match(await byTestId(page, 'section-journal').innerText(), /30 van de 500 te zien/);
  await byTestId(page, 'journal-more').click();
  assert.equal(await byTestId(page, 'journal-item').count(), 60);
  await page.screenshot({ path: join(OUT, 'lists-journal-500-360.png') });

  await byTestId(page, 'nav-more').click();

  await byTestId(page, 'nav-search').click();
  await byTestId(page, 'search-input').fill('dagboek 250');
  await byTestId(page, 'search-result').first().waitFor();
  assert.equal(await byTestId(page, 'search-result').count(), 1);
  await byTestId(page, 'search-result').click();
  await byTestId(page, 'section-journal').waitFor();
  await page.waitForFunction(() => document.activeElement?.dataset?.id === 'j250');
  assert.match(await page.evaluate(() => document.activeElement.innerText), /Dagboek 250/);
  await context.close();
});
