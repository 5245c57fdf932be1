// Custom packs and everything that can go wrong with them: by URL or inline,
// loading, failures with "Try again", invalid packs, hostile strings, and a
// very large pack on a page of five widgets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXAMPLE, bigPack, hostPage, openPage, screenshot, useBrowser } from './support.mjs';

const env = useBrowser();

function json(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(
    typeof body === 'string' ? body : JSON.stringify(body),
  );
}

/** Opens a host page with one widget whose pack is `pack`. */
async function openWith(name, attributes, inner = '') {
  env.server.pages[`/${name}.html`] = hostPage(
    `<div id="w" data-role-quiz ${attributes}>${inner}</div>`,
    { head: '<script>window.f = () => { window.__xss = true; };</script>' },
  );
  const opened = await openPage(env.browser, 1280);
  opened.dialogs = [];
  opened.page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    d.dismiss();
  });
  await opened.page.goto(`${env.server.url}/${name}.html`);
  return { ...opened, w: opened.page.locator('#w') };
}

test('a pack by URL loads, with a loading state, and plays on its own roles', async () => {
  let release;
  const held = new Promise((ok) => (release = ok));
  env.server.routes['/held-example.json'] = async (req, res) => {
    await held;
    json(res, 200, EXAMPLE);
  };
  const { page, context, errors, w } = await openWith('by-url', 'data-pack="/held-example.json" data-questions="10"');
  const loading = w.getByRole('status').filter({ hasText: 'Loading the quiz' });
  await loading.waitFor();
  await screenshot(page, 'pack-loading-1280', { fullPage: false });
  release();
  await w.getByRole('button', { name: 'Start quiz' }).click();
  for (const name of ['CTO', 'Both', 'CFO']) {
    assert.ok(await w.getByRole('button', { name: new RegExp(`^${name}\\b`) }).isVisible(), name);
  }
  // Ten asked for, six in the pack: all six, and a word about it.
  assert.equal(await w.locator('.rq-progress-text').textContent(), 'Question 1 of 6');
  assert.match(
    await w.getByRole('note').textContent(),
    /data-questions: asks for 10 questions, but the pack has 6 items; asking all 6/,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('a small pack with no data-questions asks every item without a word', async () => {
  // As the README's own ?pack=cto-cfo.example.json does.
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/?pack=cto-cfo.example.json`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  assert.equal(await page.locator('.rq-progress-text').textContent(), `Question 1 of ${EXAMPLE.items.length}`);
  assert.equal(await page.getByRole('note').count(), 0, 'no notice for a value nobody wrote');
  assert.deepEqual(errors, []);
  await context.close();
});

test("a source's url is a link to the article, opening in a new tab", async () => {
  const linked = structuredClone(EXAMPLE);
  linked.sources[0].url = 'https://example.com/the-article';
  const inline = `<script type="application/json">${JSON.stringify(linked)}</script>`;
  const { context, errors, w } = await openWith('linked', 'data-seed="1"', inline);
  await w.getByRole('button', { name: 'Start quiz' }).click();
  await w.locator('.rq-answer >> nth=0').click();
  const link = w.locator('.rq-sources cite a');
  assert.equal(await link.getAttribute('href'), 'https://example.com/the-article');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.textContent(), linked.sources[0].title);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an inline pack needs no request at all', async () => {
  const inline = `<script type="application/json">${JSON.stringify(EXAMPLE)}</script>`;
  const { context, errors, w } = await openWith('inline', 'data-view="compare"', inline);
  await w.locator('.rq-filter input').waitFor();
  assert.equal((await w.locator('.rq-title').textContent()).trim(), EXAMPLE.title);
  assert.equal(await w.locator('.rq-group summary').count(), EXAMPLE.items.length);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the standalone page takes ?pack=', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/?pack=cto-cfo.example.json`);
  await page.getByRole('button', { name: 'Start quiz' }).waitFor();
  assert.equal((await page.locator('.rq-title').textContent()).trim(), EXAMPLE.title);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pack the server fails to give names the URL and the status; "Try again" tries again', async () => {
  let attempts = 0;
  env.server.routes['/flaky.json'] = (req, res) => {
    attempts += 1;
    if (attempts === 1) json(res, 503, { error: 'busy' });
    else json(res, 200, EXAMPLE);
  };
  const { page, context, errors, w } = await openWith('flaky', 'data-pack="/flaky.json"');
  const alert = w.getByRole('alert');
  await alert.waitFor();
  assert.match(
    await alert.textContent(),
    /Could not load the quiz from \/flaky\.json: the server answered 503 Service Unavailable/,
  );
  assert.ok(errors.some((e) => e.includes('could not load /flaky.json')), 'logged for the blogger');
  await screenshot(page, 'pack-failed-1280', { fullPage: false });
  await w.getByRole('button', { name: 'Try again' }).click();
  await w.getByRole('button', { name: 'Start quiz' }).waitFor();
  assert.equal(attempts, 2);
  await context.close();
});

test('a missing pack names the address the browser asked, and offers no retry that cannot help', async () => {
  env.server.pages['/posts/post.html'] = hostPage('<div id="w" data-role-quiz data-pack="packs/x.json"></div>');
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/posts/post.html`);
  const alert = page.locator('#w').getByRole('alert');
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /Could not load the quiz from \/posts\/packs\/x\.json: the server answered 404/);
  assert.match(text, /Check the address/);
  assert.equal(await page.locator('#w').getByRole('button', { name: 'Try again' }).count(), 0);
  assert.ok(errors.some((e) => e.includes('could not load /posts/packs/x.json')), 'logged too');
  await context.close();
});

test('a pack that does not answer in 10 seconds times out, then loads on retry', async () => {
  let attempts = 0;
  env.server.routes['/slow.json'] = (req, res) => {
    attempts += 1;
    if (attempts > 1) json(res, 200, EXAMPLE);
    // The first request is never answered.
  };
  const { context, w } = await openWith('slow', 'data-pack="/slow.json"');
  const alert = w.getByRole('alert');
  await alert.waitFor({ timeout: 15000 });
  assert.match(await alert.textContent(), /\/slow\.json: no answer within 10 seconds/);
  await w.getByRole('button', { name: 'Try again' }).click();
  await w.getByRole('button', { name: 'Start quiz' }).waitFor();
  await context.close();
});

test('text that is not a pack, or a pack with mistakes, lists every problem', async () => {
  env.server.routes['/html.json'] = (req, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Oops</p>');
  const notJson = await openWith('not-json', 'data-pack="/html.json"');
  const alert = notJson.w.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /The pack at \/html\.json has a problem:/);
  // A web page where a pack should be (a wrong URL answered by the site's HTML).
  assert.equal(
    await alert.locator('li').textContent(),
    'line 1, column 1: this is not a JSON pack: a pack starts with {',
  );
  await notJson.context.close();

  const broken = structuredClone(EXAMPLE);
  broken.items[0].answer = 'ceo';
  delete broken.items[1].statement;
  broken.items[2].id = broken.items[3].id;
  broken.items[4].colour = 'red';
  env.server.routes['/broken.json'] = (req, res) => json(res, 200, broken);
  const invalid = await openWith('invalid', 'data-pack="/broken.json"');
  const problems = invalid.w.getByRole('alert');
  await problems.waitFor();
  const lines = await problems.locator('li').allTextContents();
  // In the order they stand in the pack.
  assert.deepEqual(lines, [
    `items[0] ("${EXAMPLE.items[0].id}").answer: expected "cto", "cfo" or "both", found "ceo"`,
    `items[1] ("${EXAMPLE.items[1].id}").statement: is missing`,
    `items[3].id: the id "${EXAMPLE.items[3].id}" is already used by items[2]`,
    `items[4] ("${EXAMPLE.items[4].id}").colour: is not a field here; the fields here are id, label, statement, answer, sources, explanation, note`,
  ]);
  assert.equal(invalid.errors.filter((e) => e.startsWith('role-quiz: the pack at /broken.json')).length, 4);
  await screenshot(invalid.page, 'pack-invalid-1280', { fullPage: false });
  await invalid.context.close();
});

test('a pack of markup is shown as text and runs nothing', async () => {
  // f() would record that markup ran; it never should.
  const evil = (n) => `<img src=x onerror=f()><script>f(${n})</script>`;
  let n = 0;
  const pack = structuredClone(EXAMPLE);
  const poison = (value, key) => {
    if (typeof value === 'string') {
      // Ids must stay ids; every text a reader sees becomes markup.
      if (['id', 'source', 'answer'].includes(key)) return value;
      n += 1;
      // Short fields get a payload that fits their limits (24 and 40 characters).
      if (['short', 'version'].includes(key)) return '<img src=x onerror=f()>';
      if (key === 'label') return `<img src=x onerror=f()>${n}`;
      return evil(n);
    }
    if (Array.isArray(value)) return value.map((v) => poison(v, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
    }
    return value;
  };
  const hostile = poison(pack);
  // Citations must name listed sections: use the poisoned section names.
  for (const item of hostile.items) item.sources = [{ source: 'example', section: hostile.sources[0].sections[0] }];
  env.server.routes['/evil.json'] = (req, res) => json(res, 200, hostile);

  const { page, context, dialogs, w } = await openWith('evil', 'data-pack="/evil.json"');
  await w.getByRole('button', { name: 'Start quiz' }).click();
  await w.locator('.rq-answer >> nth=0').click();
  await w.getByRole('tab', { name: 'Compare roles' }).click();
  await w.locator('.rq-group summary >> nth=0').click();
  assert.match(await w.locator('.rq-title').textContent(), /^<img src=x onerror=f\(\)><script>f\(\d+\)<\/script>$/);
  assert.equal(await w.locator('img, script').count(), 0, 'no element was made from pack text');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no pack script ran');
  assert.deepEqual(dialogs, []);
  await screenshot(page, 'pack-markup-1280', { fullPage: false });
  await context.close();
});

test('a 1,000-item pack on a page of five widgets works everywhere', async () => {
  const big = bigPack(1000);
  env.server.routes['/big.json'] = (req, res) => json(res, 200, big);
  const widgets = ['quiz', 'compare', 'both', 'quiz', 'compare']
    .map((view, i) => `<div id="w${i}" data-role-quiz data-pack="/big.json" data-view="${view}" data-questions="all"></div>`)
    .join('');
  env.server.pages['/five.html'] = hostPage(widgets);
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/five.html`);
  for (const i of [0, 2, 3]) {
    const w = page.locator(`#w${i}`);
    await w.getByRole('button', { name: 'Start quiz' }).click();
    assert.equal(await w.locator('.rq-progress-text').textContent(), 'Question 1 of 1,000'); // numbers as English writes them
    await w.locator('.rq-answer >> nth=1').click();
    assert.ok(await w.locator('.rq-feedback').isVisible());
  }
  for (const i of [1, 4]) {
    const w = page.locator(`#w${i}`);
    await w.locator('.rq-filter input').waitFor();
    assert.equal(await w.locator('.rq-group summary').count(), 1000);
    assert.match(await w.locator('.rq-venn-more >> nth=0').textContent(), /^\+\d+ more in the list$/);
    await w.getByLabel('Filter responsibilities').fill('Item 99');
    // Every word must appear, in the label or the statement.
    const expected = big.items.filter((item) =>
      ['item', '99'].every((word) => `${item.statement} ${item.label}`.toLowerCase().includes(word)),
    ).length;
    assert.equal(await w.locator('.rq-group summary').count(), expected);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

for (const theme of ['light', 'dark']) {
  test(`a source's link is in the widget's accent, not the browser's link colour (${theme})`, async () => {
    const pack = structuredClone(EXAMPLE);
    pack.sources[0].url = 'https://blog.example/post';
    const { page, context, errors, w } = await openWith(
      `linked-${theme}`,
      `data-theme="${theme}"`,
      `<script type="application/json">${JSON.stringify(pack).replaceAll('<', '\\u003c')}</script>`,
    );
    await w.getByRole('button', { name: 'Start quiz' }).click();
    await w.locator('.rq-answer').first().click();
    const link = w.locator('.rq-sources a[href="https://blog.example/post"]').first();
    await link.waitFor();
    const [linkColour, accent] = await Promise.all([
      link.evaluate((a) => getComputedStyle(a).color),
      w.locator('.rq-link-button').first().evaluate((b) => getComputedStyle(b).color),
    ]);
    assert.equal(linkColour, accent);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('long words and addresses in a pack wrap inside the card at 320 px: the page never scrolls sideways', async () => {
  const pack = structuredClone(EXAMPLE);
  const compound = 'Datenschutzfolgenabschätzungsverantwortlichkeitsübertragung';
  const url = 'https://blog.example/2026/11/a-very-long-address/that-goes-on-and-on/without-a-break?utm_source=role-quiz';
  pack.title = `${compound} oder mehr`;
  pack.roles[0].summary = compound;
  pack.roles[0].focus[0] = compound;
  for (const [i, item] of pack.items.entries()) {
    item.label = `${compound.slice(0, 36)} ${i}`;
    item.statement = `${compound} ${compound}`;
    item.explanation = `See ${url}`;
  }
  env.server.routes['/long-words.json'] = (req, res) => json(res, 200, pack);
  const { page, context, errors } = await openPage(env.browser, 320);
  await page.goto(`${env.server.url}/?pack=long-words.json&questions=3`);
  const wide = () => page.evaluate(() => document.documentElement.scrollWidth);
  const widths = {};
  await page.getByRole('button', { name: 'Start quiz' }).waitFor();
  widths.intro = await wide();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await page.locator('.rq-answer').first().click();
  await page.locator('.rq-feedback').waitFor();
  widths.feedback = await wide();
  for (let n = 0; n < 2; n++) {
    await page.locator('.rq-next-bar .rq-button').click();
    await page.locator('.rq-answer').first().click();
  }
  await page.locator('.rq-next-bar .rq-button').click();
  await page.locator('.rq-results').waitFor();
  await page.locator('.rq-your-answers > summary').click();
  widths.results = await wide();
  await page.getByRole('tab', { name: 'Compare roles' }).click();
  await page.locator('.rq-group-toggle').first().click();
  widths.compare = await wide();
  await screenshot(page, 'long-words-320');
  assert.deepEqual(widths, { intro: 320, feedback: 320, results: 320, compare: 320 });
  assert.deepEqual(errors, []);
  await context.close();
});
