// The state walk: every state a reader can reach, at phone and desktop widths,
// in English, German and French (and the dark theme where colours change),
// each checked for what a reader would notice on a phone: the page scrolling
// sideways, something sticking out of the card or clipped by its box, a
// control off screen, "Next" below the fold after an answer, and axe. Each
// state's screenshot goes to target/screenshots/states/ to be paged through.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EXAMPLE, PACK, SCREENSHOTS, acceptedAnswers, itemByStatement, useBrowser, violations, wrongFor } from './support.mjs';

const env = useBrowser();
const SHOTS = join(SCREENSHOTS, 'states');

/** The phone widths the README promises to hold from, and a desktop. */
const WIDTHS = [320, 360, 390, 1280];
/** Where axe runs (it takes a second a state): one phone and the desktop. */
const AXE_WIDTHS = new Set([390, 1280]);

/**
 * What a reader would notice about the page as it is now, one line each:
 * the page wider than the window, an element of a widget sticking out of its
 * card or with its text cut by its own box, a visible control out of reach
 * sideways. Reads through the widgets' shadow roots.
 */
function layoutProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const width = window.innerWidth;
    const page = document.documentElement;
    if (page.scrollWidth > width) problems.push(`the page is ${page.scrollWidth}px wide in a ${width}px window`);
    const name = (el) => {
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
      return `<${el.localName} class="${el.getAttribute('class') ?? ''}"> "${text.slice(0, 40)}"`;
    };
    const shown = (el) => {
      if (el.closest('[inert], [hidden], .rq-visually-hidden')) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const hosts = [...document.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('.rq-card'));
    for (const host of hosts) {
      const card = host.shadowRoot.querySelector('.rq-card').getBoundingClientRect();
      for (const el of host.shadowRoot.querySelectorAll('.rq-card *')) {
        if (el instanceof SVGElement && el.localName !== 'svg') continue;
        if (!shown(el)) continue;
        const box = el.getBoundingClientRect();
        if (box.left < card.left - 1 || box.right > card.right + 1) {
          problems.push(`${name(el)} reaches ${Math.round(box.left)}..${Math.round(box.right)}px, outside its card (${Math.round(card.left)}..${Math.round(card.right)}px)`);
        }
        const style = getComputedStyle(el);
        const clips = style.overflowX !== 'visible' && style.overflowX !== 'auto' && style.overflowX !== 'scroll';
        if (clips && el.scrollWidth > el.clientWidth + 1 && el.localName !== 'input' && el.localName !== 'textarea') {
          problems.push(`${name(el)} cuts its text: ${el.scrollWidth}px in ${el.clientWidth}px`);
        }
        // A link in the browser's own blue or violet, not the widget's accent.
        if (el.matches('a[href]') && ['rgb(0, 0, 238)', 'rgb(85, 26, 139)', 'rgb(158, 158, 255)', 'rgb(208, 173, 240)'].includes(style.color)) {
          problems.push(`${name(el)} is in the browser's link colour ${style.color}`);
        }
        // An answer's name on one line ("Les deux" once broke in two).
        if (el.matches('.rq-answer-name')) {
          const range = document.createRange();
          range.selectNodeContents(el);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          if (lines > 1) problems.push(`${name(el)} breaks over ${lines} lines`);
        }
        // A tab's or a button's words kept whole: more lines than words
        // means one broke mid-word (German "Quiz" once showed as "Qui / z").
        if (el.matches('.rq-tab, .rq-button')) {
          const texts = [];
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) if (!walker.currentNode.parentElement.closest('kbd, svg')) texts.push(walker.currentNode);
          const tops = texts
            .flatMap((t) => {
              const range = document.createRange();
              range.selectNodeContents(t);
              return [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
            })
            .sort((a, b) => a - b);
          const lines = tops.filter((top, i) => i === 0 || top - tops[i - 1] > 4).length;
          const words = texts.map((t) => t.textContent).join(' ').trim().split(/\s+/).filter(Boolean).length;
          if (lines > words) problems.push(`${name(el)} breaks a word: ${words} words on ${lines} lines`);
        }
        const control = el.matches('button, a[href], input, select, textarea, summary, [tabindex="0"]');
        if (control && (box.left < 0 || box.right > width + 1)) {
          problems.push(`${name(el)} is off screen sideways (${Math.round(box.left)}..${Math.round(box.right)}px)`);
        }
      }
    }
    return problems;
  });
}

/**
 * What the window shows after an answer, once the widget has scrolled: the
 * question's statement, the feedback's first line above the bar of "Next",
 * and "Next" itself, each on screen; one line for each that is not.
 */
function afterAnswer(page) {
  return page.locator('.rq-feedback').evaluate((feedback) => {
    const root = feedback.getRootNode();
    const box = (selector) => root.querySelector(selector).getBoundingClientRect();
    const [statement, answer, next, bar] = ['.rq-statement', '.rq-feedback-answer', '.rq-next-bar .rq-button-primary', '.rq-next-bar'].map(box);
    const where = (b) => `${Math.round(b.top)}..${Math.round(b.bottom)}px in a ${window.innerHeight}px window`;
    const problems = [];
    if (next.top < 0 || next.bottom > window.innerHeight) problems.push(`"Next" at ${where(next)}`);
    if (statement.top < 0) problems.push(`the statement scrolled off the top: ${where(statement)}`);
    if (answer.top < 0 || answer.top + 20 > bar.top) problems.push(`the feedback's first line is not shown above "Next": ${where(answer)}, the bar from ${Math.round(bar.top)}px`);
    return problems;
  });
}

/**
 * Checks the state on screen, saves its screenshot as
 * states/<run>-<state>.png, and adds what it found to `found`. The
 * screenshot is the window, as the reader sees it: where the widget left
 * it, or with `at` (a selector) scrolled into view first.
 */
async function inspect(run, state, found, { at } = {}) {
  const { page, width } = run;
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const problems = await layoutProblems(page);
  if (AXE_WIDTHS.has(width)) problems.push(...(await violations(page)));
  for (const problem of problems) found.push(`${run.name} ${state}: ${problem}`);
  if (at) await page.locator(at).first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(SHOTS, `${run.name}-${state}.png`) });
}

/** The item asked now (the built-in pack's statements are English in every language). */
async function asked(page) {
  return itemByStatement(await page.locator('.rq-statement').textContent());
}

/** The button that answers `answer` ("cio", "cto" or "both"). */
function answer(page, id) {
  const index = id === 'both' ? 1 : PACK.roles.findIndex((r) => r.id === id) * 2;
  return page.locator('.rq-answer').nth(index);
}

/** A round's states: intro, question, the four kinds of feedback, results and what follows. */
async function walkQuiz(run, found) {
  const { page } = run;
  await page.locator('.rq-intro .rq-button-primary').waitFor();
  await inspect(run, 'intro', found);
  await page.locator('.rq-intro .rq-button-primary').click();
  await page.locator('.rq-statement').waitFor();
  await inspect(run, 'question', found);

  // Right, then wrong, on the plain items; right, then wrong, on the disputed.
  const seen = new Set();
  const total = Number((await page.locator('progress').getAttribute('max')) ?? 10);
  for (let n = 1; n <= total; n++) {
    const item = await asked(page);
    const kind = item.views ? 'disputed' : 'plain';
    const right = !seen.has(`feedback-${kind}-right`);
    const state = `feedback-${kind}-${right ? 'right' : 'wrong'}`;
    await answer(page, right ? acceptedAnswers(item)[0] : wrongFor(item)).click();
    await page.locator('.rq-feedback').waitFor();
    if (!seen.has(state)) {
      seen.add(state);
      for (const problem of await afterAnswer(page)) found.push(`${run.name} ${state}: ${problem}`);
      await inspect(run, state, found);
    }
    await page.locator('.rq-feedback .rq-button-primary').click();
  }
  for (const state of ['feedback-plain-right', 'feedback-plain-wrong', 'feedback-disputed-right', 'feedback-disputed-wrong']) {
    assert.ok(seen.has(state), `${run.name}: the round never reached ${state}; choose another seed`);
  }

  await page.locator('.rq-results').waitFor();
  await inspect(run, 'results', found);
  await page.locator('.rq-your-answers > summary').click();
  await inspect(run, 'results-answers-open', found, { at: '.rq-your-answers' });

  // The three ways a share ends: the share sheet, the clipboard, neither.
  const share = page.locator('.rq-results-actions > .rq-button').filter({ hasNot: page.locator('kbd') }).nth(2);
  const ways = {
    sheet: () => {
      Navigator.prototype.share = async () => {};
    },
    clipboard: () => {
      delete Navigator.prototype.share;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => {} } });
    },
    neither: () => {
      delete Navigator.prototype.share;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    },
  };
  for (const [way, set] of Object.entries(ways)) {
    await page.evaluate(set);
    await share.click();
    await page.locator('.rq-share-status [role="status"]').filter({ hasText: /\S/ }).waitFor();
    if (way === 'neither') await page.locator('.rq-share-link').waitFor();
    await inspect(run, `results-shared-${way}`, found, { at: '.rq-share-status' });
  }

  // Retry the mistakes: a round of the misses, played right, then its results.
  await page.locator('.rq-results-actions > .rq-button-primary').click();
  const misses = Number(await page.locator('progress').getAttribute('max'));
  for (let n = 1; n <= misses; n++) {
    await answer(page, acceptedAnswers(await asked(page))[0]).click();
    await page.locator('.rq-feedback .rq-button-primary').click();
  }
  await page.locator('.rq-results').waitFor();
  await inspect(run, 'results-after-retry', found);
}

/** The comparison: folded (on phones), a list unfolded, filtered, and filtered to nothing. */
async function walkCompare(run, found) {
  const { page } = run;
  await page.locator('.rq-tab').nth(1).click();
  await page.locator('.rq-compare').waitFor();
  await inspect(run, 'compare', found);
  // A phone's comparison opens on the filter and the diagram's counts; the
  // profiles the intro showed come after the lists.
  const order = await page.locator('.rq-compare').evaluate((screen) => {
    const top = (selector) => screen.querySelector(selector).getBoundingClientRect().top;
    const diagram = [...screen.querySelectorAll('.rq-venn svg')].find((svg) => svg.getBoundingClientRect().height > 0);
    return { filter: top('.rq-filter'), lists: top('.rq-groups'), profiles: top('.rq-profiles'), diagram: Boolean(diagram) };
  });
  if (!order.diagram) found.push(`${run.name} compare: no diagram shown`);
  // A disputed label of the wide diagram keeps its ≠ when highlighted.
  const disputed = page.locator('.rq-venn-wide .rq-venn-label.rq-disputed-mark').first();
  if (await disputed.isVisible()) {
    await disputed.hover();
    const [fill, stroke] = await disputed.evaluate((label) => [
      getComputedStyle(label.querySelector('rect')).fill,
      getComputedStyle(label.querySelector('.rq-venn-mark path')).stroke,
    ]);
    if (fill === stroke) found.push(`${run.name} compare: a highlighted disputed label's ≠ is the colour of its fill (${fill})`);
    await page.mouse.move(0, 0);
  }
  if (run.width <= 600 && !(order.filter < order.lists && order.lists < order.profiles)) {
    found.push(`${run.name} compare: the profiles come before the filter and the lists (${JSON.stringify(order)})`);
  }
  const toggle = page.locator('button.rq-group-toggle').first();
  if (await toggle.count()) {
    await toggle.click();
    await inspect(run, 'compare-unfolded', found, { at: 'button.rq-group-toggle' });
  }
  await page.locator('#rq-filter-input').fill('data');
  await inspect(run, 'compare-filtered', found);
  await page.locator('#rq-filter-input').fill('zzqx');
  await page.locator('.rq-compare > .rq-empty').waitFor();
  await inspect(run, 'compare-empty', found);
}

/** The runs: every width in each language, and the dark theme in English. */
const RUNS = [
  ...['en', 'de', 'fr', 'es'].flatMap((lang) => WIDTHS.map((width) => ({ lang, width, theme: 'light' }))),
  ...[390, 1280].map((width) => ({ lang: 'en', width, theme: 'dark' })),
];

for (const { lang, width, theme } of RUNS) {
  const name = `${lang}-${width}${theme === 'dark' ? '-dark' : ''}`;
  test(`every state of the quiz and the comparison holds together (${name})`, async () => {
    await mkdir(SHOTS, { recursive: true });
    const context = await env.browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    const run = { page, width, name };
    const found = [];
    const query = `seed=7&lang=${lang}${theme === 'dark' ? '&theme=dark' : ''}`;

    await page.goto(`${env.server.url}/?${query}`);
    await walkQuiz(run, found);
    await walkCompare(run, found);
    // A friend's challenge, as a shared link opens it (in a browser of
    // their own: no round of the reader's in it).
    const friend = await env.browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 } });
    run.page = await friend.newPage();
    run.page.on('pageerror', (err) => errors.push(String(err)));
    await run.page.goto(`${env.server.url}/?${query}#rq-result=7-10`);
    await run.page.locator('.rq-challenge').waitFor();
    await inspect(run, 'challenge', found);
    await friend.close();

    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

/** The studio's broken pack: the example with a wrong answer and a missing explanation. */
function brokenPack() {
  const pack = structuredClone(EXAMPLE);
  pack.items[2].answer = 'ceo';
  delete pack.items[1].explanation;
  return pack;
}

/**
 * Checks the studio page as it is now: the page scrolling sideways, a
 * visible control out of reach, axe; saves its screenshot.
 */
async function inspectStudio(run, state, found, { at } = {}) {
  const { page } = run;
  const problems = await page.evaluate(() => {
    const out = [];
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    for (const el of document.querySelectorAll('button, a[href], input, select, textarea, summary')) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && (box.left < 0 || box.right > width + 1)) out.push(`<${el.localName} id="${el.id}"> is off screen sideways (${Math.round(box.left)}..${Math.round(box.right)}px)`);
    }
    return out;
  });
  problems.push(...(await violations(page)));
  for (const problem of problems) found.push(`${run.name} ${state}: ${problem}`);
  if (at) await page.locator(at).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(SHOTS, `${run.name}-${state}.png`) });
}

for (const [width, theme] of [[320, 'light'], [390, 'light'], [1280, 'light'], [1280, 'dark']]) {
  const name = `studio-${width}${theme === 'dark' ? '-dark' : ''}`;
  test(`every state of the studio holds together (${name})`, async () => {
    await mkdir(SHOTS, { recursive: true });
    const context = await env.browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme: theme });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    const run = { page, width, name };
    const found = [];
    await page.goto(`${env.server.url}/studio.html`);
    await page.getByRole('heading', { name: 'Pack studio' }).waitFor();
    await inspectStudio(run, 'new', found);

    const importText = async (name, text) => {
      const details = page.locator('details', { hasText: 'Import a pack or a spreadsheet' }).first();
      if ((await details.getAttribute('open')) === null) await page.getByText('Import a pack or a spreadsheet').click();
      await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    };
    await importText('items.csv', 'Statement,Answer,Explanation,Source,Section\nSetting the direction,CEO,The CEO sets it.,Our post,Strategy\nRunning the plants,COO,The COO runs them.,Our post,Operations\nHiring leaders,Both,They share it.,Our post,Strategy\n');
    await page.getByRole('heading', { name: 'Items (3)' }).waitFor();
    await inspectStudio(run, 'csv-imported', found);

    await importText('broken.json', JSON.stringify(brokenPack()));
    await page.locator('#problems-title', { hasText: 'to fix' }).waitFor();
    await inspectStudio(run, 'broken', found);

    await page.getByRole('button', { name: 'Start from the CIO/CTO pack' }).click();
    await page.locator('#problems-title', { hasText: 'No problems' }).waitFor();
    await page.locator('#f-items-0 summary').click();
    await inspectStudio(run, 'filled', found, { at: '#f-items-0' });

    for (const [option, set] of [
      ['inline', async () => {}],
      ['address', () => page.locator('.st-publish select').nth(1).selectOption('url')],
      ['iframe', () => page.getByLabel('Embed with').selectOption('frame')],
    ]) {
      await set();
      await inspectStudio(run, `publish-${option}`, found, { at: '#publish' });
    }

    // The preview's phone is a 390 px screen, where the window has room for it.
    await page.locator('#preview select').first().selectOption('phone');
    await page.locator('#preview .st-widget').waitFor();
    if (width >= 1280) {
      const screen = await page.locator('.st-frame.st-phone').evaluate((frame) => frame.clientWidth);
      if (screen !== 390) found.push(`${name} preview-phone: the phone's screen is ${screen}px wide`);
    }
    await inspectStudio(run, 'preview-phone', found, { at: '#preview' });

    assert.deepEqual(found, []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
