// What the language tests share: every client can read it. Each language is chosen from the
// language list, survives a reload, unlocks, and every screen of the client's app shows in it
// at 360 px with no accessibility problem, no value left unfilled and nothing wider than the
// phone. One file per language (`languages-<code>.test.mjs`), so they run side by side, and
// `languages-viewer.test.mjs` for the professional's browser language.
// Screenshots: target/e2e/lang-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, ROOT, PASSPHRASE, byTestId, axe, makeShare, suite, unlock } from './harness.mjs';

const SECTIONS = ['about', 'story', 'domains', 'goals', 'network', 'support', 'money', 'health',
  'journal', 'documents'];
export const texts = (code) => JSON.parse(readFileSync(join(ROOT, 'crates', 'regie-core', 'locales', `${code}.json`), 'utf8'));

/** Nothing on the screen is a key or a value left unfilled, and nothing is wider than it. */
export async function wholeScreen(page, what, code) {
  const body = await page.locator('body').innerText();
  assert.doesNotMatch(body, /\b(Text|PageText|ViewerText|MoneyText|ClockText|RecoveryText|LevelText)\.[A-Z]\w+/, `a raw key in ${what}`);
  assert.doesNotMatch(body, /\{\}|\{\d\}|\{n\}|\{month\}/, `an unfilled value in ${what}`);
  const wide = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 1;
    // What is hidden for the eye and kept for screen readers (the chart's table) is clipped.
    return [...document.querySelectorAll('main *, header *, nav *')]
      .filter((el) => el.getClientRects().length && getComputedStyle(el).position !== 'fixed')
      .filter((el) => !el.closest('.visually-hidden'))
      .filter((el) => { const r = el.getBoundingClientRect(); return r.right > limit || r.left < -1; })
      .slice(0, 5).map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`);
  });
  assert.deepEqual(wide, [], `nothing sticks out of the phone in ${what} (${code})`);
  await axe(page, `${what} in ${code}`);
}

/**
 * Opens `link` in a new browser with language `locale`, at 360 px, and checks that the viewer
 * speaks `code` (texts `t`), in its direction, with what the client typed untranslated.
 */
export async function openedIn(browser, link, locale, code, t) {
  const desk = await browser.newContext({ locale, viewport: { width: 360, height: 780 } });
  const viewer = await desk.newPage();
  await viewer.goto(link);
  await byTestId(viewer, 'view-open').waitFor();
  assert.equal(await viewer.getAttribute('html', 'lang'), code);
  assert.equal(await viewer.getAttribute('html', 'dir'), code === 'ar' ? 'rtl' : 'ltr');
  await wholeScreen(viewer, 'the share before opening', code);
  await byTestId(viewer, 'view-open').click();
  await byTestId(viewer, 'view').waitFor();
  const summary = await byTestId(viewer, 'view-summary').innerText();
  assert.ok(summary.includes(t['ViewerText.ViewSummaryTitle'] ?? t['Text.ViewSummaryTitle']), `the summary in ${code}`);
  // What the client typed is never translated.
  assert.ok(summary.includes('Yasmina Bakker'));
  await wholeScreen(viewer, 'the opened share', code);
  await viewer.screenshot({ path: join(OUT, `lang-viewer-${code}.png`), fullPage: true });
  return { desk, viewer };
}

/** The test of one language, `code`, on a suite of its own. */
export function everyScreen(code) {
  const run = suite();
  test(`${code}: chosen, reloaded, unlocked, every screen in it, and a share opened in it`, async () => {
    const t = texts(code);
    const { context, page } = await run.phoneWithFixture();
    await byTestId(page, 'lang-select').selectOption(code);
    await page.locator(`html[lang="${code}"]`).waitFor();
    assert.equal(await page.getAttribute('html', 'dir'), code === 'ar' ? 'rtl' : 'ltr');

    // Remembered on this phone: after a reload the unlock screen speaks it.
    await page.reload();
    await byTestId(page, 'passphrase').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), code);
    assert.equal((await page.locator('h1').innerText()).trim(), t['Text.UnlockTitle']);
    assert.equal(await byTestId(page, 'lang-select').inputValue(), code);
    await wholeScreen(page, 'the unlock screen', code);
    if (code === 'ar') await page.screenshot({ path: join(OUT, 'lang-ar-unlock.png') });
    await unlock(page, PASSPHRASE);

    await byTestId(page, 'section-home').waitFor();
    await wholeScreen(page, 'the start screen', code);
    await page.screenshot({ path: join(OUT, `lang-${code}-home.png`) });
    for (const key of SECTIONS) {
      await byTestId(page, 'nav-home').click();
      await byTestId(page, `nav-${key}`).click();
      await byTestId(page, `section-${key}`).waitFor();
      await wholeScreen(page, `the section ${key}`, code);
      if (code === 'ar') await page.screenshot({ path: join(OUT, `lang-ar-${key}.png`), fullPage: true });
    }
    await byTestId(page, 'nav-dossier').click();
    await byTestId(page, 'section-sections').waitFor();
    await wholeScreen(page, 'the list of sections', code);
    await byTestId(page, 'nav-shares').click();
    await byTestId(page, 'section-shares').waitFor();
    await wholeScreen(page, 'the shares screen', code);
    await byTestId(page, 'share-new').click();
    await byTestId(page, 'share-next').waitFor();
    await wholeScreen(page, 'the share form', code);
    await byTestId(page, 'nav-more').click();
    await byTestId(page, 'section-more').waitFor();
    await wholeScreen(page, 'the screen "more"', code);
    await byTestId(page, 'nav-search').click();
    await byTestId(page, 'section-search').waitFor();
    await wholeScreen(page, 'the search screen', code);
    await byTestId(page, 'nav-home').click();
    await byTestId(page, 'plan-print').click();
    await byTestId(page, 'plan').waitFor();
    await wholeScreen(page, 'the plan', code);
    await byTestId(page, 'nav-more').click();
    await byTestId(page, 'nav-settings').click();
    await byTestId(page, 'section-settings').waitFor();
    // Until a native speaker has checked it, the translation says so.
    assert.equal((await byTestId(page, 'lang-not-reviewed').innerText()).trim(), t['PageText.LanguageNotReviewed']);
    await wholeScreen(page, 'the settings', code);
    if (code === 'ar') await page.screenshot({ path: join(OUT, 'lang-ar-settings.png'), fullPage: true });

    // A share's QR screen at 360 px: whole, checked, and its code still read.
    const link = await makeShare(page, { sections: ['about', 'goals', 'domains', 'network'], recipient: 'Anna, wijkteam' });
    assert.equal(await byTestId(page, 'share-link').getAttribute('dir'), 'ltr', 'the link reads left to right');
    await wholeScreen(page, 'a share\'s QR screen', code);
    if (code === 'ar') {
      await page.screenshot({ path: join(OUT, 'lang-ar-share-qr.png'), fullPage: true });
      const qr = join(OUT, 'lang-ar-share-qr-code.png');
      await byTestId(page, 'share-qr').screenshot({ path: qr });
      assert.equal(execFileSync('zbarimg', ['-q', '--raw', qr], { encoding: 'utf8' }).trim(), link);
    }

    // The professional whose browser speaks the language reads the share in it.
    const opened = await openedIn(run.browser, link, code, code, t);
    await opened.desk.close();
    await context.close();
  });
}
