// Where two answers count, the feedback says what the articles give the item
// to. Each sentence is read off the page and compared with the citations the
// page lists under it, read off the page too: this file works the sentence
// out again from them, in English, with its own code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PACK, SCREENSHOTS, answerButton, buttonName, itemByStatement, openPage, rightAnswer, screenshot, useBrowser, wrongFor } from './support.mjs';

const env = useBrowser();
await mkdir(join(SCREENSHOTS, 'reading'), { recursive: true });
const DISPUTED = PACK.items.filter((i) => i.views);
const TITLES = PACK.sources.map((s) => s.title);

/** The citations listed under a sentence: answer badge, article, section. */
async function listed(scope) {
  const rows = await scope.locator('.rq-sources li').evaluateAll((lis) =>
    lis.map((li) => ({
      answer: li.querySelector('.rq-badge').textContent.trim(),
      cite: li.querySelector('cite').textContent.trim(),
    })),
  );
  return rows.map(({ answer, cite }) => {
    const [title, section] = cite.split(' › ');
    return { answer, title, section };
  });
}

/**
 * The sentence those citations make: per article (in the pack's order of
 * sources) the answers it gives, in the order they are listed; one clause
 * for all articles where they say the same, "in one section ... in another"
 * where the answers come from separate sections, and "The articles disagree"
 * where no two articles share an answer.
 */
function expectedReading(cites) {
  const articles = TITLES.filter((t) => cites.some((c) => c.title === t)).map((title) => {
    const mine = cites.filter((c) => c.title === title);
    const answers = [...new Set(mine.map((c) => c.answer))];
    const sections = (a) => mine.filter((c) => c.answer === a).map((c) => c.section);
    const apart = answers.length < 2 || !sections(answers[0]).some((s) => sections(answers[1]).includes(s));
    return { title, answers, apart };
  });
  const to = (a) => (a === 'Both' ? 'Both roles' : `the ${a}`);
  const says = (subject, verb, { answers, apart }) => {
    if (answers.length === 1) return `${subject} ${verb} this to ${to(answers[0])}`;
    const [one, other] = answers;
    return apart
      ? `${subject} ${verb} this to ${to(one)} in one section and to ${to(other)} in another`
      : `${subject} ${verb} this to ${to(one)} and, in the same section, to ${to(other)}`;
  };
  const key = (a) => `${a.answers.join('+')}:${a.apart}`;
  if (articles.length > 1 && articles.every((a) => key(a) === key(articles[0]))) {
    return `${says(articles.length === 2 ? 'Both articles' : `All ${articles.length} articles`, 'give', articles[0])}.`;
  }
  const disagree =
    articles.length > 1 && articles.every((a, i) => articles.every((b, j) => i === j || !a.answers.some((x) => b.answers.includes(x))));
  const clauses = articles.map((a) => says(a.title, 'gives', a)).join('; ');
  return `${disagree ? 'The articles disagree: ' : ''}${clauses}.`;
}

/** Plays a whole round, answering each disputed item with `pick(item)`. */
async function playAll(page, pick, onDisputed) {
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let n = 1; n <= PACK.items.length; n++) {
    const item = itemByStatement(await page.locator('.rq-statement').textContent());
    const choice = item.views ? pick(item) : rightAnswer(item);
    await answerButton(page, choice).click();
    if (item.views) await onDisputed(item, choice, page.locator('.rq-feedback'));
    await page.getByRole('button', { name: n === PACK.items.length ? 'See results' : 'Next question' }).click();
  }
}

for (const [name, pick] of [
  ['its first answer', (item) => item.views[0].answer],
  ['its second answer', (item) => item.views[1].answer],
  ['an answer that does not count', (item) => wrongFor(item)],
]) {
  test(`every disputed item answered with ${name} says what the citations under it give (390px)`, async () => {
    const { page, context, errors } = await openPage(env.browser, 390);
    await page.goto(`${env.server.url}/?seed=3&questions=all`);
    const seen = [];
    await playAll(page, pick, async (item, choice, feedback) => {
      const right = item.views.some((v) => v.answer === choice);
      const line = (await feedback.locator('.rq-feedback-answer').textContent()).trim();
      const cites = await listed(feedback);
      // The list is the item's citations, each under the answer it gives.
      const own = item.views.flatMap((v) => v.sources.map((s) => ({ answer: buttonName(v.answer), section: s.section })));
      assert.deepEqual(
        cites.map((c) => ({ answer: c.answer, section: c.section })),
        own,
        item.id,
      );
      const reading = expectedReading(cites);
      const expected = right ? `${reading} Either answer counts.` : `You chose ${buttonName(choice)}. ${reading}`;
      assert.equal(line, expected, `${item.id} answered ${choice}`);
      seen.push(item.id);
      if (name !== 'an answer that does not count' || item === DISPUTED[0]) {
        await screenshot(page, `reading/${item.id}-${choice}-390`, { fullPage: false });
      }
    });
    assert.deepEqual(seen.sort(), DISPUTED.map((i) => i.id).sort(), 'every disputed item was asked');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('each entry where two answers count says in the comparison what feedback says (1280px)', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/#compare`);
  const group = page.locator('.rq-group.rq-disputed');
  assert.equal((await group.locator('h3').textContent()).trim(), `Where two answers count${DISPUTED.length}`);
  for (const item of DISPUTED) {
    const entry = group.locator(`.rq-group-item[data-item="${item.id}"]`);
    await entry.locator('summary').click();
    const reading = (await entry.locator('.rq-group-reading').textContent()).trim();
    assert.equal(reading, expectedReading(await listed(entry)), item.id);
  }
  await screenshot(page, 'reading/compare-open-1280');
  assert.deepEqual(errors, []);
  await context.close();
});
