// Results that teach, progress that survives a reload, and sharing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PACK,
  answerButton,
  hostPage,
  itemByStatement,
  openPage,
  rightAnswer,
  screenshot,
  useBrowser,
  wrongFor,
} from './support.mjs';

const env = useBrowser();

/** The standalone page's storage key for its round (page "/", widget "page"). */
const PAGE_ROUND_KEY = `role-quiz:1:round:/:page:${PACK.id}@${PACK.version}`;

/** Answers the question on screen, right or wrong on purpose; returns its item. */
async function answer(scope, right) {
  const item = itemByStatement(await scope.locator('.rq-statement').textContent());
  const choice = right ? rightAnswer(item) : wrongFor(item);
  await answerButton(scope, choice).click();
  return item;
}

async function next(scope) {
  await scope.getByRole('button', { name: /^(Next question|See results)$/ }).click();
}

/** Plays a whole round, wrong where `pattern(n)` says; returns the missed items. */
async function playRound(scope, total, wrong) {
  const missed = [];
  for (let n = 1; n <= total; n++) {
    const item = await answer(scope, !wrong(n));
    if (wrong(n)) missed.push(item);
    await next(scope);
  }
  return missed;
}

test('a reload mid-round picks up at the same question with the same score', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/?seed=42`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await answer(page, true);
  await next(page);
  await answer(page, false);
  await next(page);
  await answer(page, true);
  await next(page);
  const fourth = await page.locator('.rq-statement').textContent();

  await page.reload();
  await page.locator('.rq-statement').waitFor();
  assert.equal(await page.locator('.rq-progress-text').textContent(), 'Question 4 of 10');
  assert.equal(await page.locator('.rq-statement').textContent(), fourth);
  assert.equal(await page.locator('progress').getAttribute('value'), '3');

  // A reload during feedback keeps the feedback.
  await answer(page, true);
  await page.reload();
  await page.locator('.rq-feedback').waitFor();
  assert.equal((await page.locator('.rq-feedback-title').textContent()).trim(), 'Correct');
  await next(page);

  // The answers from before the reloads count: 3 right so far, then all right.
  await playRound(page, 6, () => false);
  assert.equal((await page.locator('.rq-score').textContent()).trim(), '9 / 10');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a round saved under the page\'s key is picked up (the key the tests below rely on)', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  const saved = {
    format: 1,
    pack: PACK.id,
    version: PACK.version,
    items: PACK.items.slice(3, 6).map((i) => i.id),
    answers: [PACK.items[3].answer],
    position: 1,
    retry: false,
  };
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [PAGE_ROUND_KEY, JSON.stringify(saved)]);
  await page.goto(`${env.server.url}/`);
  await page.locator('.rq-statement').waitFor();
  assert.equal(await page.locator('.rq-progress-text').textContent(), 'Question 2 of 3');
  assert.equal(await page.locator('.rq-statement').textContent(), PACK.items[4].statement);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a corrupt or outdated saved round means a fresh start, silently', async () => {
  for (const stored of [
    '{"format":1,',
    'not json at all',
    JSON.stringify({ format: 1, pack: PACK.id, version: '0.0.1', items: [], answers: [], position: 0, retry: false }),
    JSON.stringify({ format: 1, pack: PACK.id, version: PACK.version, items: ['no-such-item'], answers: [], position: 0, retry: false }),
  ]) {
    const { page, context, errors } = await openPage(env.browser, 1280);
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [PAGE_ROUND_KEY, stored]);
    await page.goto(`${env.server.url}/?seed=3`);
    await page.getByRole('button', { name: 'Start quiz' }).waitFor();
    assert.equal(await page.locator('.rq-statement').count(), 0, 'the intro, not a round');
    assert.deepEqual(errors, [], stored);
    await context.close();
  }
});

test('with storage blocked the widget works and simply forgets', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(`${env.server.url}/?seed=3`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await answer(page, true);
  await page.reload();
  await page.getByRole('button', { name: 'Start quiz' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('two widgets on a page keep separate rounds', async () => {
  env.server.pages['/two-rounds.html'] = hostPage(`
    <div id="a" data-role-quiz data-view="quiz" data-seed="1"></div>
    <div id="b" data-role-quiz data-view="quiz" data-seed="2"></div>`);
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/two-rounds.html`);
  const a = page.locator('#a');
  const b = page.locator('#b');
  await a.getByRole('button', { name: 'Start quiz' }).click();
  await answer(a, true);
  await next(a);
  await b.getByRole('button', { name: 'Start quiz' }).click();
  await answer(b, true);
  await next(b);
  await answer(b, true);
  await next(b);
  const [aStatement, bStatement] = [
    await a.locator('.rq-statement').textContent(),
    await b.locator('.rq-statement').textContent(),
  ];

  await page.reload();
  await a.locator('.rq-statement').waitFor();
  assert.equal(await a.locator('.rq-progress-text').textContent(), 'Question 2 of 10');
  assert.equal(await b.locator('.rq-progress-text').textContent(), 'Question 3 of 10');
  assert.equal(await a.locator('.rq-statement').textContent(), aStatement);
  assert.equal(await b.locator('.rq-statement').textContent(), bStatement);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Start over" sets the round aside, with a way back; the best score stays', async () => {
  const { page, context } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/?seed=5&questions=3`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await playRound(page, 3, (n) => n === 2);
  // The first round sets a best, but beats none: no praise for it.
  assert.equal(await page.locator('.rq-best').textContent(), 'Your best: 2 / 3');
  await page.getByRole('button', { name: 'New round' }).click();
  await playRound(page, 3, () => false);
  assert.equal(await page.locator('.rq-best').textContent(), 'A new best score!');
  await page.getByRole('button', { name: 'New round' }).click();
  await answer(page, true);
  await page.getByRole('button', { name: 'Start over' }).click();
  assert.ok(await page.getByRole('button', { name: 'Start quiz' }).isVisible());
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), PAGE_ROUND_KEY), null);
  // A slip of the finger is not the end of the round: it can be had back.
  assert.equal(
    await page.locator('.rq-set-aside').textContent(),
    'You left a round at question 1 of 3. Go back to it',
  );
  await page.getByRole('button', { name: 'Go back to it' }).click();
  assert.equal(await page.locator('.rq-progress-text').textContent(), 'Question 1 of 3');
  assert.ok(await page.locator('.rq-feedback').isVisible(), 'at the feedback it was left at');
  assert.notEqual(await page.evaluate((k) => localStorage.getItem(k), PAGE_ROUND_KEY), null, 'kept again');
  await page.getByRole('button', { name: 'Start over' }).click();

  await page.reload();
  await page.getByRole('button', { name: 'Start quiz' }).waitFor();
  assert.match(await page.locator('.rq-intro .rq-meta').textContent(), /Your best: 3 \/ 3/);
  await context.close();
});

test('results teach: breakdown, insight, your answers, what you missed, retry', async () => {
  for (const width of [1280, 360]) {
    const { page, context, errors } = await openPage(env.browser, width);
    await page.goto(`${env.server.url}/?seed=42`);
    await page.getByRole('button', { name: 'Start quiz' }).click();
    const missed = await playRound(page, 10, (n) => n % 3 === 0);
    assert.equal((await page.locator('.rq-score').textContent()).trim(), '7 / 10');

    // The breakdown adds up, and the insight is said in words.
    const lines = await page.locator('.rq-breakdown li').allTextContents();
    const counts = lines.map((l) => l.match(/(\d+) of (\d+) right/).slice(1).map(Number));
    assert.deepEqual(counts.reduce(([r, t], [a, b]) => [r + a, t + b], [0, 0]), [7, 10]);
    assert.match(await page.locator('.rq-insight').textContent(), /miss/);

    // The first screen of a phone holds the score, verdict, breakdown and
    // the ways on; "Your answers" is folded, its summary saying how it went.
    if (width === 360) {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate(() => window.scrollTo(0, 0));
      const last = page.locator('.rq-results-actions button').last();
      const box = await last.boundingBox();
      assert.ok(box.y + box.height <= 844, `the last action ends at ${box.y + box.height}px`);
      await screenshot(page, 'results-first-screen-390', { fullPage: false });
    }
    const folded = page.locator('.rq-your-answers');
    assert.equal(await folded.getAttribute('open'), null, 'folded');
    assert.equal(await folded.locator('summary').textContent(), 'Your answers · 7 right, 3 wrong');
    await folded.locator('summary').click();

    // Every answer listed, right or wrong in words; the misses explained.
    assert.equal(await page.locator('.rq-answer-list li').count(), 10);
    assert.equal(await page.locator('.rq-answer-list li.rq-wrong').count(), 3);
    const explained = await page.locator('.rq-missed-statement').allTextContents();
    assert.deepEqual(explained, missed.map((i) => i.statement));
    // The answers diagram counts where the reader put things.
    const placed = await page.locator('svg:visible [data-region] .rq-venn-count').allTextContents();
    assert.equal(placed.map(Number).reduce((a, b) => a + b), 10);
    await screenshot(page, `results-teach-${width}`);

    // Retry my mistakes: a round of exactly the missed items.
    await page.getByRole('button', { name: 'Retry my mistakes (3)' }).click();
    assert.equal(await page.locator('.rq-progress-text').textContent(), 'Question 1 of 3');
    const retried = [];
    for (let n = 1; n <= 3; n++) {
      retried.push(await answer(page, true));
      await next(page);
    }
    assert.deepEqual(retried.map((i) => i.id), missed.map((i) => i.id));
    assert.equal(await page.locator('.rq-results-title').textContent(), 'Your retry');
    assert.match(await page.locator('.rq-best').textContent(), /do not count/);
    // All three put right: no round's praise, and nothing to share as a score.
    assert.equal(await page.locator('.rq-verdict').textContent(), '3 of 3 right this time.');
    assert.equal(await page.getByRole('button', { name: 'Share result' }).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('sharing copies a link with the score; opening it shows the challenge', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // As on desktop Linux: no share sheet, so the clipboard is used.
  await page.addInitScript(() => delete Navigator.prototype.share);
  await page.goto(`${env.server.url}/?seed=42&questions=3`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await playRound(page, 3, (n) => n === 1);
  await page.getByRole('button', { name: 'Share result' }).click();
  const status = page.locator('.rq-share-status [role="status"]');
  await status.filter({ hasText: 'Link copied' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${env.server.url}/?seed=42&questions=3#rq-result=2-3`);

  // A friend opens it.
  const friend = await openPage(env.browser, 1280);
  await friend.page.goto(link);
  const banner = friend.page.getByRole('note');
  await banner.waitFor();
  assert.equal((await banner.textContent()).trim(), 'A friend scored 2 / 3 — can you beat it?');
  await screenshot(friend.page, 'challenge-1280', { fullPage: false });

  // A doctored link shows nothing and breaks nothing.
  await friend.page.goto(`${env.server.url}/?seed=1#rq-result=12-10`);
  await friend.page.getByRole('button', { name: 'Start quiz' }).waitFor();
  assert.equal(await friend.page.locator('.rq-challenge').count(), 0);
  assert.deepEqual([...errors, ...friend.errors], []);
  await friend.context.close();
  await context.close();
});

test('when no way of sharing works, the link is shown to copy by hand', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  });
  await page.goto(`${env.server.url}/?seed=42&questions=2`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await playRound(page, 2, () => false);
  await page.getByRole('button', { name: 'Share result' }).click();
  const field = page.getByLabel('Link to your result');
  await field.waitFor();
  assert.equal(await field.inputValue(), `${env.server.url}/?seed=42&questions=2#rq-result=2-2`);
  assert.match(await page.locator('.rq-share-status [role="status"]').textContent(), /Copy this link/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link shared from one of several widgets in a post brings the friend to that widget', async () => {
  const spacer = '<p style="height: 3000px">A long post.</p>';
  env.server.pages['/long-post.html'] = hostPage(`
    <div id="top" data-role-quiz data-view="quiz" data-questions="2" data-seed="1"></div>
    ${spacer}
    <div id="later" data-role-quiz data-view="quiz" data-questions="2" data-seed="2"></div>`);
  const { page, context, errors } = await openPage(env.browser, 1280);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => delete Navigator.prototype.share);
  await page.goto(`${env.server.url}/long-post.html`);
  const later = page.locator('#later');
  await later.getByRole('button', { name: 'Start quiz' }).click();
  await playRound(later, 2, (n) => n === 2);
  await later.getByRole('button', { name: 'Share result' }).click();
  await later.locator('.rq-share-status [role="status"]').filter({ hasText: 'Link copied' }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${env.server.url}/long-post.html#rq-result=1-2@later`);

  // The friend, on a phone: the widget named in the link comes into view
  // and alone shows the challenge.
  const friend = await openPage(env.browser, 390);
  await friend.page.setViewportSize({ width: 390, height: 844 });
  await friend.page.goto(link);
  const banner = friend.page.locator('#later').getByRole('note');
  await banner.waitFor();
  assert.equal((await banner.textContent()).trim(), 'A friend scored 1 / 2 — can you beat it?');
  await friend.page.waitForFunction(() => {
    const top = document.querySelector('#later').getBoundingClientRect().top;
    return top >= -1 && top < innerHeight;
  });
  assert.equal(await friend.page.locator('#top .rq-challenge').count(), 0, 'not the other widget');
  assert.deepEqual([...errors, ...friend.errors], []);
  await friend.context.close();
  await context.close();
});

test('a friend opening a shared link to a page with the iframe sees the challenge in the frame', async () => {
  env.server.pages['/frame-post.html'] = hostPage(
    `<p style="height: 3000px">A long post.</p>
     <iframe data-role-quiz-frame src="/embed.html?view=quiz&amp;questions=2" title="Quiz"
       style="width: 100%; border: 0; min-height: 480px"></iframe>
     <script src="/host.js" async></script>`,
    { script: false },
  );
  const { page, context, errors } = await openPage(env.browser, 390);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${env.server.url}/frame-post.html#rq-result=4-5`);
  const frame = page.frameLocator('iframe');
  const banner = frame.getByRole('note');
  await banner.waitFor();
  assert.equal((await banner.textContent()).trim(), 'A friend scored 4 / 5 — can you beat it?');
  await page.waitForFunction(() => {
    const top = document.querySelector('iframe').getBoundingClientRect().top;
    return top >= -1 && top < innerHeight;
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test('an address asking for another round gets it, with the saved one offered, not forced', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/?seed=42`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await answer(page, true);
  await next(page);
  await answer(page, false);
  // The same address again: the round picks up where it was.
  await page.reload();
  await page.locator('.rq-feedback').waitFor();
  assert.equal(await page.locator('.rq-progress-text').textContent(), 'Question 2 of 10');

  // A link asking for another seed, or another length, starts on the intro.
  for (const query of ['?seed=7', '?seed=42&questions=5']) {
    await page.goto(`${env.server.url}/${query}`);
    const offer = page.locator('.rq-set-aside');
    await offer.waitFor();
    assert.equal(await offer.textContent(), 'You left a round at question 2 of 10. Go back to it', query);
  }
  await page.getByRole('button', { name: 'Start quiz' }).click();
  assert.equal(await page.locator('.rq-progress-text').textContent(), 'Question 1 of 5');
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.goto(`${env.server.url}/?seed=7`);
  await page.getByRole('button', { name: 'Start quiz' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
