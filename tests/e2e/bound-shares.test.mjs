// A share bound to what the client chose: the dossier signs the share's id, start, open
// limit, whether it needs a code and its end. Someone who once opened a share holds its
// preview and content and can upload them again; the viewer refuses every such copy with a
// sentence and shows nothing of it, while the client's own share still opens with its code.
// The viewer wipes a share at its signed end when the relay says later, and a share signed
// before the binding (the kept fixture) still opens until its signed end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, ROOT, byTestId, suite, writeStory, shareHook } from './harness.mjs';

const run = suite();

const STORY = 'Ik wil dat de wijkcoach weet wat er al geprobeerd is.';
const NOT_AS_CHOSEN = /staat niet klaar zoals de cliënt het heeft gedeeld/;

async function client() {
  const { context, page } = await run.phoneWithDossier();
  await byTestId(page, 'nav-about').click();
  await byTestId(page, 'about-name').fill('Samira de Vries');
  await writeStory(page, STORY);
  return { context, page };
}

/** Makes a share of the story on the client's phone: `minutes` long, with a code and a limit. */
async function share(page, { minutes = '60', code, maxOpens }) {
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  await (await shareHook(page, 'share-section-about')).check();
  await (await shareHook(page, 'share-section-story')).check();
  await (await shareHook(page, 'share-duration')).selectOption(minutes);
  await (await shareHook(page, 'share-recipient')).fill('Anna, wijkteam');
  if (maxOpens) await (await shareHook(page, 'share-max-opens')).fill(String(maxOpens));
  if (code) await (await shareHook(page, 'share-code')).fill(code);
  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'share-qr').waitFor({ timeout: 10_000 });
  const link = (await byTestId(page, 'share-link').innerText()).trim();
  const [, id, key] = link.split('#')[1].split('.');
  return { link, id, key };
}

async function professional(link, { clock } = {}) {
  const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  if (clock) await page.clock.install(clock);
  if (link) await page.goto(link);
  return { context, page };
}

/** The relay's raw upload body: params, preview and content, as `raw_share_body` frames them. */
function rawShareBody(params, preview, content) {
  const head = Buffer.from(JSON.stringify(params));
  const u32 = (n) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
  return Buffer.concat([u32(head.length), head, u32(preview.length), preview, content]);
}

/** An upload through the relay's real API, as anyone on the internet can make one. */
function upload(params, preview, content) {
  return fetch(`${run.server.url}/api/shares`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: rawShareBody(params, preview, content),
  });
}

const randomId = () => Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('base64url');

/** The viewer refuses the share at `link` with the sentence, and shows nothing of it. */
async function assertRefused(link, what) {
  const { context, page } = await professional(link);
  await byTestId(page, 'error').waitFor();
  assert.match(await byTestId(page, 'error').innerText(), NOT_AS_CHOSEN, what);
  assert.equal(await byTestId(page, 'view-open').count(), 0, `${what}: no open button`);
  assert.equal(await byTestId(page, 'view-code').count(), 0, `${what}: no code field`);
  assert.equal(await byTestId(page, 'view').count(), 0, `${what}: no content`);
  assert.equal(await byTestId(page, 'view-check-words').count(), 0, `${what}: no check words`);
  const text = await page.locator('body').innerText();
  assert.ok(!text.includes(STORY), `${what}: the story is not shown`);
  assert.ok(!text.includes('Samira'), `${what}: not even the name`);
  await page.screenshot({ path: join(OUT, `bound-refused-${what.replace(/\W+/g, '-')}.png`) });
  await context.close();
}

test('copies of a share uploaded again by someone who opened it are refused; the original opens with its code', async () => {
  const samira = await client();
  const { link, id, key } = await share(samira.page, { code: '4821', maxOpens: 2 });

  // Someone who once opened the share: its signed preview from the status answer, its
  // content from an opening with the code (one of the two).
  const status = await (await fetch(`${run.server.url}/api/shares/${id}`)).json();
  assert.equal(status.max_opens, 2, 'the status says the open limit');
  assert.equal(status.code_needed, true);
  const preview = Buffer.from(status.preview, 'base64');
  const opened = await fetch(`${run.server.url}/api/shares/${id}/open`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: '4821' }),
  });
  assert.equal(opened.status, 200);
  const content = Buffer.from(await opened.arrayBuffer());

  const copies = {
    'another id': { expires_in_secs: 3600, max_opens: 2, code: '4821' },
    'a longer end': { expires_in_secs: 30 * 86_400, max_opens: 2, code: '4821' },
    'no limit': { expires_in_secs: 3600, code: '4821' },
    'no code': { expires_in_secs: 3600, max_opens: 2 },
  };
  for (const [what, params] of Object.entries(copies)) {
    // Under the share's own id the relay refuses the copy outright...
    const same = await upload({ ...params, id }, preview, content);
    assert.equal(same.status, 409, what);
    assert.deepEqual(await same.json(), { error: 'id_taken' }, what);
    // ...under an id of its own (named, or picked by the relay) it is stored, and the
    // viewer refuses it.
    for (const given of [randomId(), undefined]) {
      const copy = await upload(given ? { ...params, id: given } : params, preview, content);
      assert.equal(copy.status, 201, `${what}: ${await copy.clone().text()}`);
      const { id: copyId } = await copy.json();
      if (given) assert.equal(copyId, given);
      await assertRefused(`${run.server.url}/v#1.${copyId}.${key}`, `${what}${given ? '' : ' by the relay'}`);
    }
  }

  // The client's own share still opens, with its code, showing her words and her story.
  const anna = await professional(link);
  await byTestId(anna.page, 'view-code').waitFor();
  await byTestId(anna.page, 'view-code').fill('4821');
  await byTestId(anna.page, 'view-open').click();
  await byTestId(anna.page, 'view').waitFor();
  assert.ok((await byTestId(anna.page, 'view').innerText()).includes(STORY));
  assert.equal(
    (await byTestId(anna.page, 'view-check-words').innerText()).trim(),
    (await byTestId(samira.page, 'share-check-words').innerText()).trim(),
  );
  await anna.context.close();
  await samira.context.close();
});

/** Serves the share's status answer changed by `change`, as a relay that says otherwise. */
async function relaySays(page, id, change) {
  await page.route(`**/api/shares/${id}`, async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const response = await route.fetch();
    const json = await response.json();
    change(json);
    await route.fulfill({ response, json });
  });
}

test('a relay that holds the share with other settings than were signed is refused', async () => {
  const samira = await client();
  const { link, id } = await share(samira.page, { code: '4821', maxOpens: 2 });
  const changes = {
    'relay: a day longer': (s) => { s.expires_at += 86_400_000; },
    'relay: no limit': (s) => { delete s.max_opens; },
    'relay: another limit': (s) => { s.max_opens = 5; },
    'relay: no code': (s) => { s.code_needed = false; delete s.tries_left; },
    'relay: a later start': (s) => { s.starts_at = Date.now() + 3_600_000; },
  };
  for (const [what, change] of Object.entries(changes)) {
    const { context, page } = await professional();
    await relaySays(page, id, change);
    await page.goto(link);
    await byTestId(page, 'error').waitFor();
    assert.match(await byTestId(page, 'error').innerText(), NOT_AS_CHOSEN, what);
    assert.equal(await byTestId(page, 'view-open').count(), 0, what);
    assert.equal(await byTestId(page, 'view-check-words').count(), 0, what);
    await context.close();
  }
  // As the relay really holds it, it stands, and no opening was counted meanwhile.
  const { context, page } = await professional(link);
  await byTestId(page, 'view-code').waitFor();
  const status = await (await fetch(`${run.server.url}/api/shares/${id}`)).json();
  assert.equal(status.used_up, undefined);
  await context.close();
  await samira.context.close();
});

test('the viewer wipes a share at its signed end when the relay says later', async () => {
  const samira = await client();
  const { link, id } = await share(samira.page, { minutes: '30' });
  // The relay says the share runs five minutes longer than the phone signed (within the
  // tolerance for clocks that differ, so the share is shown).
  const { context, page } = await professional(null, { clock: {} });
  await relaySays(page, id, (s) => { s.expires_at += 5 * 60_000; });
  await page.goto(link);
  await byTestId(page, 'view-open').click();
  await byTestId(page, 'view').waitFor();
  assert.ok((await byTestId(page, 'view').innerText()).includes(STORY));
  await page.clock.fastForward('29:00');
  assert.equal(await byTestId(page, 'view').count(), 1, 'still readable before the signed end');
  await page.clock.fastForward('01:30');
  await byTestId(page, 'view-gone').waitFor({ timeout: 5_000 });
  assert.ok(!(await page.content()).includes(STORY));
  await context.close();
  await samira.context.close();
});

test('a share signed before the binding still opens, until its signed end', async () => {
  // Made by an earlier Regie (signed envelope version 2, kept in the core's test data), at
  // 2026-01-01 00:00 UTC, for an hour; uploaded as an earlier app did, without an id.
  const fixture = JSON.parse(readFileSync(join(ROOT, 'crates', 'regie-core', 'tests', 'data', 'share-v2-signed.json'), 'utf8'));
  const [, , key] = fixture.link.split('#')[1].split('.');
  const made = await upload(
    { expires_in_secs: 30 * 86_400 },
    Buffer.from(fixture.preview, 'base64'),
    Buffer.from(fixture.content, 'base64'),
  );
  assert.equal(made.status, 201);
  const { id } = await made.json();
  const signedEnd = Date.UTC(2026, 0, 1, 1, 0);
  // The professional's clock stands ten minutes after it was made.
  const { context, page } = await professional(`${run.server.url}/v#1.${id}.${key}`, {
    clock: { time: signedEnd - 50 * 60_000 },
  });
  await byTestId(page, 'view-open').click();
  await byTestId(page, 'view').waitFor();
  assert.ok((await byTestId(page, 'view').innerText()).includes('Mijn verhaal'));
  assert.equal((await byTestId(page, 'view-check-words').innerText()).trim(), fixture.words);
  // The relay keeps it for 30 days; the viewer wipes it at its signed end.
  await page.clock.fastForward('49:00');
  assert.equal(await byTestId(page, 'view').count(), 1);
  await page.clock.fastForward('01:30');
  await byTestId(page, 'view-gone').waitFor({ timeout: 5_000 });
  assert.ok(!(await page.content()).includes('Mijn verhaal'));
  await context.close();
});
