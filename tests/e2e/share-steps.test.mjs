// The share form in steps that fit a phone. At 360 px Samira makes a share for the wijkteam:
// who (the preset), what (the sections, then which life domains), how long (and for whom),
// then one press. No step is longer than two screens, counted and printed here; going back and
// forth keeps what she chose; and every hook of the automation contract is reached the way an
// outside test reaches it, by pressing `share-next` until it shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { OUT, axe, byTestId, shareBackTo, shareHook, suite } from './harness.mjs';

const run = suite();
const SCREEN = 740;

/** The step's heading, its full height, a screenshot and axe: what a person meets there. */
async function lookAt(page, name, figures) {
  const heading = (await byTestId(page, 'share-step').innerText()).trim();
  // The whole page (the app's own links to other sections sit under every screen), the
  // scrolling it takes, and how far down the step's button stands.
  const { height, scroll, button, reach } = await page.evaluate(() => {
    const el = document.scrollingElement;
    const press = document.querySelector('[data-testid="share-next"], [data-testid="share-create"]');
    return {
      height: el.scrollHeight,
      scroll: el.scrollHeight - window.innerHeight,
      button: Math.round(press.getBoundingClientRect().bottom + el.scrollTop),
      // Scrolling until the button is above the bottom bar.
      reach: Math.max(0, Math.round(press.getBoundingClientRect().bottom + el.scrollTop
        - (window.innerHeight - (document.querySelector('nav.bottom-bar')?.offsetHeight ?? 0)))),
    };
  });
  figures.push({ step: name, heading, height, scroll, screens: +(scroll / SCREEN).toFixed(2), button, reach });
  await page.screenshot({ path: join(OUT, `share-steps-${name}-360.png`), fullPage: true });
  await axe(page, `the share form, step ${name}`);
  return heading;
}

test('a preset share at 360 px: three short steps, one press, choices kept going back', async () => {
  const { page } = await run.phoneWithFixture();
  await byTestId(page, 'nav-shares').click();
  const figures = [];
  let taps = 0;
  const tap = async (locator, act = (l) => l.click()) => {
    taps++;
    await act(locator);
  };

  await tap(byTestId(page, 'share-new'));
  assert.equal(await lookAt(page, 'who', figures), 'Stap 1 van 3: Voor wie is het?');
  // Nothing of a later step shows yet.
  assert.equal(await byTestId(page, 'share-section-about').isVisible(), false);
  assert.equal(await byTestId(page, 'share-create').count(), 0);
  await tap(byTestId(page, 'share-preset'), (l) => l.selectOption('wijkteam'));
  await tap(byTestId(page, 'share-next'));

  assert.equal(await lookAt(page, 'what', figures), 'Stap 2 van 3: Wat deel je?');
  assert.equal(await byTestId(page, 'share-section-domains').isChecked(), true, 'the preset ticked it');
  // The life domains are not on this page: they come with the next press.
  assert.equal(await byTestId(page, 'share-domain-housing').isVisible(), false);
  await tap(byTestId(page, 'share-next'));

  assert.equal(await lookAt(page, 'details', figures), 'Stap 2 van 3: Wat deel je?');
  assert.equal(await byTestId(page, 'share-domain-housing').isChecked(), true);
  await tap(byTestId(page, 'share-next'));

  assert.equal(await lookAt(page, 'how-long', figures), 'Stap 3 van 3: Hoe lang, en voor wie?');
  await tap(byTestId(page, 'share-recipient'), (l) => l.fill('Anna, wijkteam'));
  // The preview is one tap away, and folds away again.
  const preview = byTestId(page, 'share-preview');
  assert.equal(await preview.locator('.share-preview-view').count(), 0, 'folded until asked for');
  await byTestId(page, 'share-preview-open').click();
  await preview.locator('.share-preview-view').waitFor();
  const opened = await page.evaluate(() => document.scrollingElement.scrollHeight);
  await page.screenshot({ path: join(OUT, 'share-steps-preview-360.png'), fullPage: true });
  await axe(page, 'the share form with its preview open');
  await byTestId(page, 'share-preview-open').click();
  await preview.locator('.share-preview-view').waitFor({ state: 'detached' });

  // Back and forth keeps every choice: leave one domain and one section out, go back to the
  // first step and forward again.
  await (await shareBackTo(page, 'share-domain-finances')).uncheck();
  await (await shareBackTo(page, 'share-section-network')).uncheck();
  await shareBackTo(page, 'share-preset');
  assert.equal(await byTestId(page, 'share-preset').inputValue(), 'custom', 'her own choice now');
  await shareHook(page, 'share-domain-finances');
  assert.equal(await byTestId(page, 'share-domain-finances').isChecked(), false, 'still left out');
  assert.equal(await byTestId(page, 'share-section-network').isChecked(), false, 'still left out');
  await shareHook(page, 'share-create');
  assert.equal(await byTestId(page, 'share-recipient').inputValue(), 'Anna, wijkteam', 'name kept');
  assert.match(await byTestId(page, 'share-preview-summary').innerText(), /^Anna, wijkteam ziet: .*Leefgebieden \(zonder /);

  await byTestId(page, 'share-create').click();
  await byTestId(page, 'share-qr').waitFor({ timeout: 20_000 });
  // From "Nieuw delen" to the QR code: the presses of the first pass, and the last one.
  taps++;

  console.log('share form at 360 x 740, per step:');
  console.table(figures);
  console.log(`preview open: ${opened} px; presses from "Nieuw delen" with a preset to the share: ${taps}`);
  for (const { step, scroll, reach } of figures) {
    assert.ok(scroll <= 2 * SCREEN, `step ${step} scrolls ${scroll} px, more than two screens`);
    assert.ok(reach <= 2 * SCREEN, `the button of step ${step} needs ${reach} px of scrolling`);
  }
  assert.ok(taps <= 7, `${taps} presses`);
});

test('every hook of the share form is reached by pressing share-next, as outside tests do', async () => {
  const { page } = await run.phoneWithFixture();
  const fresh = async () => {
    await byTestId(page, 'nav-shares').click();
    await byTestId(page, 'share-new').click();
  };
  // Each hook alone, from a new form.
  const hooks = [
    'share-section-about', 'share-duration', 'share-recipient', 'share-create', 'share-code',
    'share-preset', 'share-starts', 'share-allow-replies', 'share-max-opens', 'share-code-suggest',
  ];
  for (const hook of hooks) {
    await fresh();
    assert.ok(await (await shareHook(page, hook)).isVisible(), hook);
  }
  // A life domain, once its section is ticked.
  await fresh();
  await (await shareHook(page, 'share-section-domains')).check();
  assert.ok(await (await shareHook(page, 'share-domain-housing')).isVisible());

  // Everything in one pass, in the contract's order where the steps allow it.
  await fresh();
  await (await shareHook(page, 'share-preset')).selectOption('huisarts');
  await (await shareHook(page, 'share-section-domains')).check();
  await (await shareHook(page, 'share-domain-justice')).uncheck();
  await (await shareHook(page, 'share-duration')).selectOption({ index: 0 });
  await (await shareHook(page, 'share-recipient')).fill('Dokter Jansen, huisarts');
  await (await shareHook(page, 'share-code')).fill('4821');
  await (await shareHook(page, 'share-allow-replies')).check();
  await (await shareHook(page, 'share-create')).click();
  await byTestId(page, 'share-qr').waitFor({ timeout: 20_000 });
  assert.match(await byTestId(page, 'share-summary').innerText(), /Dokter Jansen, huisarts ziet: .*Leefgebieden \(zonder /);
});
