// Accessibility: axe-core on every screen in both themes, on the standalone
// page and in the example blog post; a whole round and the comparison by
// keyboard alone; the live region; reflow at 320 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  acceptedAnswers,
  answerButton,
  buttonName,
  itemByStatement,
  openPage,
  rightAnswer,
  screenshot,
  useBrowser,
  violations,
  wrongFor,
} from './support.mjs';

const env = useBrowser();
/** Takes the standalone page through every screen, checking each with axe. */
async function everyScreen(page, base, label) {
  const report = {};
  const check = async (screen) => {
    report[screen] = await violations(page);
  };
  await page.goto(base);
  await page.getByRole('button', { name: 'Start quiz' }).waitFor();
  await check('intro');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await check('question');
  let item = itemByStatement(await page.locator('.rq-statement').textContent());
  await answerButton(page, rightAnswer(item)).click();
  await check('feedback-right');
  await page.getByRole('button', { name: 'Next question' }).click();
  item = itemByStatement(await page.locator('.rq-statement').textContent());
  await answerButton(page, wrongFor(item)).click();
  await check('feedback-wrong');
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.locator('.rq-answer >> nth=0').click();
  await page.getByRole('button', { name: 'See results' }).click();
  await check('results');
  await page.getByRole('tab', { name: 'Compare roles' }).click();
  await page.locator('.rq-group summary >> nth=0').click();
  await check('compare');
  return Object.fromEntries(Object.entries(report).map(([k, v]) => [`${label} ${k}`, v]));
}

for (const theme of ['light', 'dark']) {
  test(`axe finds nothing on any screen of the standalone page (${theme})`, async () => {
    const { page, context } = await openPage(env.browser, 1280);
    const report = await everyScreen(page, `${env.server.url}/?seed=42&questions=3&theme=${theme}`, theme);
    const failing = Object.fromEntries(Object.entries(report).filter(([, v]) => v.length));
    assert.deepEqual(failing, {});
    await context.close();
  });
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds nothing in the example blog post (${scheme} system setting)`, async () => {
    const { page, context } = await openPage(env.browser, 1280);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${env.server.url}/examples/blog-post.html`);
    await page.locator('[data-view="compare"]:not([data-role-quiz-prerendered]) .rq-filter input').waitFor();
    await page.locator('[data-view="quiz"]:not([data-role-quiz-prerendered])').getByRole('button', { name: 'Start quiz' }).waitFor();
    const card = await page.locator('[data-view="quiz"] .rq-card').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(card === 'rgb(255, 255, 255)', scheme === 'light', `the widgets follow the setting: ${card}`);
    assert.deepEqual(await violations(page), []);
    const quiz = page.locator('[data-view="quiz"]');
    await quiz.getByRole('button', { name: 'Start quiz' }).click();
    await quiz.locator('.rq-answer >> nth=0').click();
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
}

/** The focused element inside the widget, described; "BODY" if focus fell out. */
function focusedIn(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return 'BODY';
    const inWidget = active.getRootNode() instanceof ShadowRoot;
    return `${inWidget ? 'widget' : 'page'} ${active.tagName.toLowerCase()} ${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 40)}`;
  });
}

test('a whole round and the comparison by keyboard alone, focus never on the page', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/?seed=42&questions=3`);
  await page.getByRole('button', { name: 'Start quiz' }).waitFor();
  await page.evaluate(() => {
    window.pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown']) addEventListener(type, () => (window.pointerEvents += 1), true);
  });
  const trail = [];
  const press = async (key) => {
    await page.keyboard.press(key);
    const where = await focusedIn(page);
    trail.push(`${key} -> ${where}`);
    assert.ok(where.startsWith('widget'), `after ${key} focus is ${where}\n${trail.join('\n')}`);
    return where;
  };
  // Into the widget: the tabs, then the start button.
  await page.keyboard.press('Tab');
  assert.match(await focusedIn(page), /^widget button Quiz/);
  let where = await press('Tab');
  assert.match(where, /Start quiz/);
  await press('Enter');

  for (let n = 1; n <= 3; n++) {
    const item = itemByStatement(await page.locator('.rq-statement').textContent());
    const target = ['cio', 'both', 'cto'].indexOf(rightAnswer(item)) + 1;
    if (n === 2) {
      // Tab along the answers and press Space on the right one.
      for (let i = 0; i < target; i++) await press('Tab');
      await press('Space');
    } else {
      // The shortcut keys.
      await press(String(target));
    }
    where = await press('Enter'); // "Next question" / "See results" has focus
  }
  assert.match(where, /Your result/);
  assert.equal((await page.locator('.rq-score').textContent()).trim(), '3 / 3');

  // On to the comparison from the results, the filter, the diagram, a disclosure.
  for (let i = 0; i < 8 && !(await focusedIn(page)).includes('Compare roles'); i++) await press('Tab');
  await press('Enter');
  await press('Tab'); // the filter
  for (const key of 'data') await press(key);
  await press('Tab'); // the diagram's labels: one stop
  const label = await focusedIn(page);
  await press('ArrowDown');
  assert.notEqual(await focusedIn(page), label, 'arrows move between labels');
  await press('Enter'); // opens that entry in the list, focus on it
  const entry = page.locator('.rq-group-item details[open]');
  assert.equal(await entry.count(), 1);
  // The next entry, perhaps past a source's link or the next list's heading.
  await press('Tab');
  for (let i = 0; i < 4 && !(await focusedIn(page)).startsWith('widget summary'); i++) await press('Tab');
  await press('Enter'); // opens the next entry
  assert.equal(await page.locator('.rq-group-item details[open]').count(), 2);
  // The tabs, by arrow keys.
  await page.locator('#rq-tab-compare').focus();
  await press('ArrowLeft');
  assert.ok(await page.locator('#rq-panel-quiz').isVisible());

  assert.equal(await page.evaluate(() => window.pointerEvents), 0, 'no pointer event at all');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the live region speaks the feedback and the result', async () => {
  const { page, context } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/?seed=42&questions=1`);
  await page.getByRole('button', { name: 'Start quiz' }).waitFor();
  const status = page.locator('.rq-app > [role="status"]');
  assert.equal(await status.count(), 1, 'there before anything is said');
  assert.equal(await status.textContent(), '');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  const item = itemByStatement(await page.locator('.rq-statement').textContent());
  await answerButton(page, wrongFor(item)).click();
  const said = await status.textContent();
  assert.ok(said.startsWith(`Not quite. You chose ${buttonName(wrongFor(item))}. `), said);
  if (item.views) {
    // Where two answers count, what the articles give it to is spoken.
    assert.ok(/ this to /.test(said), said);
    for (const answer of acceptedAnswers(item)) assert.ok(said.includes(buttonName(answer)), said);
  } else {
    assert.ok(said.endsWith(`The answer is ${buttonName(item.answer)}.`), said);
  }
  await page.getByRole('button', { name: 'See results' }).click();
  assert.equal(await status.textContent(), 'Round complete. You scored 0 out of 1.');
  await context.close();
});

test('shortcuts work only with focus in the widget, and data-shortcuts="off" turns them off', async () => {
  env.server.pages['/keys.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Keys</title>
    <link rel="icon" href="data:,"></head><body><label>Search <input id="host-input"></label>
    <div id="on" data-role-quiz data-view="quiz" data-seed="1"></div>
    <div id="off" data-role-quiz data-view="quiz" data-seed="1" data-shortcuts="off"></div>
    <script type="module" src="/embed.js"></script></body></html>`;
  const { page, context } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/keys.html`);
  const on = page.locator('#on');
  const off = page.locator('#off');
  await on.getByRole('button', { name: 'Start quiz' }).click();
  await off.getByRole('button', { name: 'Start quiz' }).click();
  // A tap on a placeholder's "Start quiz" is acted on once the code is there.
  await on.locator('.rq-statement').waitFor();
  await off.locator('.rq-statement').waitFor();
  assert.equal(await on.locator('.rq-answer .rq-key').count(), 3, 'keys shown on the answers');
  assert.equal(await on.locator('.rq-answer >> nth=0').getAttribute('aria-keyshortcuts'), '1');
  assert.equal(await off.locator('.rq-key').count(), 0, 'no keys shown when off');

  // Typing on the host page does not answer.
  await page.locator('#host-input').fill('');
  await page.locator('#host-input').press('2');
  assert.equal(await on.locator('.rq-feedback').count(), 0);
  // In the widget it does; in the widget with shortcuts off it does not.
  await off.locator('.rq-statement').focus();
  await page.keyboard.press('2');
  assert.equal(await off.locator('.rq-feedback').count(), 0);
  await on.locator('.rq-statement').focus();
  await page.keyboard.press('2');
  assert.ok(await on.locator('.rq-feedback').isVisible());
  assert.equal(await on.locator('.rq-answer >> nth=1').getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('n');
  assert.equal(await on.locator('.rq-progress-text').textContent(), 'Question 2 of 10');
  await context.close();
});

/** Whether the page scrolls sideways. */
function overflows(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

for (const width of [320, 640]) {
  test(`no sideways scrolling on any screen at ${width} px${width === 640 ? ' (200% zoom)' : ''}`, async () => {
    const { page, context } = await openPage(env.browser, width);
    const seen = [];
    const check = async (screen) => {
      if (await overflows(page)) seen.push(screen);
    };
    await page.goto(`${env.server.url}/?seed=42&questions=2`);
    await page.getByRole('button', { name: 'Start quiz' }).waitFor();
    await check('intro');
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await check('question');
    await page.locator('.rq-answer >> nth=0').click();
    await check('feedback');
    await page.getByRole('button', { name: 'Next question' }).click();
    await page.locator('.rq-answer >> nth=2').click();
    await page.getByRole('button', { name: 'See results' }).click();
    await check('results');
    await page.getByRole('tab', { name: 'Compare roles' }).click();
    // Narrow, the lists start folded: open the first, and its first entry.
    const first = page.locator('.rq-group-toggle >> nth=0');
    if ((await first.getAttribute('aria-expanded')) === 'false') await first.click();
    await page.locator('.rq-group summary >> nth=0').click();
    await check('compare');
    await page.goto(`${env.server.url}/examples/blog-post.html`);
    await page.locator('[data-view="compare"]:not([data-role-quiz-prerendered]) .rq-filter input').waitFor();
    await check('blog post');
    if (width === 320) await screenshot(page, 'blog-post-320');
    assert.deepEqual(seen, []);
    await context.close();
  });
}

test('with reduced motion there is no animation', async () => {
  const { page, context } = await openPage(env.browser, 1280);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${env.server.url}/?seed=1`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  const durations = await page.locator('.rq-answer >> nth=0').evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.equal(durations, '0s');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const moving = await page.locator('.rq-answer >> nth=0').evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.notEqual(moving, '0s', 'transitions exist when motion is fine');
  await context.close();
});
