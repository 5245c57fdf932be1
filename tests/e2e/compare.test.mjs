// The comparison view on the standalone page: #compare, the diagram's counts,
// the filter, and the links between the quiz and the comparison.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PACK,
  answerButton,
  buttonName,
  focusedAttribute,
  isFocused,
  itemByLabel,
  itemByStatement,
  openPage,
  rightAnswer,
  screenshot,
  useBrowser,
} from './support.mjs';

const env = useBrowser();

const REGIONS = { first: PACK.roles[0].id, both: 'both', second: PACK.roles[1].id };

/** How many items have this one answer (disputed ones have views instead). */
function packCount(answer) {
  return PACK.items.filter((i) => i.answer === answer).length;
}

const DISPUTED = PACK.items.filter((i) => i.views);

async function openCompare(width, query = '') {
  const { page, context, errors } = await openPage(env.browser, width);
  await page.goto(`${env.server.url}/${query}#compare`);
  await page.locator('.rq-filter input').waitFor();
  return { page, context, errors };
}

/** The counts the visible diagram shows, by region. */
async function diagramCounts(page) {
  const counts = {};
  for (const region of Object.keys(REGIONS)) {
    const text = await page.locator(`svg:visible [data-region="${region}"] .rq-venn-count`).textContent();
    counts[region] = Number(text);
  }
  return counts;
}

for (const width of [1280, 360]) {
  test(`#compare opens the comparison with the pack's counts (${width}px)`, async () => {
    const { page, context, errors } = await openCompare(width);
    assert.equal(await page.getByRole('tab', { name: 'Compare roles' }).getAttribute('aria-selected'), 'true');
    assert.ok(await page.locator('#rq-panel-compare').isVisible());
    assert.ok(await page.locator('#rq-panel-quiz').isHidden());

    const expected = Object.fromEntries(Object.entries(REGIONS).map(([r, a]) => [r, packCount(a)]));
    // On a phone too, the diagram (its compact form: the counts), as README says.
    assert.ok(await page.locator(width >= 1000 ? '.rq-venn-wide' : '.rq-venn-compact').isVisible());
    assert.deepEqual(await diagramCounts(page), expected);
    const headed = await page.locator('.rq-group-count').allTextContents();
    assert.deepEqual(headed.map(Number), [...Object.values(expected), DISPUTED.length]);
    // Side by side the lists start open; stacked on a phone they start
    // folded, so the comparison is one screen of headings, and each opens.
    const toggles = page.locator('.rq-group-toggle');
    const expanded = await toggles.evaluateAll((all) => all.map((b) => b.getAttribute('aria-expanded')));
    assert.deepEqual(expanded, Array(4).fill(width >= 1000 ? 'true' : 'false'));
    if (width < 1000) {
      assert.equal(await page.locator('.rq-group summary:visible').count(), 0);
      await screenshot(page, `compare-folded-${width}`);
      const lists = await page.locator('.rq-groups').boundingBox();
      assert.ok(lists.height < 844 / 2, `the folded lists take ${lists.height}px`);
      for (let i = 0; i < 4; i += 1) await toggles.nth(i).click();
    }
    // Every item listed once, in the group its answer names.
    for (const [region, answer] of Object.entries(REGIONS)) {
      const groupIndex = ['first', 'both', 'second'].indexOf(region);
      const labels = await page.locator(`.rq-group >> nth=${groupIndex}`).locator('summary').allTextContents();
      assert.equal(labels.length, packCount(answer), region);
      for (const label of labels) assert.equal(itemByLabel(label).answer, answer, label);
    }
    // The items where two answers count have a group of their own, after the
    // three, and the diagram shows them apart from the circles' regions.
    const disputed = page.locator('.rq-group.rq-disputed');
    assert.equal(await disputed.locator('h3').textContent(), `Where two answers count${DISPUTED.length}`);
    assert.deepEqual(
      (await disputed.locator('summary').allTextContents()).sort(),
      DISPUTED.map((i) => i.label).sort(),
    );
    if (width >= 1000) {
      const caption = await page.locator('svg:visible [data-region="disputed"] .rq-venn-caption').textContent();
      assert.equal(caption, `Where two answers count (${DISPUTED.length})`);
    }
    const shown = Object.values(expected).reduce((a, b) => a + b, 0) + DISPUTED.length;
    assert.equal(shown, PACK.items.length, 'the counts add up to the pack');
    // Labels appear on the wide diagram only.
    const labels = await page.locator('.rq-venn-label:visible').count();
    assert.equal(labels, width >= 1000 ? PACK.items.length : 0);
    await screenshot(page, `compare-${width}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('rendered label text fits inside its box, so the layout test measures real fonts', async () => {
  const { page, context } = await openCompare(1280);
  const misfits = await page.locator('.rq-venn-label').evaluateAll((labels) =>
    labels
      .map((g) => {
        const rect = g.querySelector('rect').getBBox();
        const text = g.querySelector('text').getBBox();
        const inside = text.x >= rect.x && text.x + text.width <= rect.x + rect.width;
        return inside ? null : `${g.textContent}: text ${text.width.toFixed(1)} in box ${rect.width.toFixed(1)}`;
      })
      .filter(Boolean),
  );
  assert.deepEqual(misfits, []);
  await context.close();
});

test('the filter narrows the lists and the diagram live', async () => {
  const { page, context, errors } = await openCompare(1280);
  await page.getByLabel('Filter responsibilities').fill('DATA');
  const shown = await page.locator('.rq-group summary').allTextContents();
  assert.ok(shown.length > 0 && shown.length < PACK.items.length, `${shown.length} shown`);
  const expected = PACK.items.filter((i) => `${i.statement} ${i.label}`.toLowerCase().includes('data'));
  assert.deepEqual(shown.sort(), expected.map((i) => i.label).sort());
  const counts = await diagramCounts(page);
  const disputedShown = expected.filter((i) => i.views).length;
  assert.equal(counts.first + counts.both + counts.second + disputedShown, shown.length);
  assert.equal(await page.locator('.rq-venn-label').count(), shown.length);
  assert.equal(
    await page.locator('.rq-filter-summary').textContent(),
    `Showing ${shown.length} of ${PACK.items.length} responsibilities`,
  );
  await screenshot(page, 'compare-filtered-1280');

  await page.getByLabel('Filter responsibilities').fill('zebra');
  assert.equal(await page.locator('.rq-group summary').count(), 0);
  // One message and the way back, not an empty diagram and four empty lists.
  assert.equal(await page.locator('.rq-venn').count(), 0);
  assert.equal(await page.locator('.rq-empty').count(), 1);
  await screenshot(page, 'compare-no-match-1280');
  await page.getByRole('button', { name: 'Clear the filter' }).click();
  assert.equal(await page.locator('.rq-group summary').count(), PACK.items.length);
  assert.equal(await page.getByLabel('Filter responsibilities').inputValue(), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hovering a label highlights its list entry, and the other way round', async () => {
  const { page, context } = await openCompare(1280);
  const item = PACK.items.find((i) => i.id === 'data-strategy');
  const label = page.locator(`.rq-venn-label[data-item="${item.id}"]`);
  const entry = page.locator(`.rq-group-item[data-item="${item.id}"]`);
  await label.hover();
  assert.match(await entry.getAttribute('class'), /rq-highlighted/);
  await page.mouse.move(0, 0);
  assert.doesNotMatch(await entry.getAttribute('class'), /rq-highlighted/);
  await entry.hover();
  assert.match(await label.getAttribute('class'), /rq-highlighted/);

  // A click opens the entry.
  await label.click();
  assert.equal(await entry.locator('details').getAttribute('open'), '');
  await context.close();
});

test('the labels are one tab stop: arrows move between them, Enter opens the entry', async () => {
  const { page, context } = await openCompare(1280);
  assert.equal(await page.locator('.rq-venn-label[tabindex="0"]').count(), 1);
  await page.getByLabel('Filter responsibilities').focus();
  await page.keyboard.press('Tab');
  const focusedItem = () => focusedAttribute(page, 'data-item');
  const first = await focusedItem();
  assert.ok(first, 'Tab from the filter lands on a label');
  await page.keyboard.press('ArrowDown');
  const second = await focusedItem();
  assert.ok(second && second !== first, 'ArrowDown moves to the next label');
  assert.equal(await page.locator('.rq-venn-label[tabindex="0"]').getAttribute('data-item'), second);
  assert.match(await page.locator(`.rq-group-item[data-item="${second}"]`).getAttribute('class'), /rq-highlighted/);
  await page.keyboard.press('ArrowUp');
  assert.equal(await focusedItem(), first);

  await page.keyboard.press('Enter');
  const entry = page.locator(`.rq-group-item[data-item="${first}"]`);
  assert.equal(await entry.locator('details').getAttribute('open'), '');
  assert.ok(await isFocused(entry.locator('summary')));
  await context.close();
});

test('feedback links to its item in the comparison, and "Test yourself" leads back', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/?seed=42`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  const item = itemByStatement(await page.locator('.rq-statement').textContent());
  await answerButton(page, rightAnswer(item)).click();
  await page.getByRole('button', { name: 'See it in the comparison' }).click();

  // The address follows the view in an effect, after the click has returned.
  await page.waitForURL((url) => url.hash === '#compare');
  const entry = page.locator(`.rq-group-item[data-item="${item.id}"]`);
  assert.match(await entry.getAttribute('class'), /rq-highlighted/);
  assert.equal(await entry.locator('details').getAttribute('open'), '');
  assert.ok(await isFocused(entry.locator('summary')), 'focus on the item');
  assert.equal(await entry.locator('.rq-explanation').textContent(), item.explanation);
  await screenshot(page, 'compare-spotlight-1280', { fullPage: false });

  // Back to the quiz with the browser's back button: the round is where it was.
  await page.goBack();
  // The widget hears of the history step by an event, after goBack returns.
  await page.locator('#rq-panel-quiz').waitFor({ state: 'visible' });
  assert.equal((await page.locator('.rq-feedback-title').textContent()).trim(), 'Correct');

  // "Test yourself" from a fresh comparison starts a round.
  await page.goto(`${env.server.url}/?seed=42#compare`);
  await page.getByRole('button', { name: 'Test yourself' }).click();
  await page.waitForURL((url) => url.hash === '#quiz');
  assert.equal(await page.locator('.rq-progress-text').textContent(), 'Question 1 of 10');
  assert.deepEqual(errors, []);
  await context.close();
});

test('each item where two answers count shows which article says what, with its words quoted', async () => {
  const { page, context, errors } = await openCompare(1280);
  const sourceTitle = Object.fromEntries(PACK.sources.map((s) => [s.id, s.title]));
  for (const item of DISPUTED) {
    const entry = page.locator(`.rq-group.rq-disputed .rq-group-item[data-item="${item.id}"]`);
    await entry.locator('summary').click();
    const lines = await entry.locator('.rq-sources li').allTextContents();
    const expected = item.views.flatMap((view) =>
      view.sources.map((c) => `${buttonName(view.answer)} ${sourceTitle[c.source]} › ${c.section}${c.quote}`),
    );
    assert.deepEqual(lines, expected, item.id);
    // The quotes are marked as quotations, not run into the text.
    assert.equal(await entry.locator('q.rq-quote').count(), expected.length);
  }
  await screenshot(page, 'compare-disputed-open-1280');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone a link from feedback unfolds its own list only, and a filter unfolds them all', async () => {
  const { page, context, errors } = await openPage(env.browser, 390);
  await page.goto(`${env.server.url}/?seed=42`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  const item = itemByStatement(await page.locator('.rq-statement').textContent());
  await answerButton(page, rightAnswer(item)).click();
  await page.getByRole('button', { name: 'See it in the comparison' }).click();
  const entry = page.locator(`.rq-group-item[data-item="${item.id}"]`);
  await entry.locator('.rq-explanation').waitFor();
  assert.ok(await isFocused(entry.locator('summary')), 'focus on the item');
  const open = await page
    .locator('.rq-group')
    .evaluateAll((groups) => groups.map((g) => g.querySelector('.rq-group-toggle').getAttribute('aria-expanded')));
  assert.equal(open.filter((o) => o === 'true').length, 1, `one list open: ${open}`);
  const ownList = entry.locator('xpath=ancestor::section[contains(@class, "rq-group")]');
  assert.equal(await ownList.locator('.rq-group-toggle').getAttribute('aria-expanded'), 'true');

  await page.getByLabel('Filter responsibilities').fill('data');
  const expected = PACK.items.filter((i) => `${i.statement} ${i.label}`.toLowerCase().includes('data'));
  assert.equal(await page.locator('.rq-group summary').count(), expected.length);
  // Folding one by hand is the reader's to keep, filter or not.
  await page.locator('.rq-group-toggle').first().click();
  assert.equal(await page.locator('.rq-group-toggle').first().getAttribute('aria-expanded'), 'false');
  assert.deepEqual(errors, []);
  await context.close();
});
