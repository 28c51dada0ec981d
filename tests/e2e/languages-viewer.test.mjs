// A Dutch client's share opens in the professional's browser language (English here; each
// other language in its own file), and the professional can switch it.
// Screenshots: target/e2e/lang-viewer-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, makeShare, suite } from './harness.mjs';
import { openedIn, texts, wholeScreen } from './languages.mjs';

const run = suite();

test('a Dutch client\'s share opens in English for an English browser, and switches to Turkish', async () => {
  const { context, page } = await run.phoneWithFixture();
  const link = await makeShare(page, { sections: ['about', 'goals', 'domains', 'network'], recipient: 'Anna, wijkteam' });
  const { desk, viewer } = await openedIn(run.browser, link, 'en-GB', 'en', texts('en'));
  await byTestId(viewer, 'lang-select').selectOption('tr');
  await viewer.locator('html[lang="tr"]').waitFor();
  const summary = await byTestId(viewer, 'view-summary').innerText();
  assert.ok(summary.includes(texts('tr')['ViewerText.ViewSummaryTitle']), 'the summary in Turkish');
  await wholeScreen(viewer, 'the opened share, switched', 'tr');
  await desk.close();
  await context.close();
});
