// Widgets that come and go: a single-page blog's next route, infinite
// scroll, a live preview redrawn on every keystroke. A widget whose element
// leaves the page lets go of what it holds, and its instance of the code
// runs the next widget; a page can add and remove widgets for as long as it
// likes. One that failed is never reused, and each widget keeps its own
// saved round, even where a page repeats an id or shows one quiz twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerButton,
  assertPlays,
  hostPage,
  itemByStatement,
  openPage,
  rightAnswer,
  useBrowser,
} from './support.mjs';

const env = useBrowser();

/** Opens a host page with no widget yet; `add()` and `remove()` come and go. */
async function emptyHost(name, body = '<main id="slot"></main>') {
  env.server.pages[`/${name}.html`] = hostPage(body);
  const opened = await openPage(env.browser, 1280);
  await opened.page.addInitScript(() => {
    window.ready = 0;
    document.addEventListener('rolequiz:ready', () => (window.ready += 1));
  });
  await opened.page.goto(`${env.server.url}/${name}.html`);
  await opened.page.waitForFunction(() => window.RoleQuiz?.debug);
  return opened;
}

test('a page that adds and removes a widget 150 times keeps working, on two instances at most', async () => {
  const { page, context, errors } = await emptyHost('churn');
  for (let round = 1; round <= 150; round += 1) {
    await page.evaluate(async (round) => {
      const slot = document.getElementById('slot');
      slot.replaceChildren();
      const widget = document.createElement('div');
      widget.setAttribute('data-role-quiz', '');
      widget.setAttribute('data-view', 'quiz');
      slot.append(widget);
      // Ready before the next one replaces it.
      while (window.ready < round) await new Promise((r) => setTimeout(r, 5));
    }, round);
  }
  const widget = page.locator('#slot [data-role-quiz]');
  await assertPlays(widget);
  const { running, made } = await page.evaluate(() => RoleQuiz.debug.instances());
  assert.equal(running, 1, 'only the widget on the page runs');
  assert.ok(made <= 2, `${made} instances made for 150 widgets shown one at a time`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a removed widget lets go of its element; put back, it mounts again where its reader was', async () => {
  const { page, context, errors } = await emptyHost(
    'put-back',
    '<main id="slot"><div id="w" data-role-quiz data-view="quiz" data-seed="3"></div></main><aside id="aside"></aside>',
  );
  await page.waitForFunction(() => window.ready === 1);
  const widget = page.locator('#w');
  await widget.getByRole('button', { name: 'Start quiz' }).click();
  const item = itemByStatement(await widget.locator('.rq-statement').textContent());
  await answerButton(widget, rightAnswer(item)).click();

  // Moved in one go (out and back in the same task): it simply goes on.
  await page.evaluate(() => document.getElementById('aside').append(document.getElementById('w')));
  await page.waitForTimeout(1500);
  assert.equal((await widget.locator('.rq-feedback-title').textContent()).trim(), 'Correct');
  assert.equal(await page.evaluate(() => window.ready), 1, 'a moved widget is not mounted again');

  // Taken away: its shadow root is emptied and its instance freed.
  await page.evaluate(() => {
    window.kept = document.getElementById('w');
    window.kept.remove();
  });
  await page.waitForFunction(() => RoleQuiz.debug.instances().running === 0);
  assert.equal(await page.evaluate(() => window.kept.shadowRoot.childNodes.length), 0);
  assert.equal(await page.evaluate(() => RoleQuiz.debug.instances().idle), 1);

  // Put back: the same element mounts again, on the freed instance, and the
  // reader is where they left off.
  await page.evaluate(() => document.getElementById('slot').append(window.kept));
  await page.waitForFunction(() => window.ready === 2);
  assert.equal(await widget.locator('.rq-progress-text').textContent(), 'Question 1 of 10');
  assert.equal((await widget.locator('.rq-feedback-title').textContent()).trim(), 'Correct');
  assert.deepEqual(await page.evaluate(() => RoleQuiz.debug.instances()), { running: 1, idle: 0, made: 1 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('RoleQuiz.unmount takes a widget down for good; a widget RoleQuiz.mount made and the page removed comes back with its options', async () => {
  const { page, context, errors } = await emptyHost('unmount', '<main><div id="a"></div><div id="b"></div></main>');
  await page.evaluate(() => {
    RoleQuiz.mount(document.getElementById('a'), { view: 'compare' });
    RoleQuiz.mount(document.getElementById('b'), { view: 'quiz', questions: 4 });
  });
  await page.waitForFunction(() => window.ready === 2);
  await page.evaluate(() => RoleQuiz.unmount(document.getElementById('a')));
  assert.equal(await page.evaluate(() => document.getElementById('a').shadowRoot.childNodes.length), 0);
  assert.equal(await page.evaluate(() => document.getElementById('a').hasAttribute('data-role-quiz-mounted')), false);
  // Unmounting twice, or an element that never had a widget, does nothing.
  await page.evaluate(() => {
    RoleQuiz.unmount(document.getElementById('a'));
    RoleQuiz.unmount(document.body);
    RoleQuiz.unmount(null);
  });

  // B leaves the page and comes back: still four questions of the quiz.
  await page.evaluate(() => {
    window.b = document.getElementById('b');
    window.b.remove();
  });
  await page.waitForFunction(() => RoleQuiz.debug.instances().running === 0);
  await page.evaluate(() => document.querySelector('main').append(window.b));
  await page.waitForFunction(() => window.ready === 3);
  assert.match(await page.locator('#b .rq-intro .rq-meta').textContent(), /^4 questions/);
  assert.equal(await page.locator('#b [role="tab"]').count(), 0, 'still the quiz alone');
  // A is not brought back by being moved.
  await page.evaluate(() => document.querySelector('main').append(document.getElementById('a')));
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => document.getElementById('a').shadowRoot.childNodes.length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an instance that panicked is never reused: the next widget gets a fresh one', async () => {
  const { page, context, errors } = await emptyHost(
    'panic-reuse',
    '<main id="slot"><div id="w" data-role-quiz data-view="quiz"></div></main>',
  );
  await page.waitForFunction(() => window.ready === 1);
  await page.evaluate(() => {
    try {
      RoleQuiz.debug.crash(document.getElementById('w'));
    } catch {
      // the panic aborts the call, as it would an event handler
    }
  });
  await page.locator('#w').getByRole('alert').waitFor();
  await page.evaluate(() => {
    document.getElementById('w').remove();
    const next = document.createElement('div');
    next.id = 'next';
    next.setAttribute('data-role-quiz', '');
    next.setAttribute('data-view', 'quiz');
    document.getElementById('slot').append(next);
  });
  await page.waitForFunction(() => window.ready === 2);
  const next = page.locator('#next');
  await assertPlays(next);
  assert.deepEqual(await page.evaluate(() => RoleQuiz.debug.instances()), { running: 1, idle: 0, made: 2 });
  assert.deepEqual(errors.filter((e) => !e.includes('crash_for_test') && !e.includes('unreachable')), []);
  await context.close();
});

test('two widgets with one id keep their own rounds, and the second says why it goes by its place', async () => {
  const { page, context, errors } = await emptyHost(
    'same-id',
    `<div id="w" data-role-quiz data-view="quiz" data-seed="1"></div>
     <section><div id="w" data-role-quiz data-view="quiz" data-seed="2"></div></section>`,
  );
  await page.waitForFunction(() => window.ready === 2);
  const [first, second] = [page.locator('[data-role-quiz] >> nth=0'), page.locator('section [data-role-quiz]')];
  assert.equal(await first.getByRole('note').count(), 0);
  assert.match(await second.getByRole('note').textContent(), /Another widget on this page has the id "w": give each widget its own id/);
  await first.getByRole('button', { name: 'Start quiz' }).click();
  const a = itemByStatement(await first.locator('.rq-statement').textContent());
  await answerButton(first, rightAnswer(a)).click();
  await first.getByRole('button', { name: 'Next question' }).click();
  await second.getByRole('button', { name: 'Start quiz' }).click();
  const b = itemByStatement(await second.locator('.rq-statement').textContent());
  await page.reload();
  await page.waitForFunction(() => window.ready === 2);
  assert.equal(await first.locator('.rq-progress-text').textContent(), 'Question 2 of 10');
  assert.equal(await second.locator('.rq-progress-text').textContent(), 'Question 1 of 10');
  assert.equal(itemByStatement(await second.locator('.rq-statement').textContent()).id, b.id);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two frames of the same quiz on one post keep their own rounds', async () => {
  env.server.pages['/two-frames.html'] = `<!doctype html><html><body>
    <iframe id="f1" src="/embed.html?view=quiz" style="width:700px;height:700px"></iframe>
    <iframe id="f2" src="/embed.html?view=quiz" style="width:700px;height:700px"></iframe>
  </body></html>`;
  const { page, context, errors } = await openPage(env.browser, 1500);
  await page.goto(`${env.server.url}/two-frames.html`);
  const frames = [page.frameLocator('#f1'), page.frameLocator('#f2')];
  const widgets = frames.map((f) => f.locator('[data-role-quiz]'));
  for (const widget of widgets) await widget.getByRole('button', { name: 'Start quiz' }).click();
  const picked = [];
  for (const [index, widget] of widgets.entries()) {
    // The first frame answers two questions, the second one.
    for (let n = 0; n <= index; n += 1) {
      const item = itemByStatement(await widget.locator('.rq-statement').textContent());
      await answerButton(widget, rightAnswer(item)).click();
      await widget.getByRole('button', { name: /^(Next question|See results)/ }).click();
    }
    picked.push(await widget.locator('.rq-progress-text').textContent());
  }
  assert.deepEqual(picked, ['Question 2 of 10', 'Question 3 of 10']);
  await page.reload();
  for (const widget of widgets) await widget.locator('.rq-progress-text').waitFor();
  assert.deepEqual(
    [await widgets[0].locator('.rq-progress-text').textContent(), await widgets[1].locator('.rq-progress-text').textContent()],
    ['Question 2 of 10', 'Question 3 of 10'],
  );
  assert.deepEqual(errors, []);
  await context.close();
});
