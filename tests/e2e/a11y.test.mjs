// WCAG 2.1 AA, checked by axe-core on every screen (every `nav-*` button the app has, so new
// sections are covered as they land), at 360 px and on a desktop; and reflow: at 320 px wide,
// also with the text twice as large, the page itself never scrolls sideways.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  OUT, PASSPHRASE, phoneContext, byTestId, createDossier, unlock, suite, writeStory,
  shareHook, shareBackTo,
} from './harness.mjs';

const run = suite();

const STORY = 'Ik woon met mijn twee kinderen in Utrecht. Ik wil graag één plek waar mijn verhaal staat.';

/** Lets the screen settle: pending renders and transitions. */
async function settle(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(100);
}

/** From the screen shown: the accessibility statement, visited as `name`, and back. */
async function throughStatement(page, visit, name) {
  await byTestId(page, 'accessibility-link').click();
  await byTestId(page, 'accessibility-statement').waitFor();
  await visit(page, name);
  await byTestId(page, 'accessibility-back').click();
}

/**
 * Walks the person's whole path, calling `visit(page, name)` on each screen: first run,
 * errors, every section, sharing, settings, the statement, the idle warning, unlock, and
 * the viewer (preview, open, gone).
 */
async function walk(context, visit) {
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(run.server.url);
  await byTestId(page, 'create-dossier').waitFor();
  await visit(page, 'first-run');
  await byTestId(page, 'create-dossier').click();
  await byTestId(page, 'error').waitFor();
  await visit(page, 'first-run-error');

  await createDossier(page);
  await visit(page, 'home');
  const navs = await page.locator('[data-testid^="nav-"]').evaluateAll(
    (els) => els.map((e) => e.dataset.testid),
  );
  assert.ok(navs.length >= 10, `sections found: ${navs.join(' ')}`);
  await writeStory(page, STORY);
  // The screens behind "Meer" too.
  for (const nav of [...navs, 'nav-search', 'nav-settings']) {
    if (nav === 'nav-search' || nav === 'nav-settings') await byTestId(page, 'nav-more').click();
    await byTestId(page, nav).click();
    await settle(page);
    await visit(page, nav);
  }

  // Sharing: the form, the offline notice, the made share, the list.
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-new').click();
  await visit(page, 'share-form');
  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'error').waitFor();
  await visit(page, 'share-form-error');
  await context.setOffline(true);
  await byTestId(page, 'share-offline').waitFor();
  await visit(page, 'share-form-offline');
  await context.setOffline(false);
  await byTestId(page, 'share-offline').waitFor({ state: 'detached' });
  // The error came on the last step: back to the sections, and on again.
  await (await shareBackTo(page, 'share-section-story')).check();
  await (await shareHook(page, 'share-recipient')).fill('Anna, wijkteam');
  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'share-qr').waitFor();
  await visit(page, 'share-made');
  const link = (await byTestId(page, 'share-link').innerText()).trim();
  await byTestId(page, 'share-done').click();
  await byTestId(page, 'share-item').waitFor();
  await page.locator('[data-testid="share-opens"]').first().waitFor();
  await settle(page);
  await visit(page, 'share-list');

  await throughStatement(page, visit, 'statement');

  // The auto-lock's warning (default: 5 minutes, warned 30 seconds before).
  await page.clock.fastForward('04:35');
  await byTestId(page, 'idle-warning').waitFor();
  await visit(page, 'idle-warning');
  await byTestId(page, 'stay-unlocked').click();

  await byTestId(page, 'lock').click();
  await byTestId(page, 'passphrase').waitFor();
  await visit(page, 'unlock');
  await byTestId(page, 'passphrase').fill('niet de goede zin');
  await byTestId(page, 'unlock').click();
  await byTestId(page, 'error').waitFor();
  await visit(page, 'unlock-error');
  await throughStatement(page, visit, 'statement-locked');

  // The professional's side.
  const reader = await context.newPage();
  await reader.goto(link);
  await byTestId(reader, 'view-open').waitFor();
  await settle(reader);
  await visit(reader, 'viewer-preview');
  await byTestId(reader, 'view-open').click();
  await byTestId(reader, 'view').waitFor();
  await visit(reader, 'viewer-open');
  await throughStatement(reader, visit, 'viewer-statement');
  assert.equal(await byTestId(reader, 'view').count(), 1, 'the open view survives the statement');

  await unlock(page, PASSPHRASE);
  await byTestId(page, 'nav-shares').click();
  await byTestId(page, 'share-revoke').click();
  await byTestId(page, 'share-revoke-confirm').click();
  await page.locator('[data-testid="share-status"][data-status="revoked"]').waitFor();
  await reader.goto(`${run.server.url}/`);
  await reader.goto(link);
  await byTestId(reader, 'view-gone').waitFor();
  await visit(reader, 'viewer-gone');
  await reader.close();
  await page.close();
}

for (const [label, options] of [
  ['360', {}],
  ['desktop', { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 }],
]) {
  test(`axe finds no violations on any screen (${label})`, async () => {
    const context = await phoneContext(run.browser, options);
    const problems = [];
    const seen = [];
    await walk(context, async (page, name) => {
      seen.push(name);
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      assert.ok(result.passes.length > 20, `axe really ran on ${name}`);
      for (const v of result.violations) {
        problems.push(`${name}: ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
      }
      await page.screenshot({ path: join(OUT, `a11y-${name}-${label}.png`), fullPage: true });
    });
    console.log(`axe (${label}) checked ${seen.length} screens: ${seen.join(', ')}`);
    assert.deepEqual(problems, [], problems.join('\n'));
    await context.close();
  });
}

test('text reflows at 320 px wide, also at twice the text size', async () => {
  const context = await phoneContext(run.browser, { viewport: { width: 320, height: 640 } });
  const problems = [];
  await walk(context, async (page, name) => {
    for (const size of ['', '212.5%']) {
      // 212.5 % of the browser default is twice the app's own 106.25 %.
      await page.evaluate((s) => { document.documentElement.style.fontSize = s; }, size);
      await settle(page);
      const { scroll, width, culprit } = await page.evaluate(() => {
        const width = window.innerWidth;
        let culprit = '';
        for (const el of document.querySelectorAll('body *')) {
          const r = el.getBoundingClientRect();
          if (r.right > width + 1 && !el.closest('.sections ul, .table-scroll')) {
            culprit = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || '').slice(0, 40)}"`;
            break;
          }
        }
        return { scroll: document.documentElement.scrollWidth, width, culprit };
      });
      if (scroll > width) problems.push(`${name}${size ? ' at 2x text' : ''}: ${scroll} > ${width} (${culprit})`);
      if (size) await page.screenshot({ path: join(OUT, `reflow-${name}-320-2x.png`), fullPage: true });
    }
    await page.evaluate(() => { document.documentElement.style.fontSize = ''; });
  });
  assert.deepEqual(problems, [], problems.join('\n'));
  await context.close();
});
