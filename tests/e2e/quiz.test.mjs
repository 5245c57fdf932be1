// The standalone page, built by Trunk into dist/, played like a reader would
// in Debian's Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PACK,
  acceptedAnswers,
  answerButton,
  buttonName,
  isFocused,
  itemByStatement,
  openPage,
  rightAnswer,
  screenshot,
  useBrowser,
  wrongFor,
} from './support.mjs';

const env = useBrowser();

/** The citation as the widget prints it: "Article › Section". */
function citation({ source, section }) {
  return `${PACK.sources.find((s) => s.id === source).title} › ${section}`;
}

/** Every citation of an item, view by view. */
function citations(item) {
  return item.views ? item.views.flatMap((v) => v.sources) : item.sources;
}

/**
 * What the feedback's answer line must say: the one answer, or for an item
 * where two answers count, what the articles give it to (reading.test.mjs
 * checks that sentence against the citations) and, when right, that either
 * answer counts.
 */
function assertAnswerLine(line, item, choice, answerRight) {
  if (!answerRight) assert.ok(line.startsWith(`You chose ${buttonName(choice)}.`), line);
  if (!item.views) {
    assert.ok(line.endsWith(`The answer is ${buttonName(item.answer)}.`), line);
    return;
  }
  assert.equal(line.endsWith(' Either answer counts.'), answerRight, line);
  for (const view of item.views) {
    const to = view.answer === 'both' ? 'Both roles' : `the ${buttonName(view.answer)}`;
    assert.ok(line.includes(` to ${to}`), `${line} names ${view.answer}`);
  }
}

for (const width of [1280, 360]) {
  test(`a seeded round played to the end scores the right answers (${width}px)`, async () => {
    const { page, context, errors } = await openPage(env.browser, width);
    await page.goto(`${env.server.url}/?seed=42`);
    const start = page.getByRole('button', { name: 'Start quiz' });
    await start.waitFor();
    await screenshot(page, `intro-${width}`);
    await start.click();

    const total = 10;
    const seen = new Set();
    let right = 0;
    for (let n = 1; n <= total; n++) {
      assert.equal(await page.locator('.rq-progress-text').textContent(), `Question ${n} of ${total}`);
      assert.equal(await page.locator('progress').getAttribute('value'), String(n - 1));
      const item = itemByStatement(await page.locator('.rq-statement').textContent());
      assert.ok(!seen.has(item.id), `${item.id} asked twice`);
      seen.add(item.id);
      if (n === 1) await screenshot(page, `question-${width}`);

      // Wrong on questions 3, 6 and 9, right on the others.
      const answerRight = n % 3 !== 0;
      const choice = answerRight ? rightAnswer(item) : wrongFor(item);
      await answerButton(page, choice).click();

      const feedback = page.locator('.rq-feedback');
      assert.equal(
        (await feedback.locator('.rq-feedback-title').textContent()).trim(),
        answerRight ? 'Correct' : 'Not quite',
      );
      assertAnswerLine(await feedback.locator('.rq-feedback-answer').textContent(), item, choice, answerRight);
      assert.equal(await feedback.locator('.rq-explanation').textContent(), item.explanation);
      const sources = await feedback.locator('.rq-sources cite').allTextContents();
      assert.deepEqual(sources, citations(item).map(citation));
      const quotes = await feedback.locator('.rq-sources q').allTextContents();
      assert.deepEqual(quotes, citations(item).map((c) => c.quote));
      if (item.note) assert.equal(await feedback.locator('.rq-note').textContent(), item.note);
      assert.equal(await answerButton(page, choice).getAttribute('aria-pressed'), 'true');
      if (answerRight) right += 1;
      if (n === 1) await screenshot(page, `feedback-right-${width}`);
      if (n === 3) await screenshot(page, `feedback-wrong-${width}`);

      const next = page.getByRole('button', { name: n === total ? 'See results' : 'Next question' });
      assert.ok(await isFocused(next), 'focus moves to Next');
      await next.click();
    }

    assert.equal(right, 7);
    assert.equal((await page.locator('.rq-score').textContent()).trim(), `${right} / ${total}`);
    const verdict = PACK.verdicts.filter((v) => v.from <= (right * 100) / total).at(-1).text;
    assert.equal(await page.locator('.rq-verdict').textContent(), verdict);
    await screenshot(page, `results-${width}`);

    await page.getByRole('button', { name: 'New round' }).click();
    assert.equal(await page.locator('.rq-progress-text').textContent(), `Question 1 of ${total}`);
    assert.equal(await page.locator('progress').getAttribute('value'), '0');

    assert.deepEqual(errors, [], 'no console errors');
    await context.close();
  });
}

test('the same seed asks the same questions; another seed asks others', async () => {
  const statements = async (seed) => {
    const { page, context } = await openPage(env.browser);
    await page.goto(`${env.server.url}/?seed=${seed}`);
    await page.getByRole('button', { name: 'Start quiz' }).click();
    const first = await page.locator('.rq-statement').textContent();
    await context.close();
    return first;
  };
  const a = await statements(7);
  assert.equal(await statements(7), a);
  // Two different first items out of 36 for 3 other seeds in a row would mean
  // the seed is ignored.
  const others = await Promise.all([8, 9, 10].map(statements));
  assert.ok(others.some((s) => s !== a), 'other seeds change the order');
});

test('questions=5 gives a round of five; a bad value is reported and ignored', async () => {
  const { page, context, errors } = await openPage(env.browser);
  await page.goto(`${env.server.url}/?questions=5&seed=1`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  assert.equal(await page.locator('.rq-progress-text').textContent(), 'Question 1 of 5');
  await context.close();

  const bad = await openPage(env.browser);
  const warnings = [];
  bad.page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()));
  await bad.page.goto(`${env.server.url}/?questions=lots`);
  const notice = bad.page.getByRole('note');
  await notice.waitFor();
  assert.match(await notice.textContent(), /questions: expected a number from 1 to 1000, or "all", found "lots"; using 10/);
  assert.match(await bad.page.locator('.rq-intro .rq-meta').textContent(), /^10 questions/);
  assert.ok(warnings.some((w) => w.includes('found "lots"')), 'the problem is logged too');
  assert.deepEqual([...errors, ...bad.errors], []);
  await bad.context.close();
});

for (const width of [1280, 360]) {
  test(`following the second view wherever two answers count scores full marks (${width}px)`, async () => {
    const { page, context, errors } = await openPage(env.browser, width);
    await page.goto(`${env.server.url}/?seed=5&questions=all`);
    await page.getByRole('button', { name: 'Start quiz' }).click();
    const total = PACK.items.length;
    let disputed = 0;
    for (let n = 1; n <= total; n++) {
      const item = itemByStatement(await page.locator('.rq-statement').textContent());
      // The second view of a disputed item, the one answer elsewhere.
      const choice = item.views ? item.views[1].answer : item.answer;
      await answerButton(page, choice).click();
      const feedback = page.locator('.rq-feedback');
      assert.equal((await feedback.locator('.rq-feedback-title').textContent()).trim(), 'Correct', item.id);
      assertAnswerLine(await feedback.locator('.rq-feedback-answer').textContent(), item, choice, true);
      if (item.views) {
        disputed += 1;
        // Every accepted answer is marked on the buttons, none as the reader's
        // mistake; the one tapped says it was the reader's.
        for (const answer of acceptedAnswers(item)) {
          const mark = (await answerButton(page, answer).locator('.rq-answer-mark').textContent()).trim();
          assert.equal(mark, answer === choice ? 'Your answer' : "Also counts", `${item.id}: ${answer}`);
          assert.equal(await answerButton(page, answer).getAttribute('aria-pressed'), String(answer === choice));
        }
        if (disputed === 1) await screenshot(page, `feedback-disputed-right-${width}`);
      }
      await page.getByRole('button', { name: n === total ? 'See results' : 'Next question' }).click();
    }
    assert.equal(disputed, PACK.items.filter((i) => i.views).length, 'every disputed item was asked');
    assert.equal((await page.locator('.rq-score').textContent()).trim(), `${total} / ${total}`);
    assert.equal(await page.getByRole('button', { name: /^Retry my mistakes/ }).count(), 0);
    assert.match(await page.locator('.rq-insight').textContent(), /^No misses/);
    const rows = await page.locator('.rq-breakdown li').allTextContents();
    assert.ok(rows.includes(`Two answers${disputed} of ${disputed} right`), rows.join(' | '));
    await screenshot(page, `results-all-right-${width}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a choice no article backs is wrong, and the feedback shows every article\'s answer', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/?seed=5&questions=all`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  let item = itemByStatement(await page.locator('.rq-statement').textContent());
  while (!item.views) {
    await answerButton(page, item.answer).click();
    await page.getByRole('button', { name: 'Next question' }).click();
    item = itemByStatement(await page.locator('.rq-statement').textContent());
  }
  const choice = wrongFor(item);
  await answerButton(page, choice).click();
  const feedback = page.locator('.rq-feedback');
  assert.equal((await feedback.locator('.rq-feedback-title').textContent()).trim(), 'Not quite');
  assertAnswerLine(await feedback.locator('.rq-feedback-answer').textContent(), item, choice, false);
  assert.match(await answerButton(page, choice).textContent(), /Your answer/);
  await screenshot(page, 'feedback-disputed-wrong-1280');
  await page.setViewportSize({ width: 360, height: 800 });
  await screenshot(page, 'feedback-disputed-wrong-360');
  assert.deepEqual(errors, []);
  await context.close();
});

test('answering on a phone keeps the question in view while focus moves to Next', async () => {
  for (const [path, widget] of [
    ['/examples/blog-post.html', '[data-role-quiz][data-view="quiz"]'],
    ['/?seed=42', '[data-role-quiz="page"]'],
  ]) {
    const { page, context, errors } = await openPage(env.browser, 390);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${env.server.url}${path}`);
    const quiz = page.locator(widget);
    await quiz.getByRole('button', { name: 'Start quiz' }).click();
    for (let n = 0; n < 3; n++) {
      // As a reader holds the page: the question near the top, answers below.
      const statement = quiz.locator('.rq-statement');
      await statement.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 120));
      const item = itemByStatement(await statement.textContent());
      await answerButton(quiz, n === 1 ? wrongFor(item) : rightAnswer(item)).click();
      const next = quiz.getByRole('button', { name: 'Next question' });
      assert.ok(await isFocused(next), `${path}: focus on Next`);
      const top = await statement.evaluate((el) => el.getBoundingClientRect().top);
      assert.ok(top >= 0, `${path}, question ${n + 1}: the statement went ${top}px off the top`);
      await next.click();
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('"Start quiz" is on the first screen of a phone and of a laptop', async () => {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ]) {
    const { page, context } = await openPage(env.browser, width);
    await page.setViewportSize({ width, height });
    await page.goto(`${env.server.url}/`);
    // Once the widget has taken over from the pre-rendered screen (which
    // has the same layout: first-screen.test.mjs).
    await page.locator('[data-role-quiz]:not([data-role-quiz-prerendered]) .rq-intro').waitFor();
    const start = page.getByRole('button', { name: 'Start quiz' });
    const box = await start.boundingBox();
    assert.ok(box.y + box.height <= height, `Start quiz ends at ${box.y + box.height}px of ${height}px`);
    if (width === 390) await screenshot(page, 'intro-390', { fullPage: false });
    await context.close();
  }
});
