// The split wasm (issue 29): the first feedback needs only the first module;
// the comparison and the results come in a part of their own
// (role-quiz-later-*.wasm), asked for once the first screen is up. While it
// is on its way, what the reader asked for shows pressed over what they had;
// a failed fetch is said and tried again, and loses nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openPage, hostPage, screenshot, itemByStatement, rightAnswer, answerButton } from './support.mjs';

const env = useBrowser();
const LATER = /\/role-quiz-later-[0-9a-f]+\.wasm$/;

/** Holds the files matching `pattern` back until the returned function is called. */
async function hold(page, pattern) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await held;
    await route.fallback();
  });
  return release;
}
const holdLater = (page) => hold(page, LATER);

async function answerRight(widget) {
  const item = itemByStatement(await widget.locator('.rq-statement').textContent());
  await answerButton(widget, rightAnswer(item)).click();
  await widget.locator('.rq-feedback').waitFor();
}

/** Plays a round of `n` to its last feedback. */
async function toLastFeedback(widget, n) {
  await widget.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 1; i <= n; i++) {
    await answerRight(widget);
    if (i < n) await widget.getByRole('button', { name: 'Next' }).click();
  }
}

test('the first feedback needs only the first module: with the later part never arriving, a reader answers', async () => {
  const { page, context, errors } = await openPage(env.browser, 390);
  let asked = 0;
  await page.route(LATER, () => {
    asked += 1; // never answered
  });
  env.server.pages['/split-first.html'] = hostPage('<div id="w" data-role-quiz data-view="both" data-seed="3"></div>');
  await page.goto(`${env.server.url}/split-first.html`);
  const widget = page.locator('#w');
  await widget.getByRole('button', { name: 'Start quiz' }).click();
  await answerRight(widget);
  assert.equal((await widget.locator('.rq-feedback-title').textContent()).trim(), 'Correct');
  await widget.getByRole('button', { name: 'Next' }).click();
  await answerRight(widget);
  assert.ok(asked >= 1, 'the later part was asked for in the background');
  assert.deepEqual(errors, []);
  await context.close();
});

test('results asked for before their code: the last feedback stays with "See results" pressed, then the results', async () => {
  for (const width of [390, 1280]) {
    const { page, context, errors } = await openPage(env.browser, width);
    const release = await holdLater(page);
    env.server.pages['/split-results.html'] = hostPage('<div id="w" data-role-quiz data-seed="4" data-questions="3"></div>');
    await page.goto(`${env.server.url}/split-results.html`);
    const widget = page.locator('#w');
    await toLastFeedback(widget, 3);
    const see = widget.getByRole('button', { name: 'See results' });
    await see.click();
    await assert.doesNotReject(see.and(widget.locator('.rq-pressed[aria-busy="true"]')).waitFor());
    assert.equal(await widget.locator('.rq-feedback').count(), 1, 'the feedback stays on screen');
    assert.equal(await widget.locator('.rq-results').count(), 0);
    await screenshot(page, `split/results-pending-${width}`, { fullPage: false });
    release();
    await widget.locator('.rq-results').waitFor();
    assert.match(await widget.locator('.rq-results').textContent(), /3 \/ 3/);
    // Focus went to the results as it does without the split.
    assert.equal(await page.evaluate(() => document.querySelector('#w').shadowRoot.activeElement?.closest('.rq-results') != null), true);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the comparison tab chosen before its code: the tab shows pressed over the quiz, then the comparison', async () => {
  const { page, context, errors } = await openPage(env.browser, 390);
  const release = await holdLater(page);
  env.server.pages['/split-tab.html'] = hostPage('<div id="w" data-role-quiz data-seed="5"></div>');
  await page.goto(`${env.server.url}/split-tab.html`);
  const widget = page.locator('#w');
  await widget.getByRole('button', { name: 'Start quiz' }).click();
  await answerRight(widget);
  const tab = widget.getByRole('tab', { name: 'Compare roles' });
  await tab.click();
  await widget.locator('.rq-tab.rq-pressed[aria-busy="true"]').waitFor();
  assert.ok(await widget.locator('.rq-feedback').isVisible(), 'the quiz stays until the comparison is here');
  await screenshot(page, 'split/tab-pending-390', { fullPage: false });
  release();
  await widget.locator('.rq-compare .rq-filter input, .rq-compare input').first().waitFor();
  assert.equal(await tab.getAttribute('aria-selected'), 'true');
  // Back to the quiz: the round is where it was.
  await widget.getByRole('tab', { name: 'Quiz' }).click();
  assert.ok(await widget.locator('.rq-feedback').isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test('a comparison-only widget keeps its first screen until the comparison code is here: never an empty card', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  const release = await holdLater(page);
  env.server.pages['/split-compare.html'] = hostPage('<div id="w" data-role-quiz data-view="compare"></div>');
  await page.goto(`${env.server.url}/split-compare.html`);
  const widget = page.locator('#w');
  // The code itself is in and running; only the later part is held.
  await page.waitForFunction(() => performance.getEntriesByName('role-quiz:instantiated').length > 0);
  await page.waitForTimeout(300);
  const text = await page.evaluate(() => document.querySelector('#w').shadowRoot.textContent);
  assert.match(text, /Chief Information Officer/, 'the first screen is still shown');
  release();
  await page.waitForFunction(() => document.querySelector('#w').hasAttribute('data-role-quiz-mounted'));
  // The comparison itself, working: its filter narrows the lists.
  await widget.locator('.rq-compare input').fill('data');
  assert.match(await widget.locator('.rq-compare').textContent(), /Data/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a failed fetch of the later part is said, tried again, and loses nothing', async () => {
  const { page, context, errors } = await openPage(env.browser, 390);
  let failures = 2;
  await page.route(LATER, async (route) => {
    if (failures > 0) {
      failures -= 1;
      await route.abort('connectionreset');
    } else {
      await route.fallback();
    }
  });
  env.server.pages['/split-fail.html'] = hostPage('<div id="w" data-role-quiz data-seed="6" data-questions="3"></div>');
  await page.goto(`${env.server.url}/split-fail.html`);
  const widget = page.locator('#w');
  await toLastFeedback(widget, 3);
  await widget.getByRole('button', { name: 'See results' }).click();
  // Either the notice while it tries again, or (a fast retry) the results.
  const notice = widget.getByRole('alert').filter({ hasText: 'The next screen has not arrived yet' });
  await Promise.race([notice.waitFor(), widget.locator('.rq-results').waitFor()]);
  if (await notice.count()) await screenshot(page, 'split/failed-390', { fullPage: false });
  await widget.locator('.rq-results').waitFor({ timeout: 15_000 });
  assert.match(await widget.locator('.rq-results').textContent(), /3 \/ 3/);
  assert.equal(await notice.count(), 0, 'the notice goes with the results');
  // The browser's own lines for the aborted requests, and the loader's.
  assert.deepEqual(errors.filter((e) => !/ERR_CONNECTION_RESET|Failed to fetch|could not be loaded|Failed to load resource/.test(e)), []);
  await context.close();
});

// The pack reader is a part of its own too: the built-in English pack is
// compiled in, so only a pack of the blogger's or the built-in pack in
// another language needs it.
const READER = /\/role-quiz-reader-[0-9a-f]+\.wasm$/;

const holdReader = (page) => hold(page, READER);

test('an English widget with the built-in pack never fetches the pack reader, through a round and the comparison', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  env.server.pages['/split-english.html'] = hostPage('<div id="w" data-role-quiz data-seed="7" data-questions="3"></div>');
  await page.goto(`${env.server.url}/split-english.html`);
  const widget = page.locator('#w');
  await toLastFeedback(widget, 3);
  await widget.getByRole('button', { name: 'See results' }).click();
  await widget.locator('.rq-results').waitFor();
  await widget.getByRole('tab', { name: 'Compare roles' }).click();
  await widget.locator('.rq-compare input').waitFor();
  assert.deepEqual(requested.filter((p) => READER.test(p)), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a German widget keeps its German first screen until the reader has read its pack, then plays in German', async () => {
  const { page, context, errors } = await openPage(env.browser, 390);
  const release = await holdReader(page);
  env.server.pages['/split-de.html'] = hostPage('<div id="w" data-role-quiz data-lang="de" data-seed="8"></div>');
  await page.goto(`${env.server.url}/split-de.html`);
  const widget = page.locator('#w');
  await page.waitForFunction(() => performance.getEntriesByName('role-quiz:instantiated').length > 0);
  await page.waitForTimeout(300);
  const text = () => page.evaluate(() => document.querySelector('#w').shadowRoot.textContent);
  assert.match(await text(), /CIO oder CTO\?/, 'the German first screen');
  assert.equal(await widget.getAttribute('data-role-quiz-prerendered'), '', 'not taken over yet');
  release();
  await page.waitForFunction(() => !document.querySelector('#w').hasAttribute('data-role-quiz-prerendered'));
  assert.match(await text(), /Beide Rollen/, 'the pack in German once mounted');
  assert.doesNotMatch(await text(), /Both roles lead technology/);
  await widget.getByRole('button', { name: 'Quiz starten' }).click();
  await widget.locator('.rq-answer').first().click();
  await widget.locator('.rq-feedback').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pack by address waits for the reader too; a reader that fails to arrive is said, and "Try again" brings the pack', async () => {
  const { page, context, errors } = await openPage(env.browser, 390);
  // Down until the reader presses "Try again".
  let down = true;
  await page.route(READER, async (route) => {
    if (down) await route.abort('connectionreset');
    else await route.fallback();
  });
  env.server.pages['/split-pack.html'] = hostPage('<div id="w" data-role-quiz data-pack="/cto-cfo.example.json"></div>');
  await page.goto(`${env.server.url}/split-pack.html`);
  const widget = page.locator('#w');
  const problem = widget.getByText('pack reader could not be loaded');
  await problem.first().waitFor();
  await screenshot(page, 'split/reader-failed-390', { fullPage: false });
  down = false;
  await widget.getByRole('button', { name: 'Try again' }).click();
  await widget.getByText('CTO or CFO? (example pack)').first().waitFor();
  assert.equal(await problem.count(), 0);
  assert.deepEqual(errors.filter((e) => !/ERR_CONNECTION_RESET|Failed to fetch|could not be loaded|Failed to load resource|pack reader/.test(e)), []);
  await context.close();
});

test('a pack in the page keeps the first screen until the reader is here, then shows', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  const release = await holdReader(page);
  const pack = await (await fetch(`${env.server.url}/cto-cfo.example.json`)).text();
  env.server.pages['/split-inline.html'] = hostPage(
    `<div id="w" data-role-quiz><script type="application/json">${pack.replaceAll('<', '\\u003c')}</script></div>`,
  );
  await page.goto(`${env.server.url}/split-inline.html`);
  const widget = page.locator('#w');
  await page.waitForFunction(() => performance.getEntriesByName('role-quiz:instantiated').length > 0);
  await page.waitForTimeout(300);
  // embed.js's loading card, not yet the pack.
  const shown = await page.evaluate(() => document.querySelector('#w').shadowRoot?.textContent ?? '');
  assert.match(shown, /Loading the quiz/);
  assert.doesNotMatch(shown, /CTO or CFO/);
  release();
  await widget.getByText('CTO or CFO? (example pack)').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
