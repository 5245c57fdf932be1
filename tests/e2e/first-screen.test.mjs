// The first screen arrives with the page: dist/index.html and dist/embed.html
// carry it pre-rendered (src/bin/prerender.rs) in the widget's declarative
// shadow root, the widget takes over in place, and taps made before the
// code has arrived are kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DIST,
  PACK,
  answerButton,
  holdCode,
  holdEmbed,
  hostPage,
  isFocused,
  itemByStatement,
  openPage,
  rightAnswer,
  screenshot,
  useBrowser,
  violations,
  watchShifts,
  wrongFor,
} from './support.mjs';

const env = useBrowser();

/**
 * Opens `path` with the wasm held back until `release()` is called, so the
 * page shows only what came with its HTML. `ready` resolves when the widget
 * has mounted (its rolequiz:ready event).
 */
async function openHeld(path, width = 1280) {
  const opened = await openPage(env.browser, width);
  const release = await holdCode(opened.page);
  await opened.page.addInitScript(() => {
    window.widgetReady = new Promise((resolve) => document.addEventListener('rolequiz:ready', resolve));
  });
  await opened.page.goto(`${env.server.url}${path}`, { waitUntil: 'domcontentloaded' });
  return { ...opened, release, ready: () => opened.page.evaluate(() => window.widgetReady.then(() => true)) };
}

/** The widget card's text as a reader sees it, and its box. */
function card(page) {
  return page.locator('[data-role-quiz] .rq-card').evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { text: el.innerText, top: box.top, height: box.height, width: box.width };
  });
}

for (const page of ['index.html', 'embed.html']) {
  test(`dist/${page} carries the first screen in a declarative shadow root`, async () => {
    const html = await readFile(join(DIST, page), 'utf8');
    assert.match(html, /<template shadowrootmode="open"><style>:host\{/);
    assert.ok(html.includes('>Start quiz</button>'));
    assert.ok(html.includes(PACK.roles[0].title) && html.includes(PACK.roles[1].title));
    // With the round's first question, for a tap before the code arrives.
    const first = JSON.parse(html.match(/<script type="application\/json" data-role-quiz-first>(.*?)<\/script>/)[1]);
    assert.deepEqual(first.statements, PACK.items.map((item) => item.statement));
    assert.match(first.question, /^<section class="rq-screen rq-question">.*Question 1 of 10/);
    // embed.js is asked for beside the stylesheet, not after the page (it
    // asks for the code once the page has painted: see loader.js).
    assert.match(html, /<head>[^]*<link rel="modulepreload" href="embed\.js">[^]*<\/head>/);
  });
}

for (const path of ['/', '/embed.html']) {
  test(`${path}: the pre-rendered screen is the client's first render, in text and in place`, async () => {
    const { page, context, errors, release, ready } = await openHeld(path);
    await page.locator('[data-role-quiz] .rq-intro .rq-button-primary').waitFor();
    const before = await card(page);
    assert.match(before.text, /Start quiz/);
    await screenshot(page, `prerendered${path === '/' ? '-index' : '-embed'}-1280`, { fullPage: false });
    release();
    await ready();
    const after = await card(page);
    assert.equal(after.text, before.text);
    // No layout shift: the card neither moves nor changes size.
    for (const key of ['top', 'height', 'width']) {
      assert.ok(Math.abs(after[key] - before[key]) <= 1, `${key}: ${before[key]} then ${after[key]}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('"Start quiz" tapped before the code arrives shows the first question at once; the widget opens on it', async () => {
  const { page, context, errors, release, ready } = await openHeld('/', 390);
  const widget = page.locator('[data-role-quiz]');
  await widget.locator('.rq-intro .rq-button-primary').click();
  // The question is there before the code: a statement of the pack, the
  // first of ten, and the reader is on it.
  const statement = widget.locator('.rq-statement');
  const shown = await statement.textContent();
  const item = itemByStatement(shown);
  assert.equal(await widget.locator('.rq-progress-text').textContent(), 'Question 1 of 10');
  assert.ok(await isFocused(statement));
  assert.equal(await page.evaluate(() => window.RoleQuiz.debug.memory(document.querySelector('[data-role-quiz]'))), undefined, 'no code yet');
  const before = await card(page);
  await screenshot(page, 'early-question-390', { fullPage: false });
  release();
  await ready();
  // The widget takes over in place: the same question, the same screen.
  assert.equal(await statement.textContent(), item.statement);
  const after = await card(page);
  assert.equal(after.text, before.text);
  assert.ok(Math.abs(after.height - before.height) <= 1, `${before.height}px, then ${after.height}px`);
  assert.ok(await isFocused(statement));
  // And it is the first of a round of ten that goes on from there.
  await answerButton(widget, rightAnswer(item)).click();
  await widget.locator('.rq-feedback .rq-button-primary').click();
  assert.equal(await widget.locator('.rq-progress-text').textContent(), 'Question 2 of 10');
  assert.notEqual(await statement.textContent(), item.statement);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an answer tapped on that question before the code arrives gets its feedback once it has', async () => {
  const { page, context, errors, release, ready } = await openHeld('/', 1280);
  await page.evaluate(() => {
    window.answers = [];
    document.addEventListener('rolequiz:answer', (event) => window.answers.push(event.detail));
  });
  const widget = page.locator('[data-role-quiz]');
  await widget.locator('.rq-intro .rq-button-primary').click();
  const item = itemByStatement(await widget.locator('.rq-statement').textContent());
  const wrong = wrongFor(item);
  const button = answerButton(widget, wrong);
  // Keys work as on the widget: 1, 2, 3 are the answers in order.
  await page.keyboard.press(String([PACK.roles[0].id, 'both', PACK.roles[1].id].indexOf(wrong) + 1));
  // Chosen, waiting for the feedback, and no second answer taken.
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  assert.equal(await widget.locator('.rq-answer[aria-pressed="true"]').count(), 1);
  await answerButton(widget, rightAnswer(item)).dispatchEvent('click');
  assert.equal(await widget.locator('.rq-answer[aria-pressed="true"]').count(), 1);
  await screenshot(page, 'early-answer-1280', { fullPage: false });
  release();
  await ready();
  await widget.locator('.rq-feedback').waitFor();
  assert.equal(await widget.locator('.rq-statement').textContent(), item.statement);
  assert.match(await widget.locator('.rq-feedback-title').textContent(), /Not quite/);
  assert.equal(await answerButton(widget, wrong).getAttribute('aria-pressed'), 'true');
  // The page hears of it as of any answer.
  const answers = await page.evaluate(() => window.answers);
  assert.equal(answers.length, 1);
  assert.equal(answers[0].itemId, item.id);
  assert.equal(answers[0].correct, false);
  // Focus is on "Next", as after any answer.
  assert.ok(await isFocused(widget.locator('.rq-feedback .rq-button-primary')));
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Start over" on that question goes back to the intro, and nothing starts', async () => {
  const { page, context, errors, release, ready } = await openHeld('/', 1280);
  const widget = page.locator('[data-role-quiz]');
  await widget.locator('.rq-intro .rq-button-primary').click();
  await widget.getByRole('button', { name: 'Start over' }).click();
  assert.ok(await isFocused(widget.locator('.rq-intro .rq-button-primary')));
  assert.equal(await widget.locator('.rq-statement').count(), 0);
  release();
  await ready();
  assert.ok(await widget.locator('.rq-intro .rq-button-primary').isVisible());
  assert.equal(await widget.locator('.rq-statement').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tap on "Start quiz" before the code of a seeded round, or with a round saved, waits for it, pressed', async () => {
  // A seed asks for one round: the code draws it, so the button waits.
  const seeded = await openHeld('/?seed=3', 390);
  const start = seeded.page.locator('[data-role-quiz] .rq-intro .rq-button-primary');
  await start.click();
  assert.match(await start.getAttribute('class'), /rq-pressed/);
  assert.equal(await seeded.page.locator('.rq-statement').count(), 0);
  await screenshot(seeded.page, 'prerendered-pressed-390', { fullPage: false });
  seeded.release();
  await seeded.ready();
  const statement = seeded.page.locator('.rq-statement');
  await statement.waitFor();
  itemByStatement(await statement.textContent());
  assert.equal(await seeded.page.locator('.rq-progress-text').textContent(), 'Question 1 of 10');
  assert.deepEqual(seeded.errors, []);
  await seeded.context.close();

  // A round saved on an earlier visit is resumed, not replaced by a new one.
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/`);
  const widget = page.locator('[data-role-quiz]');
  await widget.locator('.rq-intro .rq-button-primary').click();
  const item = itemByStatement(await widget.locator('.rq-statement').textContent());
  await answerButton(widget, rightAnswer(item)).click();
  await widget.locator('.rq-feedback .rq-button-primary').click();
  const second = await widget.locator('.rq-statement').textContent();
  const release = await holdCode(page);
  await page.addInitScript(() => {
    window.widgetReady = new Promise((resolve) => document.addEventListener('rolequiz:ready', resolve));
  });
  await page.reload({ waitUntil: 'domcontentloaded' });
  await widget.locator('.rq-intro .rq-button-primary').click();
  assert.match(await widget.locator('.rq-intro .rq-button-primary').getAttribute('class'), /rq-pressed/);
  release();
  await page.evaluate(() => window.widgetReady);
  assert.equal(await widget.locator('.rq-statement').textContent(), second);
  assert.equal(await widget.locator('.rq-progress-text').textContent(), 'Question 2 of 10');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in a blog post too, "Start quiz" tapped before the code arrives shows the first question, once its file is there', async () => {
  const { page, context, errors } = await openPage(env.browser, 390);
  const release = await holdCode(page);
  // The post's widgets fetch the question once they are on show: held too.
  let releaseFirst;
  const firstHeld = new Promise((resolve) => (releaseFirst = resolve));
  let asked = 0;
  await page.route(/role-quiz-first-[0-9a-f]+\.json$/, async (route) => {
    asked += 1;
    await firstHeld;
    await route.fallback();
  });
  await page.goto(`${env.server.url}/examples/blog-post.html`, { waitUntil: 'domcontentloaded' });
  const widget = page.locator('[data-view="quiz"]');
  const start = widget.locator('.rq-intro .rq-button-primary');
  await start.click();
  // Before the file: pressed, as where no question can be shown.
  assert.match(await start.getAttribute('class'), /rq-pressed/);
  assert.equal(await widget.locator('.rq-statement').count(), 0);
  const arrived = page.waitForResponse(/role-quiz-first-[0-9a-f]+\.json$/);
  releaseFirst();
  assert.equal((await arrived).status(), 200);
  const statement = widget.locator('.rq-statement');
  const item = itemByStatement(await statement.textContent());
  assert.equal(await widget.locator('.rq-progress-text').textContent(), 'Question 1 of 10');
  assert.equal(asked, 1, 'one file for the page');
  release();
  await page.waitForFunction(() => document.querySelectorAll('[data-role-quiz]:not([data-role-quiz-prerendered])').length === 2);
  assert.equal(await statement.textContent(), item.statement);
  await answerButton(widget, rightAnswer(item)).click();
  await widget.locator('.rq-feedback').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tap on "Compare roles" before the code arrives opens the comparison once it has', async () => {
  const { page, context, errors, release, ready } = await openHeld('/');
  await page.locator('[data-role-quiz] [role="tab"][data-tab="compare"]').click();
  release();
  await ready();
  await page.locator('.rq-filter input').waitFor();
  assert.ok(await page.locator('#rq-panel-compare').isVisible());
  assert.equal(new URL(page.url()).hash, '#compare');
  assert.deepEqual(errors, []);
  await context.close();
});

test("in a post, a tap on a tab before the code arrives opens it once it has", async () => {
  env.server.pages['/tabs.html'] = hostPage('<div data-role-quiz></div>');
  const { page, context, errors, release } = await openHeld('/tabs.html');
  const widget = page.locator('[data-role-quiz]');
  await widget.locator('[role="tab"][data-tab="compare"]').click();
  release();
  await widget.locator('.rq-filter input').waitFor();
  assert.ok(await widget.locator('#rq-panel-compare').isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test('if the code never comes, the pre-rendered screen says so and its buttons are off', async () => {
  const { page, context } = await openPage(env.browser, 1280);
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  await page.goto(`${env.server.url}/`);
  const alert = page.locator('[data-role-quiz] [role="alert"]');
  await alert.waitFor();
  assert.equal(await alert.textContent(), 'This quiz could not be loaded. Please try again later.');
  assert.ok(await page.locator('[data-role-quiz] .rq-intro .rq-button-primary').isDisabled());
  await context.close();
});

test('without JavaScript the page shows the intro, both profiles and the whole comparison', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/`);
  const widget = page.locator('[data-role-quiz]');
  assert.ok(await widget.getByText(PACK.intro).isVisible());
  // Nothing to press that would do nothing: no "Start quiz", no tabs; the
  // page says why.
  assert.equal(await widget.locator('.rq-intro .rq-button-primary').count(), 1);
  assert.ok(await widget.locator('.rq-intro .rq-button-primary').isHidden());
  assert.ok(await widget.locator('[role="tablist"]').isHidden());
  // Said at once, to the reader, and only the no-script words.
  const notice = page.locator('.page-no-script');
  assert.ok(await notice.isVisible());
  assert.equal(await notice.evaluate((p) => getComputedStyle(p).opacity), '1');
  assert.match(await notice.innerText(), /needs JavaScript.*listed above/s);
  assert.ok(await page.locator('.page-stalled').isHidden());
  for (const role of PACK.roles) {
    assert.ok(await widget.getByRole('heading', { name: role.title }).isVisible(), role.title);
  }
  const lists = widget.locator('.rq-still');
  assert.ok(await lists.isVisible());
  const headings = await lists.locator('.rq-group-title').allInnerTexts();
  assert.deepEqual(headings.map((h) => h.split('\n')[0].trim()), ['CIO only', 'Both', 'CTO only', 'Where two answers count']);
  // Every item, with its explanation and its sources, a click away (a
  // <details>, which needs no script).
  assert.equal(await lists.locator('summary').count(), PACK.items.length);
  const item = PACK.items[0];
  const entry = lists.locator(`[data-item="${item.id}"]`);
  await entry.locator('summary').click();
  assert.equal(await entry.locator('.rq-explanation').innerText(), item.explanation);
  assert.ok((await entry.locator('.rq-sources li').count()) >= 1);
  await screenshot(page, 'no-javascript-1280');
  await context.close();
});

for (const width of [1280, 390]) {
  test(`the blog post's widgets hold their final size before their code arrives (${width}px)`, async () => {
    const { page, context, errors } = await openPage(env.browser, width);
    const release = await holdCode(page);
    await watchShifts(page);
    await page.goto(`${env.server.url}/examples/blog-post.html`, { waitUntil: 'domcontentloaded' });
    const boxes = () =>
      page.locator('[data-role-quiz]').evaluateAll((all) =>
        all.map((el) => {
          const box = el.getBoundingClientRect();
          return { view: el.dataset.view, top: Math.round(box.top + scrollY), height: box.height };
        }),
      );
    // embed.js shows each widget's first screen before the wasm is here.
    await page.locator('[data-view="quiz"] .rq-intro .rq-button-primary').waitFor();
    await page.locator('[data-view="compare"] .rq-filter input').waitFor();
    const before = await boxes();
    await screenshot(page, `blog-post-placeholders-${width}`, { fullPage: false });
    release();
    await page.waitForFunction(() => window.readyCount === 2);
    const after = await boxes();
    for (const [i, box] of after.entries()) {
      assert.ok(Math.abs(box.height - before[i].height) <= 2, `${box.view}: ${before[i].height}px, then ${box.height}px`);
      assert.ok(Math.abs(box.top - before[i].top) <= 2, `${box.view} moved from ${before[i].top} to ${box.top}`);
    }
    assert.equal(await page.evaluate(() => window.shifts), 0, 'no layout shift');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('axe finds nothing on the pre-rendered screen and the placeholders', async () => {
  for (const path of ['/', '/examples/blog-post.html']) {
    const { page, context, release } = await openHeld(path);
    await page.locator('[data-role-quiz] .rq-intro .rq-button-primary').first().waitFor();
    assert.deepEqual(await violations(page), [], path);
    release();
    await context.close();
  }
});

test('with embed.js itself late, the page shows its first screen, says nothing of JavaScript, and starts in place', async () => {
  const { page, context, errors } = await openPage(env.browser, 390);
  await watchShifts(page);
  const release = await holdEmbed(page);
  // (DOMContentLoaded waits for the module: only the navigation's start.)
  await page.goto(`${env.server.url}/`, { waitUntil: 'commit' });
  const widget = page.locator('[data-role-quiz]');
  await widget.getByText(PACK.intro).waitFor();
  // Past the moment the old notice came (2 s): a slow script is not a missing one.
  await page.waitForTimeout(2500);
  for (const notice of await page.locator('.page-fallback').all()) {
    const seen = await notice.evaluate((p) => p.checkVisibility({ opacityProperty: true }));
    assert.equal(seen, false, await notice.textContent());
  }
  // "Start quiz" waits, unseen, for a script that can keep its tap.
  assert.ok(await widget.locator('.rq-intro .rq-button-primary').evaluate((b) => getComputedStyle(b).visibility === 'hidden'));
  release();
  await widget.getByRole('button', { name: 'Start quiz' }).click();
  await widget.locator('.rq-statement').waitFor();
  assert.equal(await page.evaluate(() => window.shifts), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
