// The professional writes back. Samira shares with replies allowed; Anna, on her desk, sends
// each kind of reply (and one full of HTML and script), reloads the viewer (one opening is
// counted, the key never returns to the address bar) and writes on. Samira sees every reply
// as a proposal, accepts some and declines others; after a reload the accepted ones are in
// their sections with Anna as author, the declined ones nowhere, and no script ran. The
// relay's files hold none of the replies' words, and once the share is stopped the relay
// refuses a reply.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUT, axe, byTestId, isoDay, makeShare, suite, unlock } from './harness.mjs';

const run = suite();
const tmp = mkdtempSync(join(tmpdir(), 'regie-replies-'));
const AUTHOR = 'Anna de Boer, wijkteam Oost';
const EVIL_AUTHOR = '<img src=x onerror="window.__pwned=1">, <b>team</b>';
const EVIL_TEXT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1"> [klik](javascript:window.__pwned=1)';

/** Every byte the relay keeps on disk, its database and write-ahead log among them. */
function relayFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? relayFiles(path) : [readFileSync(path)];
  });
}

/** Anna sends one reply through the form, and waits until the relay has it. */
async function send(viewer, kind, fields) {
  const before = await byTestId(viewer, 'reply-sent').count();
  await byTestId(viewer, 'reply-new').click();
  await byTestId(viewer, 'reply-kind').selectOption(kind);
  await byTestId(viewer, 'reply-author').fill(fields.author ?? AUTHOR);
  for (const [id, value] of Object.entries(fields)) {
    if (id === 'author' || id === 'look') continue;
    const field = byTestId(viewer, `reply-${id}`);
    if (await field.evaluate((el) => el.tagName === 'SELECT')) await field.selectOption(value);
    else await field.fill(value);
  }
  if (fields.look) {
    await byTestId(viewer, 'reply-box').screenshot({ path: join(OUT, `${fields.look}.png`) });
    await axe(viewer, `the reply form (${kind})`);
  }
  await byTestId(viewer, 'reply-send').click();
  await byTestId(viewer, 'reply-sent').nth(before).waitFor({ timeout: 10_000 });
}

test('a professional writes back, the client decides, and only what she accepts stays', async () => {
  const { page } = await run.phoneWithFixture();
  const link = await makeShare(page, {
    sections: ['domains', 'goals', 'journal'], recipient: 'Anna, wijkteam', replies: true,
  });
  const shareId = /#1\.([A-Za-z0-9_-]{22})\./.exec(link)[1];

  const desk = await run.browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const viewer = await desk.newPage();
  // The sealed replies as they leave the browser, to try one again after the share ended.
  const posted = [];
  viewer.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith(`/api/shares/${shareId}/replies`)) {
      posted.push(request.postDataBuffer());
    }
  });
  await viewer.goto(link);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor();
  // What Samira typed about her professionals herself is marked as hers.
  assert.ok(await byTestId(viewer, 'typed-by-client').count() > 0, 'typed by the client');

  await send(viewer, 'note', { text: 'Ik heb de woningcorporatie gebeld over de huur.' });
  // Under the first shared goal, which the form offers first.
  await send(viewer, 'agreement', {
    text: 'Ik vraag de bijzondere bijstand aan', due: isoDay(14), look: 'replies-form-desktop',
  });
  // Under a new goal she leaves without a name: the client's app names it after her.
  await send(viewer, 'agreement', { goal: '', text: 'Ik zoek een maatje voor de wandelgroep' });
  await send(viewer, 'score', { domain: 'housing', score: '3', text: 'Urgentie is aangevraagd' });
  await send(viewer, 'appointment', { when: `${isoDay(7)}T10:30`, text: 'Huisbezoek samen met de budgetcoach' });
  await viewer.screenshot({ path: join(OUT, 'replies-viewer-desktop.png'), fullPage: false });

  // A reload shows the share again, without the key in the address and without a second
  // opening; Anna writes on.
  await viewer.reload();
  await byTestId(viewer, 'view').waitFor({ timeout: 20_000 });
  assert.ok(!viewer.url().includes('#'), 'no key in the address bar');
  await send(viewer, 'note', { text: 'Deze notitie hoort er niet in.' });
  await viewer.setViewportSize({ width: 360, height: 780 });
  await send(viewer, 'note', { author: EVIL_AUTHOR, text: EVIL_TEXT, look: 'replies-form-360' });
  // On paper the shared sections stand alone: no reply form.
  const pdf = join(tmp, 'share.pdf');
  writeFileSync(pdf, await viewer.pdf({ format: 'A4' }));
  const paper = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  assert.ok(paper.includes('Dagboek') && !paper.includes('Terugschrijven'), 'no reply form on paper');
  await byTestId(viewer, 'reply-new').scrollIntoViewIfNeeded();
  await viewer.screenshot({ path: join(OUT, 'replies-viewer-360.png') });

  // Nothing of what was written lies on the relay's disk.
  const disk = relayFiles(run.server.data);
  for (const words of ['woningcorporatie', 'bijzondere bijstand', 'Huisbezoek', 'Anna de Boer', 'onerror']) {
    assert.ok(!disk.some((bytes) => bytes.includes(words)), `not on the relay's disk: ${words}`);
  }

  // A reply sealed to some other key, posted with the tab's own token: the relay takes it
  // (it cannot tell), the client's app sets it aside.
  execFileSync('age-keygen', ['-o', join(tmp, 'other.key')], { stdio: 'ignore' });
  const other = execFileSync('age-keygen', ['-y', join(tmp, 'other.key')], { encoding: 'utf8' }).trim();
  const stray = execFileSync('age', ['-r', other], { input: 'niet voor jou' });
  const strayStatus = await viewer.evaluate(async ([id, body]) => {
    const { token } = JSON.parse(sessionStorage.getItem('regie.view'));
    const res = await fetch(`/api/shares/${id}/replies`, {
      method: 'POST', headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${token}` },
      body: new Uint8Array(body),
    });
    return res.status;
  }, [shareId, [...stray]]);
  assert.equal(strayStatus, 201);

  // Samira sees eight proposals, on the shares screen and at home; the stray one set aside.
  await byTestId(page, 'nav-shares').click();
  const items = byTestId(page, 'reply-item');
  await items.nth(7).waitFor({ timeout: 20_000 });
  assert.equal(await items.count(), 8);
  const bad = page.locator('[data-testid="reply-item"][data-bad="true"]');
  assert.match(await bad.innerText(), /een bericht binnen\. Regie kan het niet lezen/);
  assert.equal(await bad.getByTestId('reply-accept').count(), 0, 'a bad reply cannot be taken');
  await bad.getByTestId('reply-decline').click();
  await bad.waitFor({ state: 'detached' });
  const opens = byTestId(page, 'share-opens').first();
  await page.waitForFunction(() => document.querySelector('[data-testid="share-opens"]')?.dataset.count === '1',
    null, { timeout: 20_000 });
  assert.equal(await opens.getAttribute('data-count'), '1', 'the reload was no second opening');
  await byTestId(page, 'nav-home').click();
  await items.nth(6).waitFor({ timeout: 20_000 });
  const list = await byTestId(page, 'replies').innerText();
  assert.ok(list.includes('Anna de Boer (wijkteam Oost) stelt voor: een notitie voor je dagboek, via wat je op '), list);
  assert.ok(!list.includes('deling'), list);
  assert.ok(list.includes(EVIL_TEXT), 'HTML is shown as the text it is');
  assert.equal(await byTestId(page, 'replies').locator('img, script, b').count(), 0, 'no element from a reply');
  await byTestId(page, 'replies').screenshot({ path: join(OUT, 'replies-home-360.png') });
  await axe(page, 'the proposals on the start screen');

  const decide = async (words, button) => {
    await items.filter({ hasText: words }).getByTestId(button).click();
    await items.filter({ hasText: words }).waitFor({ state: 'detached' });
  };
  await decide('woningcorporatie', 'reply-accept');
  await decide('bijzondere bijstand', 'reply-accept');
  await decide('Urgentie', 'reply-accept');
  await decide('Huisbezoek', 'reply-accept');
  await decide('wandelgroep', 'reply-accept');
  await decide('hoort er niet in', 'reply-decline');
  await decide('javascript:', 'reply-decline');
  // A decline can be undone for a few seconds; then it is final and deleted at the relay.
  await byTestId(page, 'reply-declined-final').waitFor({ timeout: 15_000 });
  assert.equal(await byTestId(page, 'reply-item').count(), 0);

  // After a reload the accepted ones are in their sections, by Anna; the others nowhere.
  await page.reload();
  await unlock(page);
  const journal = await sectionText(page, 'journal');
  assert.ok(journal.includes('Ik heb de woningcorporatie gebeld over de huur.'), journal);
  assert.ok(journal.includes('Huisbezoek samen met de budgetcoach'), journal);
  assert.ok(journal.includes('Voorstel van Anna de Boer (wijkteam Oost), via wat je op '), journal);
  assert.ok(!journal.includes('hoort er niet in') && !journal.includes('javascript:'), 'declined: nowhere');
  const goals = await sectionText(page, 'goals');
  assert.ok(goals.includes('Ik vraag de bijzondere bijstand aan'), goals);
  assert.ok(goals.includes('Anna de Boer (hulpverlener, wijkteam Oost)'), goals);
  assert.ok(goals.includes('Afspraken met Anna de Boer') && goals.includes('wandelgroep'), goals);
  const domains = await sectionText(page, 'domains');
  assert.ok(domains.includes('Urgentie is aangevraagd'), domains);
  assert.ok(domains.includes(AUTHOR), domains);
  // Decided replies are gone from the relay, so none comes back.
  await byTestId(page, 'nav-home').click();
  await page.waitForTimeout(2_000);
  assert.equal(await byTestId(page, 'reply-item').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script ran for Samira');
  assert.equal(await viewer.evaluate(() => window.__pwned), undefined, 'no script ran for Anna');

  // In a new share, Anna's agreement reads as hers; what Samira typed about others as Samira's.
  const again = await makeShare(page, { sections: ['goals'], recipient: 'Anna, wijkteam' });
  const second = await desk.newPage();
  await second.goto(again);
  await byTestId(second, 'view-open').click();
  await byTestId(second, 'view').waitFor();
  const row = (words) => second.locator('li.agreement', { hasText: words });
  assert.equal(await row('bijzondere bijstand').getByTestId('typed-by-client').count(), 0);
  assert.ok(await byTestId(second, 'typed-by-client').count() > 0);
  await second.close();

  // Once the share is stopped, the viewer empties, forgets it, and the relay refuses a reply
  // even with the tab's own token.
  const { token } = JSON.parse(await viewer.evaluate(() => sessionStorage.getItem('regie.view')));
  await byTestId(page, 'nav-shares').click();
  // The list is newest first: the share with replies is the older one.
  await byTestId(page, 'share-revoke').nth(1).click();
  await byTestId(page, 'share-revoke-confirm').click();
  await byTestId(viewer, 'view-gone').waitFor({ timeout: 15_000 });
  assert.equal(await viewer.evaluate(() => sessionStorage.getItem('regie.view')), null,
    'the tab forgot the share');
  const late = await viewer.evaluate(async ([id, bearer, body]) => {
    const res = await fetch(`/api/shares/${id}/replies`, {
      method: 'POST', headers: { 'Content-Type': 'application/octet-stream', Authorization: `Bearer ${bearer}` },
      body: new Uint8Array(body),
    });
    return res.status;
  }, [shareId, token, [...posted.at(-1)]]);
  assert.equal(late, 404, 'a reply after the end is refused');
  await viewer.reload();
  await byTestId(viewer, 'view').waitFor({ state: 'detached' });
  await desk.close();
});

/** The text of a section's screen in the client's app. */
async function sectionText(page, key) {
  await byTestId(page, `nav-${key}`).first().click();
  await byTestId(page, `section-${key}`).waitFor();
  return (await byTestId(page, `section-${key}`).innerText()).replace(/\s+/g, ' ');
}
