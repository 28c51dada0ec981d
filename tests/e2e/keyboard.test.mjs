// The whole path from first run to a share, with the keyboard alone (Tab, Enter, Space and
// typing), and a visible focus indicator on every control that focus lands on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  OUT, PASSPHRASE, byTestId, saved, suite,
} from './harness.mjs';

const run = suite();

const STORY = 'Alles met het toetsenbord geschreven. Ik heb hulp nodig bij mijn post.';

/** What has focus, and whether a person can see it (outline or ring). */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { testid: null, visible: true, what: 'body' };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow && style.boxShadow !== 'none';
    return {
      testid: el.dataset.testid || null,
      visible: outline || ring,
      what: `${el.tagName.toLowerCase()}#${el.id} "${(el.textContent || el.value || '').trim().slice(0, 30)}"`,
    };
  });
}

/** Presses Tab until the control with `testid` has focus; checks each stop is visible. */
async function tabTo(page, testid, unseen) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now.visible) unseen.add(now.what);
    if (now.testid === testid) return;
  }
  assert.fail(`Tab never reached ${testid}`);
}

test('first run, writing, and sharing work with the keyboard alone', async () => {
  const { context, page } = await run.phone();
  const unseen = new Set();
  await byTestId(page, 'create-dossier').waitFor();

  await tabTo(page, 'new-passphrase', unseen);
  await page.keyboard.type(PASSPHRASE);
  await tabTo(page, 'confirm-passphrase', unseen);
  await page.keyboard.type(PASSPHRASE);
  // The "show passphrase" box answers to Space.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.equal(await byTestId(page, 'new-passphrase').getAttribute('type'), 'text');
  await page.keyboard.press('Space');
  await tabTo(page, 'create-dossier', unseen);
  await page.keyboard.press('Enter');
  await byTestId(page, 'lock').waitFor({ timeout: 20_000 });

  await tabTo(page, 'nav-story', unseen);
  await page.keyboard.press('Enter');
  await tabTo(page, 'story-text', unseen);
  await page.keyboard.type(STORY);
  await saved(page);

  await tabTo(page, 'nav-shares', unseen);
  await page.keyboard.press('Enter');
  await tabTo(page, 'share-new', unseen);
  await page.keyboard.press('Enter');
  // The form in steps: "Volgende" moves on, and the next step's question takes the focus.
  await tabTo(page, 'share-next', unseen);
  await page.keyboard.press('Enter');
  await tabTo(page, 'share-section-story', unseen);
  await page.keyboard.press('Space');
  assert.ok(await byTestId(page, 'share-section-story').isChecked());
  await tabTo(page, 'share-next', unseen);
  await page.keyboard.press('Enter');
  await tabTo(page, 'share-duration', unseen);
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'share-recipient', unseen);
  await page.keyboard.type('Anna, wijkteam');
  await tabTo(page, 'share-create', unseen);
  await page.screenshot({ path: join(OUT, 'keyboard-share-create-360.png') });
  await page.keyboard.press('Enter');
  await byTestId(page, 'share-qr').waitFor();
  const link = (await byTestId(page, 'share-link').innerText()).trim();
  assert.match(link, /\/v#1\./);
  assert.ok(await byTestId(page, 'share-qr').isVisible());
  await tabTo(page, 'share-done', unseen);
  await page.screenshot({ path: join(OUT, 'keyboard-share-made-360.png'), fullPage: true });
  await page.keyboard.press('Enter');
  await byTestId(page, 'share-item').waitFor();

  // The statement and back, by keyboard, with focus landing somewhere sensible each time.
  await tabTo(page, 'accessibility-link', unseen);
  await page.keyboard.press('Enter');
  await byTestId(page, 'accessibility-statement').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'a11y-title');
  await tabTo(page, 'accessibility-back', unseen);
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).testid, 'accessibility-link');

  assert.deepEqual([...unseen], [], 'every focus stop is visible');
  await context.close();
});

test('the idle warning takes focus, and a key press keeps the dossier open', async () => {
  const { context, page } = await run.phone({ clock: true });
  await tabTo(page, 'new-passphrase', new Set());
  await page.keyboard.type(PASSPHRASE);
  await tabTo(page, 'confirm-passphrase', new Set());
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await byTestId(page, 'lock').waitFor({ timeout: 20_000 });
  await tabTo(page, 'nav-story', new Set());
  await page.keyboard.press('Enter');
  await tabTo(page, 'story-text', new Set());

  await page.clock.fastForward('04:35');
  await byTestId(page, 'idle-warning').waitFor();
  assert.equal((await focused(page)).testid, 'stay-unlocked', 'the warning has focus');
  assert.equal(await byTestId(page, 'idle-warning').getAttribute('role'), 'alertdialog');
  await page.keyboard.press('Enter');
  await byTestId(page, 'idle-warning').waitFor({ state: 'detached' });
  assert.equal((await focused(page)).testid, 'story-text', 'focus went back');
  await page.clock.fastForward('04:00');
  assert.equal(await byTestId(page, 'lock').count(), 1, 'still open');
  await context.close();
});
