// The 2017 Zelfredzaamheid-Matrix of thirteen domains, on a phone of 360 px. Samira's
// dossier was scored on the earlier list of eleven (the published backup fixture, Dagbesteding
// among them): it opens with every score where it was, Dagbesteding as history without a
// button for a new score. She scores Werk & opleiding, new in 2017, each level explained for
// that domain; she shares her life domains with replies allowed, Anna scores Instrumentele
// ADL (also new) from her desk, and Samira accepts it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { OUT, axe, byTestId, makeShare, saved, suite } from './harness.mjs';

const run = suite();

const MATRIX_2017 = ['finances', 'work_education', 'time_use', 'housing', 'domestic_relations',
  'mental_health', 'physical_health', 'addiction', 'adl_activities', 'instrumental_adl',
  'social_network', 'community_participation', 'justice'];
const ELEVEN = ['finances', 'daily_activity', 'housing', 'domestic_relations', 'mental_health',
  'physical_health', 'addiction', 'adl_activities', 'social_network', 'community_participation', 'justice'];
const AUTHOR = 'Anna de Boer, wijkteam Oost';

const cardKeys = (page) => page.locator('[data-testid="section-domains"] li.domain-card')
  .evaluateAll((cards) => cards.map((card) => card.dataset.domain));

test('an eleven-domain dossier opens whole under the 2017 matrix, and new scores go to the new domains', async () => {
  const { page } = await run.phoneWithFixture();
  await byTestId(page, 'nav-domains').click();
  await byTestId(page, 'section-domains').waitFor();

  // Every score of the fixture is there: fourteen, in the domain it was given to.
  assert.equal(await byTestId(page, 'score-entry').count(), 14, 'every score of the old list');
  for (const key of ELEVEN) {
    assert.ok(await byTestId(page, `domain-${key}`).getByTestId('score-entry').count() > 0, key);
  }
  // The thirteen of 2017 in the matrix's order, then Dagbesteding as history.
  assert.deepEqual(await cardKeys(page), [...MATRIX_2017, 'daily_activity']);
  const old = byTestId(page, 'domain-daily_activity');
  assert.equal(await byTestId(page, 'domain-score-daily_activity').count(), 0, 'no new score for Dagbesteding');
  assert.match(await byTestId(page, 'domain-earlier-daily_activity').innerText(),
    /staat niet meer in de lijst\. Je oude scores blijven bewaard\. Een nieuwe score geef je bij Werk & opleiding of bij Hoe je je dagen vult\./);
  assert.match(await old.getByTestId('score-entry').innerText(), /Geen werk\. Wil graag vrijwilligerswerk/);
  assert.match(await old.locator('h2').innerText(), /^Dagbesteding$/);
  // The chart and its table: the latest score per current domain.
  const table = byTestId(page, 'domains-chart-table');
  assert.equal(await table.locator('tbody tr').count(), 13);
  assert.match(await byTestId(page, 'domain-latest-own-work_education').innerText(), /Geen score/);
  assert.match(await byTestId(page, 'domain-latest-own-instrumental_adl').innerText(), /Geen score/);
  await old.scrollIntoViewIfNeeded();
  await old.screenshot({ path: join(OUT, 'matrix-2017-dagbesteding-360.png') });
  await axe(page, 'the life domains of the 2017 matrix, with Dagbesteding as history');

  // A new score goes to Werk & opleiding.
  await byTestId(page, 'domain-score-work_education').click();
  // Each level says what it means on this domain, under the general words.
  assert.equal(await byTestId(page, 'score-level-3').innerText(), 'Ik doe vrijwilligerswerk, of ik werk of leer met hulp.');
  assert.equal(await byTestId(page, 'score-level-1').innerText(), 'Ik heb geen werk en volg geen opleiding. Ik zoek ook niet.');
  await byTestId(page, 'score-value-3').check();
  await byTestId(page, 'domain-work_education').screenshot({ path: join(OUT, 'matrix-2017-work-form-360.png') });
  await axe(page, 'the score form of Werk & opleiding with its levels');
  await byTestId(page, 'score-note').fill('Ik zoek vrijwilligerswerk bij de kringloop.');
  await byTestId(page, 'score-save').click();
  await saved(page);
  const work = byTestId(page, 'domain-work_education');
  assert.match(await byTestId(page, 'domain-latest-own-work_education').innerText(),
    /Mijn score: 3 van 5: Het gaat een beetje\. Met wat hulp lukt het\./);
  assert.equal(await work.getByTestId('score-entry').count(), 1);
  assert.equal(await old.getByTestId('score-entry').count(), 1, 'the old history stays');
  await work.screenshot({ path: join(OUT, 'matrix-2017-work-360.png') });

  // Shared with replies allowed; Anna, at her desk, may score any domain of 2017.
  const link = await makeShare(page, { sections: ['domains'], recipient: 'Anna, wijkteam', replies: true });
  const desk = await run.browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const viewer = await desk.newPage();
  await viewer.goto(link);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor();
  const rows = await viewer.locator('[data-testid="view"] table.scores tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.dataset.domain));
  assert.deepEqual(rows, MATRIX_2017, 'the professional reads the thirteen');
  const history = viewer.locator('[data-testid="view"] .trends li[data-domain="daily_activity"]');
  assert.match(await history.innerText(), /Dagbesteding\n+Leefgebied uit de matrix van vóór 2017 \(nu Werk & opleiding en Tijdsbesteding\)/);
  assert.match(await viewer.locator('[data-testid="view"] tr[data-domain="work_education"]').innerText(),
    /3 van 5: beperkt zelfredzaam/);

  await byTestId(viewer, 'reply-new').click();
  await byTestId(viewer, 'reply-kind').selectOption('score');
  const offered = await byTestId(viewer, 'reply-domain').locator('option')
    .evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
  assert.deepEqual(offered, MATRIX_2017, 'every domain of 2017, Dagbesteding not');
  await byTestId(viewer, 'reply-author').fill(AUTHOR);
  await byTestId(viewer, 'reply-domain').selectOption('instrumental_adl');
  await byTestId(viewer, 'reply-score').selectOption('4');
  await byTestId(viewer, 'reply-text').fill('Boodschappen en post lukken, met de weekplanner.');
  await byTestId(viewer, 'reply-box').screenshot({ path: join(OUT, 'matrix-2017-reply-desktop.png') });
  await axe(viewer, 'the viewer with the 2017 matrix and a score reply');
  await byTestId(viewer, 'reply-send').click();
  await byTestId(viewer, 'reply-sent').waitFor({ timeout: 10_000 });

  // Samira reads it in her own words and accepts it.
  await byTestId(page, 'nav-home').click();
  const item = byTestId(page, 'reply-item').first();
  await item.waitFor({ timeout: 20_000 });
  assert.match(await item.innerText(), /Huishouden en regelen \(boodschappen, post, vervoer\)/);
  await item.getByTestId('reply-accept').click();
  await item.waitFor({ state: 'detached' });
  await byTestId(page, 'nav-domains').click();
  await byTestId(page, 'section-domains').waitFor();
  assert.match(await byTestId(page, 'domain-latest-pro-instrumental_adl').innerText(),
    /4 van 5: Het gaat goed\. Meestal lukt het mij zelf\./);
  const iadl = byTestId(page, 'domain-instrumental_adl');
  assert.match(await iadl.innerText(), /Boodschappen en post lukken/);
  assert.match(await iadl.innerText(), /Anna de Boer/);
  assert.equal(await byTestId(page, 'score-entry').count(), 16, 'fourteen old scores and two new');
  await iadl.scrollIntoViewIfNeeded();
  await iadl.screenshot({ path: join(OUT, 'matrix-2017-iadl-360.png') });
  await page.screenshot({ path: join(OUT, 'matrix-2017-domains-360.png'), fullPage: true });
  await desk.close();
});
