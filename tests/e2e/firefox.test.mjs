// The core flows again in Firefox (Debian's firefox-esr, driven over WebDriver
// BiDi by puppeteer-core): a round from intro to results, the comparison and
// its filter, a round kept across a reload, the blog post's two widgets,
// the iframe sized by host.js, a widget in German (its words fetched), and
// the first question shown before the code (here, code that never comes).
// The rest of the suite runs in Chromium; these keep the other engine
// readers use from breaking unseen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { DIST, PACK, buttonName, itemByStatement, rightAnswer, serve, wrongFor, SCREENSHOTS } from './support.mjs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const env = {};

before(async () => {
  env.server = await serve();
  env.browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    protocol: 'webDriverBiDi',
    headless: true,
  });
});

after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

/** A fresh page (its own storage) at `width` px, recording console errors. */
async function openPage(width = 1280) {
  const context = await env.browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: 900 });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, context, errors };
}

/** The text of the first element matching `selector`, looking into shadow roots. */
async function text(scope, selector) {
  const element = await scope.waitForSelector(`>>> ${selector}`);
  return (await element.evaluate((e) => e.textContent)).trim();
}

async function click(scope, selector) {
  await (await scope.waitForSelector(`>>> ${selector}`)).click();
}

/** Clicks the answer button for `answer` ("cio", "both", "cto") in `scope`. */
async function answer(scope, choice) {
  await scope.waitForSelector('>>> .rq-answer');
  const name = buttonName(choice);
  for (const button of await scope.$$('>>> .rq-answer')) {
    const label = await button.evaluate((b) => b.querySelector('.rq-answer-name').textContent.trim());
    if (label === name) {
      await button.click();
      return;
    }
  }
  throw new Error(`no answer button for ${choice}`);
}

/** A server for dist/ whose embed.js comes `ms` late: a slow network before any script. */
async function serveWithLateEmbed(ms) {
  const server = await serve();
  const embed = await readFile(join(DIST, 'embed.js'));
  server.routes['/embed.js'] = (req, res) =>
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(embed), ms);
  return server;
}

async function shot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

test('Firefox: a round from intro to results, with right and wrong feedback', async () => {
  const { page, context, errors } = await openPage(390);
  await page.goto(`${env.server.url}/?seed=5&questions=3`);
  await click(page, '.rq-intro .rq-button-primary');
  for (let n = 1; n <= 3; n += 1) {
    assert.equal(await text(page, '.rq-progress-text'), `Question ${n} of 3`);
    const item = itemByStatement(await text(page, '.rq-statement'));
    const right = n !== 2;
    await answer(page, right ? rightAnswer(item) : wrongFor(item));
    const title = await text(page, '.rq-feedback-title');
    assert.equal(title === 'Correct' || title.startsWith('Right'), right, `question ${n}: ${title}`);
    assert.ok((await text(page, '.rq-explanation')).length > 0);
    await click(page, '.rq-feedback .rq-button-primary');
  }
  const score = await text(page, '.rq-results');
  assert.match(score, /2\s*\/\s*3|2 of 3/);
  await shot(page, 'firefox-results-390');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Firefox: the comparison lists every item, and the filter narrows them', async () => {
  const { page, context, errors } = await openPage(1280);
  await page.goto(`${env.server.url}/#compare`);
  await page.waitForSelector('>>> .rq-filter input');
  assert.equal((await page.$$('>>> .rq-group summary')).length, PACK.items.length);
  await (await page.$('>>> .rq-filter input')).type('data');
  const expected = PACK.items.filter((i) => `${i.statement} ${i.label}`.toLowerCase().includes('data'));
  await page.waitForFunction(
    (n) => {
      const root = document.querySelector('[data-role-quiz]').shadowRoot;
      return root.querySelectorAll('.rq-group summary').length === n;
    },
    {},
    expected.length,
  );
  assert.equal(await text(page, '.rq-filter-summary'), `Showing ${expected.length} of ${PACK.items.length} responsibilities`);
  await shot(page, 'firefox-compare-1280');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Firefox: a round in progress survives a reload', async () => {
  const { page, context, errors } = await openPage(1280);
  await page.goto(`${env.server.url}/?seed=9&questions=3`);
  await click(page, '.rq-intro .rq-button-primary');
  const item = itemByStatement(await text(page, '.rq-statement'));
  await answer(page, rightAnswer(item));
  await click(page, '.rq-feedback .rq-button-primary');
  const second = await text(page, '.rq-statement');
  await page.reload();
  assert.equal(await text(page, '.rq-progress-text'), 'Question 2 of 3');
  assert.equal(await text(page, '.rq-statement'), second);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Firefox: the blog post mounts both widgets, and host.js sizes its iframe', async () => {
  const { page, context, errors } = await openPage(1280);
  await page.goto(`${env.server.url}/examples/blog-post.html`);
  const quiz = await page.waitForSelector('[data-view="quiz"]');
  await quiz.waitForSelector('>>> .rq-intro .rq-button-primary');
  await page.waitForSelector('[data-view="compare"] >>> .rq-filter input');
  await click(quiz, '.rq-intro .rq-button-primary');
  const item = itemByStatement(await text(quiz, '.rq-statement'));
  await answer(quiz, rightAnswer(item));
  assert.match(await text(quiz, '.rq-feedback-title'), /^(Correct|Right)/);

  await click(page, 'article > details > summary');
  // The frame's widget starts, and host.js follows its content: the frame's
  // height equals its page's. (Read through the same-origin frame's
  // document: the frame navigates from about:blank once opened.)
  await page.waitForFunction(
    () => {
      const f = document.querySelector('iframe[data-role-quiz-frame]');
      const doc = f.contentDocument;
      const started = doc?.querySelector('[data-role-quiz]')?.shadowRoot?.querySelector('.rq-intro .rq-button-primary');
      const inner = doc?.documentElement.scrollHeight ?? 0;
      return started && inner > 100 && Math.abs(f.getBoundingClientRect().height - inner) <= 2;
    },
    { timeout: 15000 },
  );
  await shot(page, 'firefox-blog-post-1280');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Firefox: a widget in German gets its words and plays in German', async () => {
  const { page, context, errors } = await openPage(390);
  await page.goto(`${env.server.url}/?lang=de&seed=4`);
  const widget = await page.waitForSelector('[data-role-quiz]:not([data-role-quiz-prerendered])');
  assert.equal(await text(widget, '.rq-intro .rq-button-primary'), 'Quiz starten');
  await click(widget, '.rq-intro .rq-button-primary');
  assert.match(await text(widget, '.rq-progress-text'), /^Frage 1 von 10$/);
  const item = itemByStatement(await text(widget, '.rq-statement'));
  await answer(widget, rightAnswer(item));
  await widget.waitForSelector('>>> .rq-feedback');
  await shot(page, 'firefox-de-feedback-390');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Firefox: "Start quiz" before the code shows the first question, and says so when the code never comes', async () => {
  // The code is held back, then never comes: the page shows what it has,
  // then says the code failed.
  const server = await serve();
  const wasm = (await readdir(DIST)).find((f) => /^role-quiz-[0-9a-f]+_bg\.wasm$/.test(f));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  server.routes[`/${wasm}`] = (req, res) => held.then(() => res.writeHead(404).end());
  const { page, context, errors } = await openPage(390);
  await page.goto(`${server.url}/`);
  await click(page, '.rq-intro .rq-button-primary');
  assert.equal(await text(page, '.rq-progress-text'), 'Question 1 of 10');
  itemByStatement(await text(page, '.rq-statement'));
  await page.keyboard.press('2');
  const chosen = await page.waitForSelector('>>> .rq-answer[aria-pressed="true"]');
  assert.equal(await chosen.evaluate((b) => b.querySelector('.rq-answer-name').textContent), 'Both');
  await shot(page, 'firefox-early-question-390');
  release();
  assert.equal(await text(page, '[role="alert"]'), 'This quiz could not be loaded. Please try again later.');
  assert.ok(await chosen.evaluate((b) => b.disabled && !b.classList.contains('rq-pressed')));
  await shot(page, 'firefox-early-question-failed-390');
  assert.ok(errors.some((e) => /could not load/.test(e)), errors.join('\n'));
  await context.close();
  await server.close();
});

test('Firefox: a post whose embed.js comes late does not jump when its widgets appear', async () => {
  // Firefox paints without waiting for blocking="render": the post keeps the
  // widgets' room itself (its styles), so the text after them stays put.
  const server = await serveWithLateEmbed(1500);
  try {
    for (const width of [1280, 390]) {
      const { page, context, errors } = await openPage(width);
      const loaded = page.goto(`${server.url}/examples/blog-post.html`);
      const after = () =>
        page.evaluate(() => {
          const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'Test yourself');
          return heading ? Math.round(heading.getBoundingClientRect().top + scrollY) : null;
        });
      await new Promise((ok) => setTimeout(ok, 900));
      const before = await after();
      assert.equal(await page.evaluate(() => document.querySelectorAll('[data-role-quiz-mounted]').length), 0, 'embed.js came early');
      await loaded;
      await page.waitForFunction(() => document.querySelectorAll('[data-role-quiz-mounted]').length === 2);
      const moved = (await after()) - before;
      assert.ok(Math.abs(moved) <= 60, `the text after the widgets moved ${moved}px at ${width}px`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  } finally {
    await server.close();
  }
});

test('Firefox: with embed.js 3 s late the page says nothing of JavaScript, then starts', async () => {
  const server = await serveWithLateEmbed(3000);
  try {
    const { page, context, errors } = await openPage(390);
    const loaded = page.goto(`${server.url}/`);
    await new Promise((ok) => setTimeout(ok, 2600));
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.page-fallback')].filter((p) => p.checkVisibility({ opacityProperty: true })).map((p) => p.textContent.trim()),
    );
    assert.deepEqual(shown, []);
    await loaded;
    await click(page, '.rq-intro .rq-button-primary');
    itemByStatement(await text(page, '.rq-statement'));
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await server.close();
  }
});
