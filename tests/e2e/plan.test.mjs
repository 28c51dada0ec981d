// The personal plan on paper, as a client makes it on a 360 px phone for the Wmo consultant:
// a dossier with a name, a story, goals with steps and scores; the plan opened from the
// start screen and from settings; Chromium's PDF of it read back with `pdftotext`, holding
// what the client chose and none of the app's buttons or navigation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OUT, byTestId, unlock, saved, isoDay, axe, suite,
} from './harness.mjs';

const run = suite();

const TMP = mkdtempSync(join(tmpdir(), 'regie-plan-'));
const NAME = 'Jannie Brouwer-Kolk';
const STORY = 'Sinds mijn man overleed red ik de administratie niet meer alleen.';
const GOAL = 'Mijn post en rekeningen weer op orde';
const OWN_STEP = 'Elke maandag de post openen met Fenna';
const NETWORK_STEP = 'Samen naar het inloopspreekuur fietsen';
// What the app shows around the plan, which must not reach paper.
const APP_WORDS = [
  'Afdrukken of opslaan als PDF', 'Wat komt in je plan?', 'Vergrendelen', 'Mijn dossier',
  'Naar de inhoud', 'Naar een ander onderdeel', 'Toegankelijkheid', 'English',
  'papier en een pdf zijn niet versleuteld',
];

const pathOf = (page) => new URL(page.url()).pathname;
const oneLine = (text) => text.replace(/\s+/g, ' ');

/** Chromium's PDF of the page as printed (A4, print media), read back as plain text. */
async function printed(page, name) {
  const pdf = join(TMP, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  // The first page as a picture, to look at the paper version.
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(OUT, name)]);
  return oneLine(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
}

async function fillDossier(page) {
  await byTestId(page, 'nav-about').click();
  await byTestId(page, 'about-name').fill(NAME);
  await saved(page);

  await byTestId(page, 'nav-story').click();
  await byTestId(page, 'story-text').fill(STORY);
  await saved(page);

  await byTestId(page, 'nav-domains').click();
  await byTestId(page, 'domain-score-finances').click();
  await byTestId(page, 'score-value-2').check();
  await byTestId(page, 'score-date').fill(isoDay(0));
  await byTestId(page, 'score-save').click();
  await saved(page);
  await byTestId(page, 'domain-score-housing').click();
  await byTestId(page, 'score-value-4').check();
  await byTestId(page, 'score-by-pro').check();
  await byTestId(page, 'score-pro-name').fill('Sanne de Vries');
  await byTestId(page, 'score-date').fill(isoDay(0));
  await byTestId(page, 'score-save').click();
  await saved(page);

  await byTestId(page, 'nav-goals').click();
  await byTestId(page, 'goal-add').click();
  await byTestId(page, 'goal-title').fill(GOAL);
  await byTestId(page, 'goal-save').click();
  await saved(page);
  const goal = byTestId(page, 'goal-item').first();
  await goal.locator('[data-testid="agreement-add"]').click();
  await byTestId(page, 'agreement-what').fill(OWN_STEP);
  await byTestId(page, 'agreement-due').fill(isoDay(7));
  await byTestId(page, 'agreement-save').click();
  await saved(page);
  await goal.locator('[data-testid="agreement-add"]').click();
  await byTestId(page, 'agreement-what').fill(NETWORK_STEP);
  await byTestId(page, 'agreement-owner-network').check();
  await byTestId(page, 'agreement-owner-name').fill('Fenna');
  await byTestId(page, 'agreement-save').click();
  await saved(page);
}

test('the personal plan prints what the client chose, without the app around it', async () => {
  const { context, page } = await run.phoneWithDossier();
  await fillDossier(page);

  // From the start screen.
  await byTestId(page, 'nav-home').click();
  await byTestId(page, 'section-home').waitFor();
  await byTestId(page, 'plan-print').click();
  await byTestId(page, 'plan').waitFor();
  assert.equal(pathOf(page), '/plan');
  assert.match(await byTestId(page, 'plan-not-encrypted').innerText(),
    /papier en een pdf zijn niet versleuteld/);
  // Every part with something in it is ticked; the empty ones cannot be.
  for (const key of ['about', 'domains', 'goals', 'own', 'network', 'story']) {
    assert.equal(await byTestId(page, `plan-section-${key}`).isChecked(), true, key);
  }
  for (const key of ['support', 'applications']) {
    assert.equal(await byTestId(page, `plan-section-${key}`).isChecked(), false, key);
    assert.equal(await byTestId(page, `plan-section-${key}`).isDisabled(), true, key);
  }
  await page.screenshot({ path: join(OUT, 'plan-360.png'), fullPage: true });
  await page.screenshot({ path: join(OUT, 'plan-360-top.png') });
  await axe(page, 'the personal plan');

  const asOf = (await byTestId(page, 'plan-as-of').innerText()).trim();
  assert.match(asOf, /^Stand van \d{1,2} [a-z]+ \d{4}$/);
  const paper = await printed(page, 'plan-a4');
  for (const text of [
    `Persoonlijk plan van ${NAME}`, asOf, 'Wie ben ik', 'Mijn situatie per leefgebied',
    'Wat wil ik bereiken', 'Wat doe ik zelf', 'Wat doet mijn netwerk', STORY, GOAL, OWN_STEP,
    NETWORK_STEP, 'Financiën', '2 van 5', '4 van 5', 'Sanne de Vries', 'Wat de cijfers betekenen',
  ]) {
    assert.ok(paper.includes(text), `on paper: ${text}`);
  }
  for (const text of APP_WORDS) assert.ok(!paper.includes(text), `not on paper: ${text}`);
  for (const empty of ['Welke hulp heb ik nodig', 'Lopende aanvragen']) {
    assert.ok(!paper.includes(empty), `an empty part stays off paper: ${empty}`);
  }

  // Left out, it is gone from paper; the rest stays.
  await byTestId(page, 'plan-section-story').uncheck();
  await byTestId(page, 'plan-section-network').uncheck();
  const shorter = await printed(page, 'plan-a4-without-story');
  assert.ok(!shorter.includes(STORY), 'the story was left out');
  assert.ok(!shorter.includes('Mijn verhaal'), 'and its heading');
  assert.ok(!shorter.includes(NETWORK_STEP) && !shorter.includes('Wat doet mijn netwerk'));
  assert.ok(shorter.includes(GOAL) && shorter.includes(OWN_STEP) && shorter.includes('2 van 5'));
  await byTestId(page, 'plan-section-story').check();

  // The button hands the page to the browser's print dialog.
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
  });
  await byTestId(page, 'plan-print-now').click();
  assert.equal(await page.evaluate(() => window.__printed), 1);

  // Back returns to the start screen; from settings, Back returns to settings.
  await page.goBack();
  await byTestId(page, 'section-home').waitFor();
  await byTestId(page, 'nav-more').click();
  await byTestId(page, 'nav-settings').click();
  await byTestId(page, 'section-settings').waitFor();
  await byTestId(page, 'plan-print').click();
  await byTestId(page, 'plan').waitFor();
  assert.equal(pathOf(page), '/plan');
  await page.goBack();
  await byTestId(page, 'section-settings').waitFor();
  await page.goForward();
  await byTestId(page, 'plan').waitFor();

  // A reload asks for the passphrase, then shows the plan again, built afresh.
  await page.reload();
  await byTestId(page, 'passphrase').waitFor();
  assert.equal(await byTestId(page, 'plan').count(), 0, 'nothing shown while locked');
  await unlock(page);
  await byTestId(page, 'plan').waitFor();
  assert.equal(await byTestId(page, 'plan-section-story').isChecked(), true);

  // The plan is for the municipality: in Dutch whatever the screen's language. A Dutch
  // screen offers no second language.
  assert.equal(await byTestId(page, 'plan-beside').count(), 0);
  await byTestId(page, 'lang-select').selectOption('en');
  await page.locator('html[lang="en"]').waitFor();
  await byTestId(page, 'plan-beside').waitFor();
  assert.equal((await page.locator('label[for="plan-beside"]').innerText()).trim(), 'Also in English');
  assert.equal((await page.locator('#plan-title').innerText()).trim(), 'Personal plan');
  assert.equal(await byTestId(page, 'plan-document').getAttribute('lang'), 'nl');
  const dutch = await printed(page, 'plan-a4-screen-en');
  assert.ok(dutch.includes(`Persoonlijk plan van ${NAME}`) && dutch.includes('Wat doe ik zelf'));
  assert.ok(!dutch.includes('What I do myself'), 'no English on paper unless asked');
  // Asked for, the client's language comes beside it, after the Dutch.
  await byTestId(page, 'plan-beside').check();
  await page.locator('[data-testid="plan-translated-part-goals"] h2', { hasText: 'What I want to achieve' })
    .waitFor();
  assert.equal(await byTestId(page, 'plan-translated-document').getAttribute('lang'), 'en');
  await axe(page, 'the personal plan with English beside the Dutch');
  const both = await printed(page, 'plan-a4-nl-en');
  assert.ok(both.includes(`Persoonlijk plan van ${NAME}`) && both.includes('Wat doe ik zelf'));
  assert.ok(both.includes(`Personal plan of ${NAME}`) && both.includes('What I do myself'));
  assert.ok(both.indexOf('Wat doe ik zelf') < both.indexOf('What I do myself'), 'Dutch first');
  assert.ok(!both.includes('Print or save as PDF'));
  await byTestId(page, 'lang-select').selectOption('nl');
  await page.locator('html[lang="nl"]').waitFor();
  assert.equal(await byTestId(page, 'plan-translated-document').count(), 0);
  await page.locator('[data-testid="plan-part-goals"] h2', { hasText: 'Wat wil ik bereiken' }).waitFor();

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(OUT, 'plan-desktop.png'), fullPage: true });
  await page.screenshot({ path: join(OUT, 'plan-desktop-top.png') });
  await axe(page, 'the personal plan on a desktop');
  await context.close();
});

test('an empty dossier says what to fill in first, and prints no plan', async () => {
  const { context, page } = await run.phoneWithDossier();
  await byTestId(page, 'plan-print').click();
  await byTestId(page, 'plan').waitFor();
  assert.match(await byTestId(page, 'plan-empty').innerText(), /nog niets in je dossier/);
  assert.equal(await byTestId(page, 'plan-document').count(), 0);
  for (const key of ['about', 'domains', 'goals', 'story']) {
    assert.equal(await byTestId(page, `plan-section-${key}`).isDisabled(), true, key);
  }
  await context.close();
});
