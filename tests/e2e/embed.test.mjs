// The widget inside other people's pages: the README's snippet, several
// widgets per page, isolation from host CSS both ways, theming, events,
// attribute errors, RoleQuiz.mount, and the iframe variant with host.js.
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  PACK,
  acceptedAnswers,
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

/** Opens a test-written host page and waits for its widgets' `rolequiz:ready`. */
async function openHost(name, html, { width = 1280, widgets = 1 } = {}) {
  env.server.pages[`/${name}.html`] = html;
  const opened = await openPage(env.browser, width);
  opened.requests = [];
  opened.page.on('request', (r) => opened.requests.push(new URL(r.url()).pathname));
  await opened.page.addInitScript(() => {
    window.events = [];
    for (const type of ['rolequiz:ready', 'rolequiz:answer', 'rolequiz:complete']) {
      document.addEventListener(type, (e) => window.events.push({ type, target: e.target.id, detail: e.detail }));
    }
  });
  await opened.page.goto(`${env.server.url}/${name}.html`);
  await opened.page.waitForFunction(
    (n) => window.events.filter((e) => e.type === 'rolequiz:ready').length >= n,
    widgets,
  );
  return opened;
}

test('two widgets on one page work independently, and fetch nothing but their code', async () => {
  const { page, context, errors, requests } = await openHost(
    'two',
    hostPage(`
      <div id="a" data-role-quiz data-view="quiz" data-seed="1" data-questions="3"></div>
      <div id="b" data-role-quiz data-view="quiz" data-seed="2" data-questions="5"></div>`),
    { widgets: 2 },
  );
  const a = page.locator('#a');
  const b = page.locator('#b');
  assert.match(await b.locator('.rq-intro .rq-meta').textContent(), /^5 questions/);
  await a.getByRole('button', { name: 'Start quiz' }).click();
  assert.equal(await a.locator('.rq-progress-text').textContent(), 'Question 1 of 3');
  const item = itemByStatement(await a.locator('.rq-statement').textContent());
  await answerButton(a, rightAnswer(item)).click();
  assert.equal((await a.locator('.rq-feedback-title').textContent()).trim(), 'Correct');

  // B is untouched, and starts its own round of five.
  assert.equal(await b.locator('.rq-feedback').count(), 0);
  assert.ok(await b.getByRole('button', { name: 'Start quiz' }).isVisible());
  await b.getByRole('button', { name: 'Start quiz' }).click();
  assert.equal(await b.locator('.rq-progress-text').textContent(), 'Question 1 of 5');
  assert.equal(await a.locator('.rq-progress-text').textContent(), 'Question 1 of 3');
  assert.equal((await a.locator('.rq-feedback-title').textContent()).trim(), 'Correct');
  assert.deepEqual(errors, []);
  // The page, the loader, the glue, the wasm and its later part (asked
  // for once the first screens are up, with any chunk of code it shares),
  // each once: nothing else (not the pack reader: the built-in English pack
  // is compiled in), though each widget runs its own instance of the code.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /later/.test(r.name) && r.responseEnd > 0));
  const requested = requests.filter((p) => p !== '/favicon.ico').sort();
  assert.equal(new Set(requested).size, requested.length, `each file once: ${requested.join(' ')}`);
  const expected = [/^\/embed\.js$/, /^\/role-quiz-[0-9a-f]+\.js$/, /^\/role-quiz-[0-9a-f]+_bg\.wasm$/, /^\/role-quiz-later-[0-9a-f]+\.wasm$/, /^\/two\.html$/];
  for (const file of expected) assert.ok(requested.some((p) => file.test(p)), `${file} in ${requested.join(' ')}`);
  const others = requested.filter((p) => !expected.some((file) => file.test(p)));
  assert.ok(others.every((p) => /^\/role-quiz-chunk-\d+-[0-9a-f]+\.wasm$/.test(p)), `nothing else: ${others.join(' ')}`);
  await context.close();
});

test('a panic in one widget leaves the other widget and the page working', async () => {
  const { page, context, errors } = await openHost(
    'crash',
    hostPage(`
      <button id="host-button" onclick="this.textContent = 'clicked'">Host button</button>
      <div id="a" data-role-quiz data-view="quiz" data-seed="1"></div>
      <div id="b" data-role-quiz data-view="quiz" data-seed="2"></div>`),
    { widgets: 2 },
  );
  const [a, b] = [page.locator('#a'), page.locator('#b')];
  await a.getByRole('button', { name: 'Start quiz' }).click();
  // The panic aborts the call into the widget's code, as it would an event handler.
  const thrown = await page.evaluate(() => {
    try {
      RoleQuiz.debug.crash(document.getElementById('a'));
      return 'nothing thrown';
    } catch (error) {
      return String(error);
    }
  });
  assert.match(thrown, /RuntimeError: unreachable/);

  const alert = a.getByRole('alert');
  await alert.waitFor();
  assert.equal((await alert.textContent()).trim(), 'Something went wrong — reload the page to try again.');
  assert.ok(errors.some((e) => e.includes('role-quiz: panicked')), 'the panic is logged');

  // The other widget goes on as if nothing happened, and so does the page.
  await b.getByRole('button', { name: 'Start quiz' }).click();
  const item = itemByStatement(await b.locator('.rq-statement').textContent());
  await answerButton(b, rightAnswer(item)).click();
  assert.equal((await b.locator('.rq-feedback-title').textContent()).trim(), 'Correct');
  await page.click('#host-button');
  assert.equal(await page.locator('#host-button').textContent(), 'clicked');
  await screenshot(page, 'embed-panic-1280', { fullPage: false });
  await context.close();
});

// Ordinary global CSS of the kind blogs have; no !important.
const AGGRESSIVE_CSS = `<style>
  *, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0; }
  html { font-size: 22px; }
  body { font: italic 19px/2.3 Georgia, serif; color: #c00; letter-spacing: 0.05em;
         text-transform: uppercase; text-align: center; word-spacing: 4px; }
  h2, h3 { font-size: 3rem; font-family: Impact, sans-serif; color: green; }
  p { margin: 2em 0; text-indent: 3em; }
  button { background: black; color: yellow; border: 6px solid lime; padding: 1.5em; border-radius: 0;
           font: bold 22px monospace; text-transform: lowercase; }
  ul { list-style: square; padding-left: 4em; }
  li { margin: 1em; }
  svg { max-width: 40px; }
  input { border: 5px dashed red; font-size: 30px; }
  summary, details { padding: 2em; }
  div { line-height: 3; }
  #frame { width: 760px; }
</style>`;

const WATCHED = [
  '.rq', '.rq-card', '.rq-eyebrow', '.rq-title', '.rq-tab', '.rq-lead', '.rq-profile',
  '.rq-profile-title', '.rq-focus li', '.rq-intro .rq-button-primary', '.rq-intro .rq-meta',
];
const PROPERTIES = [
  'font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'color',
  'background-color', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align',
  'text-indent', 'padding-top', 'padding-left', 'margin-top', 'border-top-width', 'list-style-type',
];

/** Computed styles and sizes of the first match of each selector in the widget. */
async function widgetLooks(page, selectors) {
  const looks = {};
  for (const selector of selectors) {
    looks[selector] = await page.locator(`#w ${selector} >> nth=0`).evaluate((el, props) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        ...Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)])),
        width: Math.round(box.width),
        height: Math.round(box.height),
      };
    }, PROPERTIES);
  }
  return looks;
}

test('host CSS does not reach into the widget: it looks the same as on a plain page', async () => {
  const body = `<div id="frame"><div id="w" data-role-quiz data-seed="5"></div></div>`;
  const plain = await openHost('plain', hostPage(body, { head: '<style>#frame { width: 760px; }</style>' }));
  const loud = await openHost('loud', hostPage(body, { head: AGGRESSIVE_CSS }));
  assert.deepEqual(await widgetLooks(loud.page, WATCHED), await widgetLooks(plain.page, WATCHED));

  // The same after starting, answering, and on the comparison tab.
  for (const { page } of [plain, loud]) {
    await page.locator('#w').getByRole('button', { name: 'Start quiz' }).click();
    await page.locator('#w .rq-answer >> nth=0').click();
  }
  const quiz = ['.rq-statement', '.rq-answer', '.rq-progress', '.rq-feedback', '.rq-explanation',
    '.rq-sources cite', '.rq-feedback .rq-button-primary'];
  assert.deepEqual(await widgetLooks(loud.page, quiz), await widgetLooks(plain.page, quiz));
  for (const { page } of [plain, loud]) {
    await page.locator('#w').getByRole('tab', { name: 'Compare roles' }).click();
  }
  const compare = ['.rq-filter input', '.rq-group', '.rq-group summary', '.rq-venn-wide', '.rq-venn-label text'];
  assert.deepEqual(await widgetLooks(loud.page, compare), await widgetLooks(plain.page, compare));
  await screenshot(loud.page, 'embed-aggressive-css-1280');
  await plain.context.close();
  await loud.context.close();
});

test('the widget changes nothing on the host page', async () => {
  const body = `<h2 id="h">Heading</h2><p id="p">Text</p><button id="b">Button</button>
    <ul id="u"><li>One</li></ul><input id="i"><div data-role-quiz></div>`;
  // A permanent scrollbar: the widget makes the page taller, and a scrollbar
  // appearing would change widths without any style leaking.
  const head = '<style>html { overflow-y: scroll; } body { font-family: Georgia; }</style>';
  const host = ['html', 'body', '#h', '#p', '#b', '#u', '#i'];
  const styles = async (page) => {
    const out = {};
    for (const sel of host) {
      out[sel] = await page.locator(sel).evaluate((el) => {
        const s = getComputedStyle(el);
        return Object.fromEntries(Array.from(s).map((p) => [p, s.getPropertyValue(p)]));
      });
    }
    return out;
  };
  // The document grows by the widget's height: html's and body's sizes may
  // differ; every other property, and everything of the other elements, may not.
  const sized = new Set(['block-size', 'height', 'perspective-origin', 'transform-origin']);
  const differences = (a, b) =>
    host.flatMap((sel) =>
      Object.keys(a[sel])
        .filter((p) => !(['html', 'body'].includes(sel) && sized.has(p)))
        .filter((p) => a[sel][p] !== b[sel][p])
        .map((p) => `${sel} ${p}: ${b[sel][p]} -> ${a[sel][p]}`),
    );
  const withWidget = await openHost('with', hostPage(body, { head }));
  env.server.pages['/without.html'] = hostPage(body, { head, script: false });
  const without = await openPage(env.browser, 1280);
  await without.page.goto(`${env.server.url}/without.html`);
  assert.deepEqual(differences(await styles(withWidget.page), await styles(without.page)), []);
  // Nothing was added to the document's own style sheets.
  assert.equal(await withWidget.page.evaluate(() => document.styleSheets.length), 1);
  await withWidget.context.close();
  await without.context.close();
});

test('events tell the host page about answers and the finished round', async () => {
  const { page, context, errors } = await openHost(
    'events',
    hostPage('<div id="quiz" data-role-quiz data-view="quiz" data-seed="3" data-questions="2"></div>'),
  );
  const quiz = page.locator('#quiz');
  await quiz.getByRole('button', { name: 'Start quiz' }).click();
  const first = itemByStatement(await quiz.locator('.rq-statement').textContent());
  await answerButton(quiz, rightAnswer(first)).click();
  await quiz.getByRole('button', { name: 'Next question' }).click();
  const second = itemByStatement(await quiz.locator('.rq-statement').textContent());
  const wrong = wrongFor(second);
  await answerButton(quiz, wrong).click();
  await quiz.getByRole('button', { name: 'See results' }).click();

  const events = await page.evaluate(() => window.events);
  assert.deepEqual(events.map((e) => e.type), [
    'rolequiz:ready', 'rolequiz:answer', 'rolequiz:answer', 'rolequiz:complete',
  ]);
  assert.ok(events.every((e) => e.target === 'quiz'), 'dispatched on the host element');
  assert.deepEqual(events[0].detail, { packId: PACK.id, packVersion: PACK.version, items: PACK.items.length });
  // In the answer buttons' order, as README says.
  const accepted = (item) => [PACK.roles[0].id, 'both', PACK.roles[1].id].filter((a) => acceptedAnswers(item).includes(a));
  assert.deepEqual(events[1].detail, {
    itemId: first.id, choice: rightAnswer(first), answer: rightAnswer(first), accepted: accepted(first),
    correct: true, index: 0, total: 2, retry: false,
  });
  assert.deepEqual(events[2].detail, {
    itemId: second.id, choice: wrong, answer: rightAnswer(second), accepted: accepted(second),
    correct: false, index: 1, total: 2, retry: false,
  });
  // Items where two answers count are counted apart from the three answers.
  const row = (item) => (item.views ? 'disputed' : item.answer);
  const breakdown = Object.fromEntries(['cio', 'both', 'cto', 'disputed'].map((k) => [k, { right: 0, total: 0 }]));
  breakdown[row(first)].right += 1;
  breakdown[row(first)].total += 1;
  breakdown[row(second)].total += 1;
  assert.deepEqual(events[3].detail, { score: 1, total: 2, breakdown, retry: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('wrong attribute values show a notice, are logged, and fall back to defaults', async () => {
  env.server.pages['/bad.html'] = hostPage(
    '<div id="w" data-role-quiz data-view="quizz" data-questions="0" data-theme="pink"></div>',
  );
  const { page, context, errors } = await openPage(env.browser, 1280);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`${env.server.url}/bad.html`);
  const notice = page.locator('#w').getByRole('note');
  await notice.waitFor();
  const text = await notice.textContent();
  for (const line of [
    'data-view: expected "quiz", "compare" or "both", found "quizz"; using both',
    'data-questions: expected a number from 1 to 1000, or "all", found "0"; using 10',
    'data-theme: expected "auto", "light" or "dark", found "pink"; using auto',
  ]) {
    assert.ok(text.includes(line), `notice lacks ${line}`);
    assert.ok(warnings.some((w) => w.includes(line)), `console lacks ${line}`);
  }
  assert.equal(await page.locator('#w').getByRole('tab').count(), 2, 'both views');
  assert.match(await page.locator('#w .rq-intro .rq-meta').textContent(), /^10 questions/);
  await screenshot(page, 'embed-notice-1280', { fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('themes: dark built in, and CSS variables set on the element cross into the widget', async () => {
  const { page, context } = await openHost(
    'themes',
    hostPage(`
      <div id="dark" data-role-quiz data-view="quiz" data-theme="dark"></div>
      <div id="brand" data-role-quiz data-view="quiz" data-theme="light"
           style="--rq-accent: rgb(200, 0, 100); --rq-font: monospace; --rq-radius: 0px"></div>`),
    { widgets: 2 },
  );
  const background = await page.locator('#dark .rq-card').evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `dark card background, got ${background}`);
  const start = page.locator('#brand .rq-intro .rq-button-primary');
  assert.equal(await start.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(200, 0, 100)');
  assert.equal(await start.evaluate((el) => getComputedStyle(el).fontFamily), 'monospace');
  assert.equal(await page.locator('#brand .rq-card').evaluate((el) => getComputedStyle(el).borderTopLeftRadius), '0px');
  await screenshot(page, 'embed-themes-1280');
  await context.close();
});

test('an iframe takes its theme from its query; a value the browser refuses is named', async () => {
  env.server.pages['/themed-frame.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Themed frame</title><link rel="icon" href="data:,"></head><body style="margin:0">
    <iframe id="f" data-role-quiz-frame title="Quiz" style="width:640px;border:0"
      src="/embed.html?view=quiz&theme=light&accent=b33c1a&role1=%23123456&font=Georgia,serif&radius=0"></iframe>
    <iframe id="g" data-role-quiz-frame title="Quiz" style="width:640px;border:0"
      src="/embed.html?view=quiz&accent=bluish&radius=round"></iframe>
    <script src="/host.js"></script></body></html>`;
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/themed-frame.html`);
  const frame = page.frameLocator('#f');
  const start = frame.getByRole('button', { name: 'Start quiz' });
  await start.waitFor();
  assert.equal(await start.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(179, 60, 26)');
  assert.match(await start.evaluate((el) => getComputedStyle(el).fontFamily), /^Georgia/);
  assert.equal(await frame.locator('.rq-card').evaluate((el) => getComputedStyle(el).borderTopLeftRadius), '0px');
  const roleColour = await frame
    .locator('.rq-card')
    .evaluate((el) => getComputedStyle(el).getPropertyValue('--rq-color-first').trim());
  assert.equal(roleColour, '#123456');
  await start.click();
  await screenshot(page, 'iframe-themed-1280', { fullPage: false });

  // A misspelt colour and a word for a length: named, the defaults kept.
  const notice = page.frameLocator('#g').getByRole('note');
  await notice.waitFor();
  const text = await notice.textContent();
  assert.ok(text.includes('accent: expected a CSS colour such as b33c1a or teal, found "bluish"; using the built-in colour'), text);
  assert.ok(text.includes('radius: expected a length such as 8px or 0.5em, found "round"; using the built-in corners'), text);
  assert.deepEqual(errors, []);
  await context.close();
});

test('RoleQuiz.mount and elements added later get widgets too', async () => {
  const { page, context, errors } = await openHost(
    'script',
    hostPage(`<div id="by-script"></div>
      <script type="module">
        // Called before the widget has loaded: queued, then run.
        RoleQuiz.mount(document.getElementById('by-script'), { view: 'compare', theme: 'dark' });
        RoleQuiz.ready.then(() => {
          const late = document.createElement('div');
          late.id = 'late';
          late.setAttribute('data-role-quiz', '');
          late.setAttribute('data-view', 'quiz');
          document.body.append(late);
        });
      </script>`).replace(
      '<script type="module" src="/embed.js"></script>',
      '',
    ).replace('<body>', '<body><script type="module" src="/embed.js"></script>'),
    { widgets: 2 },
  );
  assert.ok(await page.locator('#by-script .rq-filter input').isVisible(), 'compare view mounted by script');
  assert.equal(await page.locator('#by-script .rq').getAttribute('data-theme'), 'dark');
  assert.ok(await page.locator('#late').getByRole('button', { name: 'Start quiz' }).isVisible());
  // Mounting an element twice does nothing.
  await page.evaluate(() => RoleQuiz.mount(document.getElementById('late'), {}));
  assert.equal(await page.locator('#late .rq-app').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a host page with a strict Content-Security-Policy works with the README\'s policy', async () => {
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  env.server.pages['/csp.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${csp}"><title>Strict</title></head>
    <body><div id="w" data-role-quiz data-seed="1"></div><div id="de" data-role-quiz data-lang="de"></div>
    <div id="q" data-role-quiz data-view="quiz"></div><script type="module" src="/embed.js"></script></body></html>`;
  const { page, context, errors } = await openPage(env.browser, 1280);
  const violations = [];
  await page.exposeFunction('violation', (v) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => window.violation(`${e.violatedDirective} ${e.blockedURI}`)),
  );
  // The first question's file, which a post's widget fetches, is let in too.
  const first = page.waitForResponse(/role-quiz-first-[0-9a-f]+\.json$/);
  await page.goto(`${env.server.url}/csp.html`);
  assert.equal((await first).status(), 200);
  const w = page.locator('#w');
  await w.getByRole('button', { name: 'Start quiz' }).click();
  await w.locator('.rq-answer >> nth=0').click();
  assert.ok(await w.locator('.rq-feedback').isVisible());
  // Styled: the adopted sheets apply under style-src 'self', embed.js's
  // and the one the code brings for the feedback.
  assert.equal(await w.locator('.rq-card').evaluate((el) => getComputedStyle(el).borderTopLeftRadius), '16px');
  assert.equal(await w.locator('.rq-feedback').evaluate((el) => getComputedStyle(el).borderLeftWidth), '5px');
  // A widget in German gets its words' file under the same policy.
  await page.locator('#de').getByRole('button', { name: 'Quiz starten' }).waitFor();
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The iframe's height against the height of the widget inside it. */
async function frameFit(page, frameSelector) {
  const outer = await page.locator(frameSelector).evaluate((f) => f.getBoundingClientRect().height);
  const inner = await page
    .frameLocator(frameSelector)
    .locator('[data-role-quiz]')
    .evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
  return { outer, inner };
}

async function expectFit(page, frameSelector, what) {
  let fit;
  for (let i = 0; i < 40; i++) {
    fit = await frameFit(page, frameSelector);
    if (fit.inner > 100 && Math.abs(fit.outer - fit.inner) <= 2) return fit;
    await page.waitForTimeout(50);
  }
  assert.fail(`${what}: frame ${fit.outer}px, content ${fit.inner}px`);
}

test('an iframe is kept as tall as its content through every screen', async () => {
  env.server.pages['/frame.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Frame host</title><link rel="icon" href="data:,"></head><body style="margin:0">
    <div style="width:640px"><iframe id="f" data-role-quiz-frame title="Quiz" style="width:100%;border:0"
      src="/embed.html?view=quiz&seed=4&questions=2"></iframe></div>
    <script src="/host.js"></script></body></html>`;
  const { page, context, errors } = await openPage(env.browser, 1280);
  const heard = [];
  await page.exposeFunction('heard', (type, detail) => heard.push({ type, detail }));
  await page.addInitScript(() => {
    // Init scripts run in frames too: listen on the host page only.
    if (window !== window.top) return;
    for (const type of ['rolequiz:ready', 'rolequiz:answer', 'rolequiz:complete']) {
      document.addEventListener(type, (e) => window.heard(type, e.detail));
    }
  });
  await page.goto(`${env.server.url}/frame.html`);
  const frame = page.frameLocator('#f');
  await frame.getByRole('button', { name: 'Start quiz' }).waitFor();
  const heights = [(await expectFit(page, '#f', 'intro')).outer];

  await frame.getByRole('button', { name: 'Start quiz' }).click();
  heights.push((await expectFit(page, '#f', 'question')).outer);
  const item = itemByStatement(await frame.locator('.rq-statement').textContent());
  await answerButton(frame, rightAnswer(item)).click();
  heights.push((await expectFit(page, '#f', 'feedback')).outer);
  await frame.getByRole('button', { name: 'Next question' }).click();
  await frame.locator('.rq-answer >> nth=0').click();
  await frame.getByRole('button', { name: 'See results' }).click();
  heights.push((await expectFit(page, '#f', 'results')).outer);
  assert.ok(new Set(heights).size >= 3, `the frame followed its content: ${heights}`);

  // The frame's events reach the host page as events on the iframe element.
  assert.deepEqual(heard.map((h) => h.type), [
    'rolequiz:ready', 'rolequiz:answer', 'rolequiz:answer', 'rolequiz:complete',
  ]);
  assert.equal(heard[1].detail.itemId, item.id);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the README's iframe snippet holds its room before the frame loads, then fits its content", async () => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### As an iframe'));
  const snippet = section
    .slice(section.indexOf('<iframe'), section.indexOf('</script>') + '</script>'.length)
    .replaceAll('https://blog.example/role-quiz/', '/');
  env.server.pages['/snippet.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Snippet</title><link rel="icon" href="data:,"></head><body style="margin:0">
    <div style="width:700px">${snippet}</div></body></html>`;
  const { page, context, errors } = await openPage(env.browser, 1280);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/embed.html*', async (route) => {
    await held;
    await route.fallback();
  });
  await page.goto(`${env.server.url}/snippet.html`, { waitUntil: 'domcontentloaded' });
  const before = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  // Not the browser's default 150 px strip that then jumps.
  assert.ok(before >= 600, `the frame holds ${before}px before it loads`);
  release();
  await page.frameLocator('iframe').getByRole('button', { name: 'Start quiz' }).waitFor();
  const fit = await expectFit(page, 'iframe', 'snippet');
  assert.ok(Math.abs(fit.outer - before) < 100, `from ${before}px to ${fit.outer}px: the intro fits the room held`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an iframe in a hidden container gets its height when shown', async () => {
  env.server.pages['/hidden.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Hidden frame</title><link rel="icon" href="data:,"></head><body style="margin:0">
    <button id="show">Show</button>
    <div id="box" hidden style="width:600px"><iframe id="f" data-role-quiz-frame title="Quiz"
      style="width:100%;border:0" src="/embed.html?view=compare"></iframe></div>
    <script src="/host.js"></script>
    <script>document.getElementById('show').onclick = () => { document.getElementById('box').hidden = false; };</script>
    </body></html>`;
  const { page, context } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/hidden.html`);
  // Let the hidden frame load and lay out at no width.
  await page.frameLocator('#f').locator('[data-role-quiz-mounted]').waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  await page.click('#show');
  const fit = await expectFit(page, '#f', 'shown after load');
  assert.ok(fit.outer > 600, `a real height, got ${fit.outer}`);
  await context.close();
});

test('a frame ignores height messages from other windows', async () => {
  env.server.pages['/spoof.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Spoof</title><link rel="icon" href="data:,"></head><body>
    <iframe id="f" data-role-quiz-frame title="Quiz" style="width:600px;border:0;height:123px"
      src="about:blank"></iframe><script src="/host.js"></script></body></html>`;
  const { page, context } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/spoof.html`);
  await page.evaluate(() => window.postMessage({ type: 'rolequiz:resize', height: 999 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await page.locator('#f').evaluate((f) => f.style.height), '123px');
  await context.close();
});

for (const width of [1280, 360]) {
  test(`the example blog post at ${width}px`, async () => {
    const { page, context, errors } = await openPage(env.browser, width);
    await page.goto(`${env.server.url}/examples/blog-post.html`);
    await page.locator('[data-view="compare"]:not([data-role-quiz-prerendered]) .rq-filter input').waitFor();
    await page.locator('[data-view="quiz"]:not([data-role-quiz-prerendered])').getByRole('button', { name: 'Start quiz' }).waitFor();
    // The blog's own look is untouched around the widgets.
    const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    assert.match(bodyFont, /Georgia/);
    // The two roles are shown once, in the comparison: the quiz below it
    // leaves its profiles out (data-profiles="off").
    assert.equal(await page.locator('.rq-profile').count(), 2);
    assert.equal(await page.locator('[data-view="quiz"] .rq-profile').count(), 0);
    if (width < 400) {
      // A two-minute read with its widgets: under six phone screens (it
      // was 7.7 with the profiles twice and the lists unfolded).
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height < 6 * 844, `the post is ${(height / 844).toFixed(1)} screens long`);
    }
    await screenshot(page, `blog-post-${width}`);
    // The iframe variant, opened.
    await page.locator('article > details > summary').click();
    await expectFit(page, 'iframe[data-role-quiz-frame]', 'blog iframe');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a link inside the <div> is what a reader without JavaScript gets; with it, the widget alone shows", async () => {
  env.server.pages['/with-link.html'] = hostPage(
    '<div id="w" data-role-quiz><a href="/">Take the quiz: CIO or CTO?</a></div><p>After.</p>',
  );
  const { page, context, errors } = await openPage(env.browser, 390);
  await page.goto(`${env.server.url}/with-link.html`);
  await page.locator('#w').getByRole('button', { name: 'Start quiz' }).waitFor();
  assert.ok(await page.getByRole('link', { name: 'Take the quiz: CIO or CTO?' }).isHidden());
  assert.deepEqual(errors, []);
  await context.close();

  const off = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const bare = await off.newPage();
  await bare.goto(`${env.server.url}/with-link.html`);
  assert.ok(await bare.getByRole('link', { name: 'Take the quiz: CIO or CTO?' }).isVisible());
  await off.close();
});

test('a view named after an object property (toString, __proto__, constructor, valueOf) gets the notice and the default', async () => {
  for (const view of ['toString', '__proto__', 'constructor', 'valueOf']) {
    env.server.pages[`/view-${view}.html`] = hostPage(`<div id="w" data-role-quiz data-view="${view}"></div>`);
    for (const path of [`/view-${view}.html`, `/?view=${view}`]) {
      const { page, context, errors } = await openPage(env.browser, 1280);
      await page.goto(`${env.server.url}${path}`);
      const widget = page.locator('[data-role-quiz]');
      await widget.getByRole('button', { name: 'Start quiz' }).waitFor();
      assert.match(await widget.getByRole('note').textContent(), new RegExp(`view: expected .*found "${view}"`), path);
      assert.deepEqual(errors.filter((e) => !e.includes(`"${view}"`)), [], path);
      await context.close();
    }
  }
});

test("data-sources links the built-in pack's citations to the articles, as an attribute, a query value and a RoleQuiz.mount option", async () => {
  const links = {
    relationship: 'https://blog.example/cio-and-cto-relationship',
    differences: 'https://blog.example/cto-vs-cio',
  };
  const value = Object.entries(links).map(([id, url]) => `${id}=${url}`).join(' ');
  env.server.pages['/sources.html'] = hostPage(`
    <div id="attr" data-role-quiz data-view="quiz" data-seed="2" data-sources="${value}"></div>
    <div id="script"></div>
    <div id="typo" data-role-quiz data-view="quiz" data-sources="relationsihp=https://blog.example/a"></div>
    <script type="module" src="/embed.js"></script>
    <script type="module">RoleQuiz.mount(document.getElementById('script'), { view: 'quiz', sources: ${JSON.stringify(value)} });</script>`, { script: false });
  const { page, context, errors } = await openPage(env.browser, 1280);
  for (const [url, selector] of [
    ['/sources.html', '#attr'],
    ['/sources.html', '#script'],
    [`/?view=quiz&sources=${encodeURIComponent(value)}`, '[data-role-quiz]'],
  ]) {
    await page.goto(`${env.server.url}${url}`);
    const widget = page.locator(selector);
    await widget.getByRole('button', { name: 'Start quiz' }).click();
    const item = itemByStatement(await widget.locator('.rq-statement').textContent());
    await answerButton(widget, rightAnswer(item)).click();
    const cited = widget.locator('.rq-sources cite');
    await cited.first().waitFor();
    for (const cite of await cited.all()) {
      const text = await cite.textContent();
      const id = PACK.sources.find((s) => text.startsWith(s.title)).id;
      const link = cite.getByRole('link', { name: PACK.sources.find((s) => s.id === id).title });
      assert.equal(await link.getAttribute('href'), links[id], `${selector}: ${text}`);
    }
  }
  // The sentence on what the articles give an item names them by links too.
  await page.goto(`${env.server.url}/?sources=${encodeURIComponent(value)}#compare`);
  const vision = page.locator('.rq-group-item[data-item="technology-vision"]');
  await vision.locator('summary').click();
  const named = vision.locator('.rq-group-reading cite a');
  assert.deepEqual(await named.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), [links.relationship, links.differences]);
  // A source the pack does not have is named, with the ones it has.
  await page.goto(`${env.server.url}/sources.html`);
  assert.match(
    await page.locator('#typo').getByRole('note').textContent(),
    /data-sources: this pack has no source "relationsihp"; its sources are relationship, differences/,
  );
  assert.deepEqual(errors, []);
  await context.close();
});
