// How other readers answered: widgets with data-stats, the tally server
// (target/release/role-quiz-stats, built by `make e2e`) on a SQLite file of
// its own, and its dashboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, openPage, hostPage, screenshot, itemByStatement, acceptedAnswers, rightAnswer, ROOT, PACK } from './support.mjs';

const env = useBrowser();
const BINARY = join(ROOT, 'target', 'release', 'role-quiz-stats');
let stats; // { url, process, database, dir }

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startStats() {
  const dir = await mkdtemp(join(tmpdir(), 'role-quiz-stats-e2e-'));
  const database = `sqlite://${join(dir, 'stats.db')}`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    BINARY,
    ['serve', '--listen', `127.0.0.1:${port}`, '--database', database, '--allow-origin', env.server.url, '--client-ip-header', 'x-forwarded-for', '--cache-seconds', '0'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, child, database, dir };
}

before(async () => {
  stats = await startStats();
});
after(async () => {
  stats?.child.kill();
  await rm(stats.dir, { recursive: true, force: true });
});

/** A reader: a page of their own, seen by the server as `ip`. */
async function reader(ip, width = 390, { head = '' } = {}) {
  const opened = await openPage(env.browser, width);
  const sent = [];
  await opened.context.route(`${stats.url}/**`, (route) => {
    sent.push(`${route.request().method()} ${new URL(route.request().url()).pathname}`);
    return route.continue({ headers: { ...route.request().headers(), 'x-forwarded-for': ip } });
  });
  if (head) await opened.context.addInitScript(head);
  // What the server has answered: a reader closed before that may be
  // cut off mid-request (a closed browser context is no page unload).
  const answered = [];
  opened.page.on('requestfinished', (request) => {
    if (request.url().startsWith(stats.url)) answered.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  /** Waits until the answer and both round reports have been answered. */
  const settled = async () => {
    for (let t = 0; t < 250; t++) {
      const posts = (path) => answered.filter((r) => r === `POST ${path}`).length;
      if (posts('/v1/answers') >= 1 && posts('/v1/rounds') >= 2) return;
      await opened.page.waitForTimeout(20);
    }
    throw new Error(`the server did not answer every report: ${answered.join(', ')}`);
  };
  return { ...opened, sent, settled };
}

const tallies = () => fetch(`${stats.url}/v1/tallies/${PACK.id}/${PACK.version}`).then((r) => r.json());
const post = (code, seed) =>
  hostPage(`<div data-role-quiz data-questions="1" data-seed="${seed}" data-stats="${stats.url}"${code === 'en' ? '' : ` data-lang="${code}"`}></div>`);
const GERMAN = { start: 'Quiz starten', results: 'Zum Ergebnis', both: 'Beide' };
const ENGLISH = { start: 'Start quiz', results: 'See results', both: 'Both' };

/** Plays a one-question round with `answer`; the widget and its statement. */
async function answerOne(page, answer, words = ENGLISH) {
  const widget = page.locator('[data-role-quiz]');
  await widget.getByRole('button', { name: words.start }).click();
  const statement = await widget.locator('.rq-statement').textContent();
  const name = answer === 'both' ? words.both : PACK.roles.find((r) => r.id === answer).short;
  await widget.getByRole('button', { name: new RegExp(`^${name}\\b`) }).click();
  await widget.locator('.rq-feedback').waitFor();
  return { widget, statement };
}

/** Whole percentages that add up to 100, as the server's wire format works them out. */
function percents(split) {
  const sides = [0, 1, 2];
  const total = sides.reduce((sum, s) => sum + split[s], 0);
  const whole = Object.fromEntries(sides.map((s) => [s, Math.floor((split[s] * 100) / total)]));
  let left = 100 - sides.reduce((sum, s) => sum + whole[s], 0);
  const byRemainder = [...sides].sort((a, b) => ((split[b] * 100) % total) - ((split[a] * 100) % total));
  for (const s of byRemainder) if (left-- > 0) whole[s] += 1;
  return whole;
}

test('a reader sees how others answered an item once it has 20 answers, and how their score compares', async () => {
  // The round's one item: a seed whose item has one right answer.
  let item;
  for (let seed = 1; !item; seed++) {
    env.server.pages['/stats-en.html'] = post('en', seed);
    const { page: look, context: looked } = await reader('10.0.0.1');
    await look.goto(`${env.server.url}/stats-en.html`);
    await look.locator('[data-role-quiz]').getByRole('button', { name: 'Start quiz' }).click();
    const shown = itemByStatement(await look.locator('[data-role-quiz] .rq-statement').textContent());
    await looked.close();
    if (acceptedAnswers(shown).length === 1) {
      item = shown;
      env.server.pages['/stats-de.html'] = post('de', seed);
    }
  }
  // The answers 20 readers give it: 12 the right one, 5 and 3 the others.
  const right = rightAnswer(item);
  const [other, third] = ['cio', 'both', 'cto'].filter((a) => a !== right);
  const answers = [...Array(12).fill(right), ...Array(5).fill(other), ...Array(3).fill(third)];
  for (const [i, answer] of answers.entries()) {
    const { page, context, errors, settled } = await reader(`10.0.1.${i + 1}`);
    await page.goto(`${env.server.url}/stats-en.html`);
    const { widget } = await answerOne(page, answer);
    // Below the floor: no tally, and no room kept for one.
    assert.equal(await widget.locator('.rq-readers').count(), 0, `reader ${i + 1}`);
    await widget.getByRole('button', { name: 'See results' }).click();
    await widget.locator('.rq-results').waitFor();
    assert.equal(await widget.locator('.rq-readers-beaten').count(), 0);
    // The round's end is told as the results show; the reader stays a moment.
    await settled();
    assert.deepEqual(errors, []);
    await context.close();
  }
  // A split on the wire is [first, second, both].
  const side = { [PACK.roles[0].id]: 0, [PACK.roles[1].id]: 1, both: 2 };
  const expected = [0, 0, 0];
  for (const answer of answers) expected[side[answer]] += 1;
  let counted;
  let rounds;
  for (let i = 0; i < 50 && (counted?.[side[right]] !== 12 || rounds?.[0] + rounds?.[1] !== 20); i++) {
    const now = await tallies();
    [counted, rounds] = [now.items[item.id], now.rounds['1']];
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.deepEqual(rounds, [8, 12], 'every finished round was counted');
  assert.deepEqual(counted, expected, 'every answer was counted');

  // Readers 21 to 26, in English and in German, at two phones' widths and a
  // desktop's: each sees the counts as they stand when the page opens.
  let readers = 20;
  for (const [code, width] of [['en', 320], ['en', 390], ['en', 1280], ['de', 320], ['de', 390], ['de', 1280]]) {
    // The counts once the readers before have been counted.
    let now;
    for (let t = 0; t < 50; t++) {
      now = await tallies();
      const split = now.items[item.id];
      const finished = now.rounds['1'] ?? [];
      if (split[0] + split[1] + split[2] === readers && finished[0] + finished[1] === readers) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    readers += 1;
    const { page, context, errors, sent, settled } = await reader(`10.0.2.${width % 250}`, width);
    await page.goto(`${env.server.url}/stats-${code}.html`);
    const words = code === 'de' ? GERMAN : ENGLISH;
    const { widget } = await answerOne(page, right, words);
    const split = now.items[item.id];
    const shares = percents(split);
    const name = (a) => (a === 'both' ? words.both : PACK.roles.find((r) => r.id === a).short);
    // Largest first; a tie in the answer buttons' order.
    const order = ['cio', 'both', 'cto'].map((a) => [a, shares[side[a]]]).sort((x, y) => y[1] - x[1]);
    const parts = order.map(([a, p]) => (code === 'de' ? `${name(a)} ${p}\u202f%` : `${name(a)} ${p}%`));
    const n = split[0] + split[1] + split[2];
    assert.equal(
      await widget.locator('.rq-readers-text').textContent(),
      code === 'de' ? `So haben ${n} Lesende geantwortet: ${parts.join(', ')}.` : `How ${n} readers answered: ${parts.join(', ')}.`,
    );
    // The bar's parts follow the counts, in the answer buttons' order.
    const grow = await widget.locator('.rq-readers-part').evaluateAll((bars) => bars.map((b) => b.style.flexGrow));
    assert.deepEqual(grow, ['cio', 'both', 'cto'].map((a) => String(shares[side[a]])));
    assert.equal(await widget.locator('.rq-readers-yours').count(), 1);
    // Nothing wider than the phone.
    assert.ok(await page.evaluate((w) => document.documentElement.scrollWidth <= w, width), `${code} ${width}: no sideways scroll`);
    await screenshot(page, `stats/feedback-${code}-${width}`);
    await widget.getByRole('button', { name: words.results }).click();
    await widget.locator('.rq-results').waitFor();
    // Finished rounds of one question: a right answer beats the wrong ones
    // (at first 8 of 20).
    const [wrongRounds, rightRounds] = now.rounds['1'];
    const beaten = Math.floor((wrongRounds * 100) / (wrongRounds + rightRounds));
    assert.match(
      await widget.locator('.rq-readers-beaten').textContent(),
      code === 'de' ? new RegExp(`^Mehr richtige Antworten als ${beaten}\u202f% der Lesenden`) : new RegExp(`^More right than ${beaten}% of the readers who finished this quiz\\.$`),
    );
    await screenshot(page, `stats/results-${code}-${width}`);
    await settled();
    assert.ok(sent.includes('POST /v1/answers') && sent.includes('POST /v1/rounds'), sent.join(', '));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a tally server that is down, slow or talking nonsense leaves the quiz exactly as it is without one', async () => {
  const closed = `http://127.0.0.1:${await freePort()}`;
  const widget = (url) => `<div data-role-quiz data-questions="2" data-seed="3"${url ? ` data-stats="${url}"` : ''}></div>`;
  /** The feedback's and the results' heights, and what the console said. */
  async function play(url, intercept) {
    env.server.pages['/quiet.html'] = hostPage(widget(url));
    const { page, context, errors } = await openPage(env.browser, 390);
    if (intercept) await context.route(`${url}/**`, intercept);
    await page.goto(`${env.server.url}/quiet.html`);
    const { widget: w } = await answerOne(page, 'both');
    const heights = [await w.locator('.rq-feedback').evaluate((e) => e.getBoundingClientRect().height)];
    assert.equal(await w.locator('.rq-readers').count(), 0);
    await w.getByRole('button', { name: 'Next question' }).click();
    await w.getByRole('button', { name: /^CIO\b/ }).click();
    await w.getByRole('button', { name: 'See results' }).click();
    await w.locator('.rq-results').waitFor();
    heights.push(await w.locator('.rq-results').evaluate((e) => e.getBoundingClientRect().height));
    assert.equal(await w.locator('.rq-readers-beaten').count(), 0);
    await context.close();
    // The browser's own line for a refused connection is no error of the widget's.
    return { heights, errors: errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED|net::ERR_FAILED/.test(e)) };
  }
  const without = await play(null);
  const cases = [
    ['down', closed, null],
    ['hanging', stats.url, () => {}],
    ['refusing', stats.url, (route) => route.fulfill({ status: 403, contentType: 'application/json', body: '{"error":"no"}' })],
    ['garbage', stats.url, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": {"x": "lots"}, "rounds": 7}' })],
    ['not JSON', stats.url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html>oops' })],
  ];
  for (const [name, url, intercept] of cases) {
    const { heights, errors } = await play(url, intercept);
    assert.deepEqual(heights, without.heights, `${name}: the same feedback and results`);
    assert.deepEqual(errors, [], name);
  }
});

test('with Global Privacy Control on, nothing is sent, and the tallies still show', async () => {
  env.server.pages['/gpc.html'] = hostPage(`<div data-role-quiz data-questions="2" data-stats="${stats.url}"></div>`);
  for (const signal of [
    "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })",
    "Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' })",
  ]) {
    const { page, context, errors, sent } = await reader('10.0.3.1', 390, { head: signal });
    const before = await fetch(`${stats.url}/v1/tallies/${PACK.id}/${PACK.version}`).then((r) => r.json());
    await page.goto(`${env.server.url}/gpc.html`);
    const { widget } = await answerOne(page, 'both');
    await widget.getByRole('button', { name: 'Next question' }).click();
    await widget.getByRole('button', { name: /^CIO\b/ }).click();
    await widget.getByRole('button', { name: 'See results' }).click();
    await widget.locator('.rq-results').waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(sent, [`GET /v1/tallies/${PACK.id}/${PACK.version}`, `GET /v1/tallies/${PACK.id}/${PACK.version}`], signal);
    const after = await fetch(`${stats.url}/v1/tallies/${PACK.id}/${PACK.version}`).then((r) => r.json());
    assert.deepEqual(after, before, 'nothing counted');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the dashboard opens with its token only, and shows the counts in the widget\'s look', async () => {
  const token = execFileSync(BINARY, ['token', 'create', '--database', stats.database], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  assert.match(token, /^rqs_[0-9a-f]{8}_[0-9a-f]{64}$/);
  for (const width of [1280, 390]) {
    const { page, context, errors } = await openPage(env.browser, width);
    await page.goto(`${stats.url}/dashboard`);
    await page.getByLabel('Dashboard token').fill('rqs_00000000_' + '0'.repeat(64));
    await page.getByRole('button', { name: 'Open' }).click();
    await page.getByRole('alert').filter({ hasText: 'That token does not open this dashboard.' }).waitFor();
    assert.equal(await page.locator('#packs').isHidden(), true, 'nothing shown without the token');
    await page.getByLabel('Dashboard token').fill(token);
    await page.getByRole('button', { name: 'Open' }).click();
    await page.locator('#report-title').waitFor();
    assert.equal(await page.locator('#report-title').textContent(), `${PACK.id} ${PACK.version}`);
    const rows = await page.locator('#items tbody tr').count();
    assert.ok(rows >= 1, `${rows} items`);
    // The items readers miss most come first.
    const missed = await page.locator('#items tbody td:nth-child(3)').allTextContents();
    const numbers = missed.map((m) => Number.parseInt(m, 10));
    assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as CSV' }).click();
    assert.match((await download).suggestedFilename(), new RegExp(`^${PACK.id}-${PACK.version}\\.csv$`));
    await screenshot(page, `stats/dashboard-${width}`);
    // Sideways scrolling stays inside the tables, never the page.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
    // Closing it forgets the token.
    await page.getByRole('button', { name: 'Close the dashboard' }).click();
    await page.getByLabel('Dashboard token').waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.length), 0);
    assert.deepEqual(errors.filter((e) => !/401/.test(e)), [], errors.join('\n'));
    await context.close();
  }
});
