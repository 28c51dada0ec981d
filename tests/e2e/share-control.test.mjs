// The client's control over a share, with two browsers: a spoken code (wrong, right, and
// five wrong, after which the client's list says the share was blocked; the list's log shows
// each wrong code and each opening in time order), a share for later
// that the professional cannot open yet, and a used-up share whose open viewer empties
// within seconds of the client stopping it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { OUT, axe, byTestId, isoDay, shareHook, suite, writeStory } from './harness.mjs';

const run = suite();

const STORY = 'Ik wil dat de wijkcoach weet wat er al geprobeerd is.';

async function client() {
  const { context, page } = await run.phoneWithDossier();
  await writeStory(page, STORY);
  return { context, page };
}

/** Makes a share of the story on the client's phone, with the form's extra fields set. */
async function share(page, { recipient, code, suggest = false, starts, maxOpens }) {
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  await (await shareHook(page, 'share-section-story')).check();
  await (await shareHook(page, 'share-duration')).selectOption('60');
  await (await shareHook(page, 'share-recipient')).fill(recipient);
  if (maxOpens) await (await shareHook(page, 'share-max-opens')).fill(String(maxOpens));
  if (code) await (await shareHook(page, 'share-code')).fill(code);
  if (suggest) await (await shareHook(page, 'share-code-suggest')).click();
  if (starts) await (await shareHook(page, 'share-starts')).fill(starts);
  const chosen = await (await shareHook(page, 'share-code')).inputValue();
  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'share-qr').waitFor({ timeout: 10_000 });
  const link = (await byTestId(page, 'share-link').innerText()).trim();
  return { link, code: chosen };
}

async function professional(link) {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  await page.goto(link);
  return { context, page };
}

/** The texts of the first share's log entries, once there are `count`. */
async function logEntries(page, count) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="share-item"] [data-testid="share-log"] [data-testid="log-entry"]').length === n,
    count,
    { timeout: 20_000 },
  );
  const entries = byTestId(byTestId(page, 'share-item').first(), 'log-entry');
  return Promise.all((await entries.all()).map(async (e) => ({
    event: await e.getAttribute('data-event'),
    text: (await e.innerText()).trim(),
  })));
}

async function tryCode(viewer, code) {
  await byTestId(viewer, 'view-code').fill(code);
  await byTestId(viewer, 'view-open').click();
}

test('a wrong code is refused with the tries left, the right one opens', async () => {
  const { context, page } = await client();
  const { link } = await share(page, { recipient: 'Anna, wijkteam', code: '4821' });
  assert.match(await byTestId(page, 'share-made-code').innerText(), /4821/);

  const { context: anna, page: viewer } = await professional(link);
  await byTestId(viewer, 'view-code').waitFor();
  // A typo is caught before it costs a try.
  await tryCode(viewer, '48');
  assert.match(await byTestId(viewer, 'error').innerText(), /4 tot 6 cijfers/);
  await tryCode(viewer, '1111');
  await viewer.getByText('Deze spreekcode klopt niet. Je kunt het nog 4 keer proberen.').waitFor();
  assert.equal(await byTestId(viewer, 'view').count(), 0);
  await tryCode(viewer, '4821');
  await byTestId(viewer, 'view').waitFor();
  assert.ok((await byTestId(viewer, 'view').innerText()).includes(STORY));

  // The client's list: the wrong code, then the opening, each with its time.
  await byTestId(page, 'share-done').click();
  const entries = await logEntries(page, 2);
  assert.deepEqual(entries.map((e) => e.event), ['wrong-code', 'opened']);
  assert.match(entries[0].text, /^\d{2}:\d{2} foute spreekcode$/);
  // The opening is told with who opened it: nobody typed a name.
  assert.match(entries[1].text, /^opende om \d{2}:\d{2}$/);
  const time = (e) => /\d{2}:\d{2}/.exec(e.text)[0];
  assert.ok(time(entries[0]) <= time(entries[1]), 'in time order');
  assert.match(await byTestId(page, 'share-log').first().innerText(), /Iemand \(naam niet opgegeven\) opende om/);
  assert.ok(!(await byTestId(page, 'share-item').first().innerText()).includes('1111'), 'nothing of the code tried');
  await page.screenshot({ path: join(OUT, 'share-log-wrong-code-360.png'), fullPage: true });
  await axe(page, 'the list with a wrong code and an opening');
  await anna.close();
  await context.close();
});

test('five wrong codes end the share and the client list says it was blocked', async () => {
  const { context, page } = await client();
  const { link, code } = await share(page, { recipient: 'Bram, schuldhulp', suggest: true });
  assert.match(code, /^\d{6}$/, 'a suggested code');
  const wrong = code === '000000' ? '111111' : '000000';

  const { context: bram, page: viewer } = await professional(link);
  await byTestId(viewer, 'view-code').waitFor();
  for (let left = 4; left >= 1; left -= 1) {
    await tryCode(viewer, wrong);
    await viewer.getByText(`Je kunt het nog ${left === 1 ? 'maar 1 keer' : `${left} keer`} proberen.`).waitFor();
  }
  await tryCode(viewer, wrong);
  await byTestId(viewer, 'view-gone').waitFor();
  assert.equal(await byTestId(viewer, 'view-open').count(), 0);
  // Not even the right code opens it now: the relay has let it go.
  const answer = await viewer.evaluate(async ([id, right]) => {
    const r = await fetch(`/api/shares/${id}/open`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: right }),
    });
    return r.status;
  }, [link.split('#1.')[1].split('.')[0], code]);
  assert.equal(answer, 404);

  await byTestId(page, 'share-done').click();
  const status = byTestId(page, 'share-status').first();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="share-status"]')?.dataset.status === 'blocked',
    null,
    { timeout: 20_000 },
  );
  assert.match(await status.innerText(), /Geblokkeerd na 5 foute spreekcodes/);
  const entries = await logEntries(page, 6);
  assert.deepEqual(entries.map((e) => e.event), [...Array(5).fill('wrong-code'), 'blocked']);
  assert.match(entries[5].text, /geblokkeerd: niemand kan dit nog openen$/);
  await page.screenshot({ path: join(OUT, 'share-log-blocked-360.png'), fullPage: true });
  await bram.close();
  await context.close();
});

test('a share for tomorrow says when it opens and offers no open button', async () => {
  const { context, page } = await client();
  const { link } = await share(page, { recipient: 'Carla, huisarts', starts: `${isoDay(1)}T10:00` });
  assert.match(await byTestId(page, 'share-made-starts').innerText(), /10:00/);

  const { context: carla, page: viewer } = await professional(link);
  const notYet = byTestId(viewer, 'view-not-yet');
  await notYet.waitFor();
  const [y, m, d] = isoDay(1).split('-').map(Number);
  assert.equal(
    (await notYet.innerText()).trim(),
    `Deze gegevens zijn te bekijken vanaf morgen 10:00 (${d}-${m}-${y}).`,
  );
  assert.equal(await byTestId(viewer, 'view-open').count(), 0);
  // The relay refuses too, whatever the page does.
  const refused = await viewer.evaluate(async (id) => {
    const r = await fetch(`/api/shares/${id}/open`, { method: 'POST' });
    return [r.status, await r.json()];
  }, link.split('#1.')[1].split('.')[0]);
  assert.equal(refused[0], 403);
  assert.equal(refused[1].error, 'not_yet');
  await carla.close();
  await context.close();
});

test('stopping a used-up share empties its open viewer within seconds', async () => {
  const { context, page } = await client();
  const { link } = await share(page, { recipient: 'Dewi, GGZ', maxOpens: 1 });
  const { context: dewi, page: viewer } = await professional(link);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor();

  // The client's list learns the share is used up, and still offers to stop it.
  await byTestId(page, 'share-done').click();
  await page.waitForFunction(
    () => {
      const s = document.querySelector('[data-testid="share-status"]')?.dataset.status;
      return s && s !== 'active';
    },
    null,
    { timeout: 20_000 },
  );
  // Still standing: the viewer keeps what it opened.
  await viewer.waitForTimeout(4_000);
  assert.equal(await byTestId(viewer, 'view').count(), 1);
  const stop = byTestId(page, 'share-revoke').first();
  await stop.waitFor();
  await stop.click();
  const confirm = byTestId(page, 'share-revoke-confirm');
  if (await confirm.count()) await confirm.first().click();
  const stopped = Date.now();
  await byTestId(viewer, 'view-gone').waitFor({ timeout: 10_000 });
  const took = Date.now() - stopped;
  assert.ok(took < 8_000, `the viewer emptied after ${took} ms`);
  assert.equal(await byTestId(viewer, 'view').count(), 0);
  assert.ok(!(await viewer.locator('main').innerText()).includes(STORY), 'the content is wiped');
  await dewi.close();
  await context.close();
});
