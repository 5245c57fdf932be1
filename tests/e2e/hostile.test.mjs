// Hostile and odd input, from the page around the widget: options that
// throw, elements that cannot hold a widget, a name taken by another
// script, a classic script tag, missing or tampered files, a policy that
// forbids WebAssembly or requires Trusted Types, another site's pack in the
// standalone page's address, a frame that reports any height. Every case
// holds the same invariants: no script runs, the page keeps its content and
// its later scripts, no uncaught error, and a message a blogger can act on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, PACK, assertPlays, hostPage, openPage, useBrowser } from './support.mjs';

const env = useBrowser();

/** A page of the host's after the widget: what must survive. */
const AFTER = `<p id="after">The rest of the post.</p>
  <script>window.laterScriptRan = true;</script>`;

/**
 * Opens a test page and returns it with its console errors, warnings and
 * uncaught exceptions apart.
 */
async function open(name, html, { width = 1280, headers } = {}) {
  env.server.pages[`/${name}.html`] = html;
  if (headers) env.server.routes[`/${name}.html`] = (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(html);
  };
  const opened = await openPage(env.browser, width);
  opened.uncaught = [];
  opened.warnings = [];
  opened.page.on('pageerror', (error) => opened.uncaught.push(String(error)));
  opened.page.on('console', (message) => {
    if (message.type() === 'warning') opened.warnings.push(message.text());
  });
  await opened.page.addInitScript(() => {
    window.ready = 0;
    document.addEventListener('rolequiz:ready', () => (window.ready += 1));
  });
  await opened.page.goto(`${env.server.url}/${name}.html`);
  return opened;
}

/** The host page kept its own text and its script after the widget. */
async function assertHostIntact(page) {
  assert.equal(await page.locator('#after').textContent(), 'The rest of the post.');
  assert.equal(await page.evaluate(() => window.laterScriptRan), true);
}

test('RoleQuiz.mount with options that throw, have no prototype or hold odd values: each option alone is named, the widget runs', async () => {
  const { page, context, errors, uncaught } = await open(
    'mount-options',
    hostPage(`<div id="a"></div><div id="b"></div><div id="c"></div>${AFTER}`),
  );
  await page.waitForFunction(() => window.RoleQuiz?.mount);
  await page.evaluate(() => {
    const throwing = {
      view: 'quiz',
      get questions() {
        throw new Error('no questions for you');
      },
    };
    const bare = Object.assign(Object.create(null), { view: 'quiz', questions: 3 });
    const odd = {
      view: { toString: () => { throw new Error('no text either'); } },
      theme: Object.create(null),
      seed: Symbol('seed'),
      shortcuts: false,
      questions: 4,
    };
    RoleQuiz.mount(document.getElementById('a'), throwing);
    RoleQuiz.mount(document.getElementById('b'), bare);
    RoleQuiz.mount(document.getElementById('c'), odd);
  });
  await page.waitForFunction(() => window.ready === 3);
  const [a, b, c] = ['#a', '#b', '#c'].map((id) => page.locator(id));
  assert.match(await a.getByRole('note').textContent(), /questions: expected .*found "\(a value that could not be read\)"/);
  assert.match(await b.locator('.rq-intro .rq-meta').textContent(), /^3 questions/);
  const notes = await c.getByRole('note').textContent();
  assert.match(notes, /view: expected .*found "\(a value of type object\)"/);
  assert.match(notes, /seed: expected .*found "\(a value of type symbol\)"/);
  assert.match(await c.locator('.rq-intro .rq-meta').textContent(), /^4 questions/);
  await assertHostIntact(page);
  assert.deepEqual(uncaught, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('elements that cannot hold a widget are refused with a message, and the page keeps its content', async () => {
  const { page, context, errors, uncaught } = await open(
    'mount-elements',
    hostPage(`<main id="main"><p>The post.</p></main>
      <div id="closed"></div><div id="open"></div><img id="img" alt="">
      <script>
        document.getElementById('closed').attachShadow({ mode: 'closed' }).innerHTML = '<p>A component of the page</p>';
        document.getElementById('open').attachShadow({ mode: 'open' }).innerHTML = '<p id="theirs">Another component</p>';
      </script>${AFTER}`),
  );
  await page.waitForFunction(() => window.RoleQuiz?.mount);
  await page.evaluate(() => {
    for (const element of [document.body, document.documentElement, document.head]) RoleQuiz.mount(element, {});
    for (const id of ['closed', 'open', 'img']) RoleQuiz.mount(document.getElementById(id), {});
    RoleQuiz.mount('#main', {});
  });
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => document.body.shadowRoot), null, 'the page is not hidden behind a shadow root');
  assert.ok(await page.locator('#main').isVisible());
  assert.equal(await page.evaluate(() => document.getElementById('open').shadowRoot.textContent), 'Another component');
  assert.match(errors.join('\n'), /cannot take the page's <body>: give it an empty <div>/);
  assert.match(errors.join('\n'), /cannot take the page's <html>/);
  assert.match(errors.join('\n'), /already holds a shadow root of its own/);
  assert.match(errors.join('\n'), /this <div> cannot hold the widget \(it takes no shadow root, or holds a closed one/);
  assert.match(errors.join('\n'), /this <img> cannot hold the widget/);
  assert.match(errors.join('\n'), /RoleQuiz.mount\(element, options\) needs an element/);
  await assertHostIntact(page);
  assert.deepEqual(uncaught, []);
  await context.close();
});

for (const [label, preset] of [
  ['a number', 'window.RoleQuiz = 42;'],
  ['a frozen object', 'window.RoleQuiz = Object.freeze({});'],
  ['a read-only name', "Object.defineProperty(window, 'RoleQuiz', { value: 'taken', writable: false });"],
  ['an object claiming to be ready', 'window.RoleQuiz = { ready: true };'],
]) {
  test(`widgets still mount where window.RoleQuiz is ${label}`, async () => {
    const { page, context, errors, uncaught } = await open(
      `preset-${label.replaceAll(' ', '-')}`,
      hostPage(`<div id="w" data-role-quiz data-view="quiz"></div>${AFTER}`, { head: `<script>${preset}</script>` }),
    );
    await page.waitForFunction(() => window.ready === 1);
    const widget = page.locator('#w');
    await assertPlays(widget);
    await assertHostIntact(page);
    assert.deepEqual(uncaught, []);
    assert.deepEqual(errors.filter((e) => !e.includes('window.RoleQuiz is taken')), []);
    await context.close();
  });
}

test('embed.js as a classic script (a platform that drops type="module") works, and leaves no globals but RoleQuiz', async () => {
  const { page, context, errors, uncaught } = await open(
    'classic',
    hostPage(`<div id="w" data-role-quiz data-view="quiz"></div>
      <script src="/embed.js"></script>
      <script>let e = 'the page\\'s own e'; const r = 1;</script>${AFTER}`, { script: false }),
  );
  await page.waitForFunction(() => window.ready === 1);
  const widget = page.locator('#w');
  await assertPlays(widget);
  assert.equal(await page.evaluate(() => e), "the page's own e", "the page's later script declared its names");
  await assertHostIntact(page);
  assert.deepEqual(uncaught, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a missing wasm file: the widget says it could not load, the console names the file, nothing is left unhandled', async () => {
  const { page, context, errors, uncaught } = await open(
    'no-wasm',
    hostPage(`<div id="w" data-role-quiz data-view="quiz" data-seed="4"></div>${AFTER}`),
  );
  await context.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.reload();
  const alert = page.locator('#w').getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.textContent(), 'This quiz could not be loaded. Please try again later.');
  assert.match(errors.join('\n'), /_bg\.wasm: the server answered 404 \(is every file of the role-quiz folder uploaded\?\)/);
  await page.waitForTimeout(500);
  assert.deepEqual(uncaught, []);
  assert.equal(errors.filter((e) => /Uncaught|unhandled/i.test(e)).length, 0, errors.join('\n'));
  await assertHostIntact(page);
  await context.close();
});

test('a page whose policy forbids WebAssembly is told what to add; the reader is not told to try again', async () => {
  const html = hostPage(`<div id="w" data-role-quiz data-view="quiz"></div>${AFTER}`);
  const { page, context, errors, uncaught } = await open('csp-no-wasm', html, {
    headers: { 'content-security-policy': "script-src 'self' 'unsafe-inline'; style-src 'self'" },
  });
  const alert = page.locator('#w').getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.textContent(), "This page's security settings do not let the quiz run.");
  assert.match(errors.join('\n'), /Content-Security-Policy blocks WebAssembly: add 'wasm-unsafe-eval' to its script-src/);
  await assertHostIntact(page);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test('with Trusted Types enforced the widget works, whether or not the page allows its policy', async () => {
  const html = hostPage(`<div id="w" data-role-quiz data-view="quiz"></div>${AFTER}`);
  for (const policy of ["require-trusted-types-for 'script'", "require-trusted-types-for 'script'; trusted-types 'none'"]) {
    const { page, context, errors, uncaught } = await open(`tt-${policy.length}`, html, {
      headers: { 'content-security-policy': policy },
    });
    await page.waitForFunction(() => window.ready === 1);
    await assertPlays(page.locator('#w'));
    assert.deepEqual(uncaught, [], policy);
    assert.deepEqual(errors.filter((e) => !/trusted.?type/i.test(e)), [], policy);
    await context.close();
  }
});

test('a tampered or malformed first-question file is never shown: "Start quiz" waits for the code', async () => {
  const file = (await readdir(DIST)).find((f) => /^role-quiz-first-[0-9a-f]+\.json$/.test(f));
  const html = hostPage(`<div id="w" data-role-quiz data-view="quiz"></div>${AFTER}`);
  for (const body of [
    '{}',
    'not json',
    '{"question": 42, "statements": ["x"], "saved": "k"}',
    '{"question": "<section class=\\"rq-screen rq-question\\"><img src=x onerror=\\"window.ran=1\\"><p class=\\"rq-statement\\"></p></section>", "statements": ["x"], "saved": "k"}',
    '{"question": "<section class=\\"rq-screen rq-question\\" onclick=\\"window.ran=1\\"><p class=\\"rq-statement\\"></p></section>", "statements": ["x"], "saved": "k"}',
  ]) {
    const { page, context, uncaught } = await open(`first-${body.length}`, html);
    await context.route(new RegExp(`${file}$`), (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    const release = await (async () => {
      let go;
      const held = new Promise((r) => (go = r));
      await context.route(/_bg\.wasm$/, async (route) => {
        await held;
        await route.fallback();
      });
      return go;
    })();
    await page.reload();
    const widget = page.locator('#w');
    await widget.getByRole('button', { name: 'Start quiz' }).click();
    await page.waitForTimeout(800);
    assert.equal(await widget.locator('.rq-question').count(), 0, body);
    release();
    await page.waitForFunction(() => window.ready === 1);
    // The tap was kept: the code opens the round.
    await widget.locator('.rq-statement').waitFor();
    assert.equal(await page.evaluate(() => window.ran), undefined, body);
    assert.deepEqual(uncaught, [], body);
    await assertHostIntact(page);
    await context.close();
  }
});

test("the standalone page shows another site's pack only where the page allows that site", async () => {
  const { page, context } = await open('blank', '<!doctype html><title>x</title>');
  await context.route('https://packs.example.org/**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: '{}' }),
  );
  await page.goto(`${env.server.url}/?pack=https://packs.example.org/p.json`);
  const alert = page.locator('[data-role-quiz]').getByRole('alert');
  await alert.waitFor();
  assert.match(
    await alert.textContent(),
    /this page shows packs from its own site only, and from the sites its <meta name="role-quiz-packs"> lists \(https:\/\/packs\.example\.org is not among them\)/,
  );
  assert.equal(await alert.getByRole('button', { name: /try again/i }).count(), 0, 'no retry for a refusal');
  assert.doesNotMatch(await alert.textContent(), /Check the address/, 'the refusal says itself what to do');
  // Listed, it is fetched (and this one is then checked as any pack).
  const index = await (await fetch(`${env.server.url}/index.html`)).text();
  env.server.pages['/allowing.html'] = index.replace(
    '<meta name="role-quiz-packs" content="" />',
    '<meta name="role-quiz-packs" content="https://packs.example.org/quizzes/" />',
  );
  await page.goto(`${env.server.url}/allowing.html?pack=https://packs.example.org/p.json`);
  const problems = page.locator('[data-role-quiz]').getByRole('alert');
  await problems.waitFor();
  assert.doesNotMatch(await problems.textContent(), /own site only/);
  assert.match(await problems.textContent(), /packs\.example\.org/);
  await context.close();
});

test('a frame that reports an absurd height is held to 20,000 px, and scrolls within', async () => {
  env.server.pages['/tall-frame.html'] = `<!doctype html><html><body>
    <iframe data-role-quiz-frame id="f" src="/tall-inner.html" style="width:600px;border:0"></iframe>
    <p id="after">The rest of the post.</p>
    <script src="/host.js"></script></body></html>`;
  env.server.pages['/tall-inner.html'] = `<!doctype html><script>
    for (const height of [700, 99999, 5e9]) parent.postMessage({ type: 'rolequiz:resize', height }, '*');
  </script>`;
  const { page, context } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/tall-frame.html`);
  await page.waitForFunction(() => document.getElementById('f').style.height === '20000px');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('f')).height), '20000px');
  await context.close();
});

test("the studio runs under README's Content-Security-Policy", async () => {
  const html = await readFile(join(DIST, 'studio.html'), 'utf8');
  const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  env.server.routes['/studio.html'] = (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy });
    res.end(html);
  };
  const { page, context, errors } = await openPage(env.browser, 1280);
  const violations = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  try {
    await page.goto(`${env.server.url}/studio.html`);
    await page.getByRole('heading', { name: 'Pack studio' }).waitFor();
    await page.locator('.st-fallback').waitFor({ state: 'detached' });
    // Its preview (a widget) is styled, as everywhere.
    await page.getByRole('button', { name: 'Start from the CIO/CTO pack' }).click();
    await page.locator('#preview .st-widget').getByRole('button', { name: 'Start quiz' }).waitFor();
    const look = await page.locator('#preview .st-widget .rq-card').evaluate((el) => getComputedStyle(el).borderRadius);
    assert.notEqual(look, '0px');
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  } finally {
    delete env.server.routes['/studio.html'];
    await context.close();
  }
});

/** The studio, fresh, at 1280 px. */
async function openStudio() {
  const opened = await openPage(env.browser, 1280);
  await opened.page.goto(`${env.server.url}/studio.html`);
  await opened.page.getByRole('heading', { name: 'Pack studio' }).waitFor();
  return opened;
}

/** Fills localStorage to the brim (less than 1,000 characters left). */
async function fillStorage(page) {
  await page.evaluate(() => {
    let n = 0;
    for (let size = 256 * 1024; size >= 1000; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n}`, chunk);
          n += 1;
        } catch {
          break;
        }
      }
    }
  });
}

/** Opens the studio on a storage prepared by `prepare` (run on a page of its origin first). */
async function studioWith(prepare, arg) {
  const opened = await openPage(env.browser, 1280);
  env.server.pages['/same-origin.html'] = '<!doctype html><title>x</title>';
  await opened.page.goto(`${env.server.url}/same-origin.html`);
  await opened.page.evaluate(() => localStorage.clear());
  await prepare(opened.page, arg);
  await opened.page.goto(`${env.server.url}/studio.html`);
  await opened.page.getByRole('heading', { name: 'Pack studio' }).waitFor();
  return opened;
}

test('an unreadable draft too large to copy aside is never removed: the studio offers it as a file', async () => {
  const broken = `{"studio": 1, "draft": ${'"x'.repeat(1_300_000)}`;
  const { page, context, errors } = await studioWith(async (page) => {
    await page.evaluate((broken) => localStorage.setItem('role-quiz-studio:draft', broken), broken);
    // Room for neither a copy of it nor much else.
    await fillStorage(page);
  });
  await page.getByText('there is no room to keep a copy of it').waitFor();
  // Typing in the new pack does not write over it.
  await page.fill('#f-title', 'A new pack');
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => localStorage.getItem('role-quiz-studio:draft')), broken);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the unreadable draft' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'role-quiz-unreadable-draft.txt');
  assert.equal(await readFile(await download.path(), 'utf8'), broken);
  // Downloaded, it is let go, and the new pack is kept from then on.
  await page.waitForFunction(() => localStorage.getItem('role-quiz-studio:draft')?.includes('A new pack'));
  await page.getByRole('button', { name: 'Download the unreadable draft' }).waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a draft the browser has no room for is said to be unkept', async () => {
  const { page, context, errors } = await studioWith(() => {});
  await page.getByRole('button', { name: 'Start from the CIO/CTO pack' }).click();
  await page.waitForFunction(() => localStorage.getItem('role-quiz-studio:draft')?.includes('cio-cto'));
  await fillStorage(page);
  await page.fill('#f-title', 'Longer than the room left '.repeat(100));
  await page.getByRole('alert').filter({ hasText: 'no room left to keep the draft' }).waitFor();
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await page.fill('#f-title', 'Kept again');
  await page.getByRole('alert').filter({ hasText: 'no room left' }).waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the studio at the 5,000-item limit: the table imports, typing keeps every key, problems still show', async () => {
  const { page, context, errors } = await openStudio();
  await page.evaluate(() => localStorage.clear());
  await page.getByRole('button', { name: 'Start from the CIO/CTO pack' }).click();
  const rows = ['Label,Statement,Answer,Explanation,Source,Section'];
  for (let n = 0; n < 5000; n += 1) rows.push(`Item ${n},Statement number ${n} of the big table,${['CIO', 'CTO', 'Both'][n % 3]},Because ${n}.,Our post,Part ${n % 7}`);
  await page.getByText('Import a pack or a spreadsheet').click();
  const started = Date.now();
  await page.locator('input[type=file]').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
  await page.getByRole('heading', { name: 'Items (5000)' }).waitFor({ timeout: 60_000 });
  const imported = Date.now() - started;
  // Typing into an item: each key is drawn before the next frame is late.
  await page.locator('#f-items-4999 summary').click();
  await page.locator('#f-items-4999-statement').click();
  const keys = await page.evaluate(async () => {
    const field = document.getElementById('f-items-4999-statement');
    const times = [];
    for (const key of 'abcde') {
      const start = performance.now();
      field.value += key;
      field.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      times.push(performance.now() - start);
    }
    return times;
  });
  // How long each key takes is a figure, not a pass mark (timed asserts
  // race a busy machine): it is logged; what must hold is that every key
  // arrives, in order, and the studio keeps it.
  const slowest = Math.max(...keys);
  console.log(`5,000 items: import ${imported} ms, slowest key ${Math.round(slowest)} ms`);
  assert.equal(keys.length, 5);
  assert.match(await page.locator('#f-items-4999-statement').inputValue(), /of the big tableabcde$/);
  // A problem typed in still shows, once typing pauses.
  await page.fill('#f-items-4999-label', '');
  await page.locator('#problems-title').filter({ hasText: /fill in/ }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

// The generated half of the layer: every option, every text of a pack,
// given each of these values. None may run a script, break the page or
// throw; each widget shows its quiz or a notice a blogger can act on.
const OPTIONS = ['view', 'questions', 'seed', 'pack', 'theme', 'shortcuts', 'profiles', 'lang', 'sources',
  'accent', 'role1', 'role2', 'both', 'bg', 'text', 'font', 'radius'];
const HOSTILE = [
  '<img src=x onerror="window.ran=1">',
  '"><script>window.ran=1</script>',
  '<!--<script>',
  'javascript:window.ran=1',
  '__proto__',
  'toString',
  '$&$`',
  '-1',
  '1e309',
  ' ',
  '\u202e\u0000é𝄞',
  'x'.repeat(100_000),
];

/** Waits until each of `selectors` holds a widget that has taken over (or said why not). */
async function settled(page, selectors) {
  await page.waitForFunction(
    (selectors) =>
      selectors.every((s) => {
        const root = document.querySelector(s)?.shadowRoot;
        return root?.querySelector('.rq-card') && !root.querySelector('[aria-busy="true"]');
      }),
    selectors,
    { timeout: 20_000 },
  );
}

/** Asserts the layer's invariants on a page after its widgets have had their time. */
async function assertUnharmed(page, uncaught, label) {
  assert.equal(await page.evaluate(() => window.ran), undefined, `a script ran: ${label}`);
  assert.deepEqual(uncaught, [], label);
  await assertHostIntact(page);
}

test('every option, as an attribute, a query value and a RoleQuiz.mount option, given each hostile value', async () => {
  for (const [n, value] of HOSTILE.entries()) {
    const label = JSON.stringify(value.slice(0, 30));
    const attributes = OPTIONS.map((name) => `data-${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`).join(' ');
    const { page, context, uncaught } = await open(
      `hostile-options-${n}`,
      hostPage(`<div id="attr" data-role-quiz ${attributes}></div><div id="script"></div>
        <script type="module">
          const options = Object.fromEntries(${JSON.stringify(OPTIONS)}.map((name) => [name, ${JSON.stringify(value).replaceAll('<', '\\u003c')}]));
          window.RoleQuiz ? RoleQuiz.mount(document.getElementById('script'), options) : null;
          addEventListener('load', () => RoleQuiz.mount(document.getElementById('script'), options));
        </script>${AFTER}`),
    );
    await settled(page, ['#attr', '#script']);
    for (const id of ['attr', 'script']) {
      // A notice or the widget itself: never an empty box.
      const widget = page.locator(`#${id}`);
      assert.ok((await widget.locator('.rq-card').count()) > 0, `${id} ${label}`);
      const width = await widget.evaluate((el) => el.getBoundingClientRect().width);
      assert.ok(width <= 1280, `${id} ${label} is ${width}px wide`);
    }
    await assertUnharmed(page, uncaught, label);
    await context.close();

    const query = OPTIONS.map((name) => `${name}=${encodeURIComponent(value.slice(0, 500))}`).join('&');
    const standalone = await openPage(env.browser, 390);
    standalone.page.on('pageerror', (error) => uncaught.push(String(error)));
    await standalone.page.goto(`${env.server.url}/?${query}`);
    await standalone.page.locator('[data-role-quiz] .rq-card').first().waitFor();
    await standalone.page.waitForTimeout(500);
    assert.equal(await standalone.page.evaluate(() => window.ran), undefined, label);
    assert.deepEqual(uncaught, [], label);
    await standalone.context.close();
  }
});

test('every text of a pack, given each hostile value: shown as text or refused with a notice', async () => {
  const pack = PACK;
  const replaced = (value) => {
    const walk = (node, key) => {
      if (typeof node === 'string') return ['schema', 'lang'].includes(key) ? node : value;
      if (Array.isArray(node)) return node.map((entry) => walk(entry, key));
      if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, k)]));
      return node;
    };
    return walk(pack);
  };
  for (const [n, value] of HOSTILE.entries()) {
    const label = JSON.stringify(value.slice(0, 30));
    // Every text at once, and the texts a reader reads alone (the ids kept).
    const all = JSON.stringify(replaced(value));
    const texts = JSON.parse(JSON.stringify(pack));
    texts.title = value;
    texts.intro = value;
    for (const item of texts.items) {
      item.statement = value.slice(0, 300);
      item.explanation = value.slice(0, 800);
    }
    const inline = (json) => `<script type="application/json">${json.replaceAll('<', '\\u003c')}</script>`;
    const { page, context, uncaught } = await open(
      `hostile-pack-${n}`,
      hostPage(`<div id="all" data-role-quiz>${inline(all)}</div>
        <div id="texts" data-role-quiz data-view="quiz" data-questions="3">${inline(JSON.stringify(texts))}</div>${AFTER}`),
      { width: 390 },
    );
    await settled(page, ['#all', '#texts']);
    // Broken in every field: its problems, listed and bounded.
    const problems = page.locator('#all .rq-problems');
    if (await problems.count()) assert.ok((await problems.locator('li').count()) <= 51, label);
    // Odd texts: the quiz plays them as text, and nothing is wider than the phone.
    const texty = page.locator('#texts');
    if (await texty.getByRole('button', { name: 'Start quiz' }).count()) {
      await texty.getByRole('button', { name: 'Start quiz' }).click();
      await texty.locator('.rq-answer >> nth=0').click();
      const statement = await texty.locator('.rq-statement').textContent();
      assert.equal(statement.trim(), value.slice(0, 300).trim(), label);
    }
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 390, `${label}: the page scrolls sideways (${wide}px)`);
    await assertUnharmed(page, uncaught, label);
    await context.close();
  }
});

test('a key typed the moment before the tab goes is kept (the draft waits 0.4 s to be written, not past the page)', async () => {
  const { page, context, errors } = await studioWith(() => {});
  await page.fill('#f-title', 'Typed and gone');
  // At once: well within the wait.
  await page.goto(`${env.server.url}/same-origin.html`);
  assert.match(await page.evaluate(() => localStorage.getItem('role-quiz-studio:draft')), /Typed and gone/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the loader's files and the studio's imports, given each hostile value: refused in words, nothing runs", async () => {
  for (const [n, value] of HOSTILE.entries()) {
    const label = JSON.stringify(value.slice(0, 30));
    // A language's file of the kit replaced by something else.
    const { page, context, uncaught } = await open(
      `hostile-words-${n}`,
      hostPage(`<div id="w" data-role-quiz data-view="quiz" data-lang="de"></div>${AFTER}`),
    );
    for (const body of [value, JSON.stringify({ start_quiz: value }), JSON.stringify([value])]) {
      await context.unrouteAll();
      await context.route(/\/role-quiz-de-[0-9a-f]{16}\.json$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      await page.reload();
      await settled(page, ['#w']);
      await assertUnharmed(page, uncaught, `words ${label}`);
    }
    await context.close();

    // The studio's import: the value in every cell of a table, and as a pack file.
    const studio = await studioWith(() => {});
    studio.page.on('pageerror', (error) => uncaught.push(String(error)));
    await studio.page.getByText('Import a pack or a spreadsheet').click();
    const cell = `"${value.replaceAll('"', '""')}"`;
    const csv = ['Label,Statement,Answer,Explanation,Source,Section', ...Array(3).fill(Array(6).fill(cell).join(','))].join('\n');
    for (const [name, text] of [['hostile.csv', csv], ['hostile.json', value], ['hostile.json', JSON.stringify({ schema: 2, id: value, items: [value] })]]) {
      await studio.page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
      await studio.page.locator('#problems-title').waitFor();
    }
    assert.equal(await studio.page.evaluate(() => window.ran), undefined, `studio ${label}`);
    assert.deepEqual(uncaught, [], `studio ${label}`);
    const wide = await studio.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 1280, `studio ${label}: ${wide}px`);
    await studio.context.close();
  }
});
