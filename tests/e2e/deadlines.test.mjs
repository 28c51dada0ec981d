// The law's clocks at 360 px: a Wmo melding counts down its seven days (personal plan) and
// six weeks (investigation) on the start screen, says what the client may do once a deadline
// has passed, and a decision's objection deadline is suggested past a holiday and can be
// changed. The browser's clock is set, so every date is a known answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  OUT, axe, byTestId, createDossier, fillForm, phoneContext, suite, unlock,
} from './harness.mjs';

const run = suite();

const texts = (locator) => locator.evaluateAll((els) => els.map((el) => el.innerText.trim()));

test('a Wmo melding shows its six-week and seven-day clocks, then what to do when late', async () => {
  const context = await phoneContext(run.browser);
  const page = await context.newPage();
  // Thursday 10 December 2026, two days after the melding.
  await page.clock.install({ time: new Date(2026, 11, 10, 10, 0) });
  await page.goto(run.server.url);
  await createDossier(page);

  await byTestId(page, 'nav-support').click();
  await byTestId(page, 'application-add').click();
  await fillForm(page, 'application', {
    where: 'Gemeente Utrecht, Wmo-loket',
    what: 'Hulp bij het huishouden',
    'applied-on': '2026-12-08',
    procedure: 'wmo_report',
  });
  await page.screenshot({ path: join(OUT, 'deadlines-form-360.png'), fullPage: true });
  await axe(page, 'the application form with its procedure');
  await byTestId(page, 'application-save').click();
  const card = byTestId(page, 'application-item').first();
  await card.waitFor();
  assert.deepEqual(await texts(card.locator('[data-testid="application-deadline"]')), [
    'Je mag tot en met 15 december 2026 een persoonlijk plan aan de gemeente geven. '
      + 'Daarin schrijf je zelf wat je nodig hebt. Dit staat in de wet: Wmo 2015, art. 2.3.2 lid 2.',
    'De gemeente moet uiterlijk 19 januari 2027 klaar zijn met het onderzoek naar je melding. '
      + 'Dit staat in de wet: Wmo 2015, art. 2.3.2 lid 1.',
  ]);
  assert.match(await card.innerText(), /Soort aanvraag: Wmo: melding/);
  await card.screenshot({ path: join(OUT, 'deadlines-card-360.png') });

  // The start screen counts both down, the nearest first.
  await byTestId(page, 'nav-home').click();
  const clocks = byTestId(page, 'deadline-clock');
  await clocks.first().waitFor();
  assert.deepEqual(
    await clocks.evaluateAll((els) => els.map((el) => el.dataset.rule)),
    ['wmo_personal_plan', 'wmo_investigation'],
  );
  assert.deepEqual(await texts(byTestId(page, 'deadline-clock-text')), [
    'Nog 5 dagen: je mag tot en met 15 december 2026 een persoonlijk plan aan de gemeente geven. '
      + 'Daarin schrijf je zelf wat je nodig hebt.',
    'Nog 40 dagen: de gemeente moet uiterlijk 19 januari 2027 klaar zijn met het onderzoek naar je melding.',
  ]);
  assert.equal(await byTestId(page, 'deadline-clock-action').count(), 0);
  await byTestId(page, 'deadline-clocks').screenshot({ path: join(OUT, 'deadlines-home-360.png') });
  await axe(page, 'the start screen with two clocks');

  // 7 January 2027: twelve days left of the six weeks; the seven days are over and gone.
  await page.clock.setSystemTime(new Date(2027, 0, 7, 10, 0));
  await page.reload();
  await unlock(page);
  await byTestId(page, 'deadline-clock').first().waitFor();
  assert.deepEqual(await texts(byTestId(page, 'deadline-clock-text')), [
    'Nog 12 dagen: de gemeente moet uiterlijk 19 januari 2027 klaar zijn met het onderzoek naar je melding.',
  ]);

  // 20 January 2027: too late, and what the client may do now.
  await page.clock.setSystemTime(new Date(2027, 0, 20, 10, 0));
  await page.reload();
  await unlock(page);
  const late = byTestId(page, 'deadline-clock');
  await late.first().waitFor();
  assert.equal(await late.count(), 1);
  assert.equal(await late.first().getAttribute('data-passed'), 'true');
  assert.equal(
    await byTestId(page, 'deadline-clock-text').innerText(),
    'Te laat: de gemeente moest uiterlijk 19 januari 2027 klaar zijn met het onderzoek naar je melding.',
  );
  assert.match(await byTestId(page, 'deadline-clock-action').innerText(),
    /^Wat kun je doen\? Vraag de gemeente wanneer het onderzoek klaar is\. Je mag ook nu al een aanvraag doen\./);
  await byTestId(page, 'deadline-clocks').screenshot({ path: join(OUT, 'deadlines-late-360.png') });
  await axe(page, 'the start screen with a passed clock');

  // Granted: the application no longer waits, so its clock stops.
  await late.first().locator('button').click();
  await byTestId(page, 'application-edit').first().click();
  await byTestId(page, 'application-status').selectOption('granted');
  await byTestId(page, 'application-save').click();
  await byTestId(page, 'nav-home').click();
  await byTestId(page, 'section-home').waitFor();
  assert.equal(await byTestId(page, 'deadline-clocks').count(), 0);

  // A decision of Friday 13 November 2026: six weeks end on Christmas Day, so the suggested
  // last day to object is Monday 28 December; the client can still change it.
  await byTestId(page, 'nav-support').click();
  await byTestId(page, 'decision-add').click();
  await byTestId(page, 'decision-what').fill('Afwijzing huishoudelijke hulp');
  await byTestId(page, 'decision-date').fill('2026-11-13');
  assert.equal(await byTestId(page, 'decision-objection').inputValue(), '2026-12-28');
  await byTestId(page, 'decision-objection').fill('2026-12-24');
  await byTestId(page, 'decision-save').click();
  const decision = byTestId(page, 'decision-item').first();
  await decision.waitFor();
  const decisionText = await decision.innerText();
  assert.ok(decisionText.includes('24-12-2026'), decisionText);
  assert.ok(!decisionText.includes('berekend'), decisionText);
  await context.close();
});
