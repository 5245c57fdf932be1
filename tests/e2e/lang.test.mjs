// The widget in the blog's language: the built-in pack with data-lang="de",
// a French pack (its own "lang"), Spanish by the page's ?lang=; on every
// screen no English word of the widget's own (the catalogue's English
// messages that the language says otherwise), the root's lang, axe clean;
// and German screenshots at 390 px, where long words would overflow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXAMPLE, PACK, ROOT, TRANSLATED, holdCode, openPage, screenshot, useBrowser, violations, watchShifts } from './support.mjs';

const env = useBrowser();

/** A catalogue from its Rust source: message variant → text. */
async function catalogue(file) {
  const source = await readFile(join(ROOT, 'src', 'lang', file), 'utf8');
  const unescape = (text) =>
    JSON.parse(`"${text.replace(/\\u\{([0-9a-f]+)\}/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)).replace(/"/g, '\\"'))}"`);
  const entries = [
    ...source.matchAll(/^\s+(\w+) = "\w+" => "((?:[^"\\]|\\.)*)",$/gm),
    ...source.matchAll(/^\s+\(Msg::(\w+), "((?:[^"\\]|\\.)*)"\),$/gm),
  ];
  return new Map(entries.map(([, variant, text]) => [variant, unescape(text)]));
}
const ENGLISH = await catalogue('catalogue.rs');

/**
 * English the widget must not show in `lang`: each message the language
 * words otherwise, as its fixed parts between slots (long enough to mean
 * something), less what the pack's own texts or the language's own
 * messages contain. With the built-in pack (`PACK`), which the widget shows
 * in `lang`, every English text of it too (title, intro, profiles, labels,
 * statements, explanations, notes, verdicts): only the articles' titles and
 * quotes stay English.
 */
async function englishLeft(lang, pack) {
  assert.ok(ENGLISH.size > 100 && ENGLISH.get('Start') === 'Start quiz', 'the English catalogue was read');
  const own = await catalogue(`${lang}.rs`);
  const shown = pack === PACK ? TRANSLATED[lang] : pack;
  // A word both languages write alike ("Question", "Source") is no sign.
  const packText = JSON.stringify(shown) + [...own.values()].join('\n');
  const phrases = new Set();
  if (pack === PACK) {
    const texts = [
      PACK.title,
      PACK.intro,
      ...PACK.roles.flatMap((r) => [r.summary, ...r.focus]),
      ...PACK.items.flatMap((i) => [i.label, i.statement, i.explanation, i.note ?? '']),
      ...PACK.verdicts.map((v) => v.text),
    ];
    for (const text of texts) if (text.length >= 4 && !packText.includes(text)) phrases.add(text);
    assert.ok(phrases.has(PACK.items[0].statement), 'the pack is looked for');
  }
  for (const [variant, english] of ENGLISH) {
    if (own.get(variant) === english) continue;
    for (const part of english.split(/\{\w+\}/)) {
      const phrase = part.trim().replace(/^[,.;:·—–+ ]+|[,.;:·—–+ ]+$/g, '');
      if (phrase.length >= 4 && /[a-z]{3}/i.test(phrase) && !packText.includes(phrase)) phrases.add(phrase);
    }
  }
  assert.ok(phrases.has('Whose responsibility is it?') && phrases.has('Next question'), 'the phrases to look for');
  return [...phrases];
}

function hostPage(widget) {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title></head>` +
    `<body><main style="max-width: 46rem; margin: 0 auto">${widget}</main>` +
    `<script type="module" src="/embed.js"></script></body></html>`
  );
}

/** The widget's text as a reader sees it, and its root's language. */
async function read(widget) {
  return widget.evaluate((el) => {
    const root = el.shadowRoot.querySelector('.rq');
    // Accessible names a screen reader speaks count too (inert ones it
    // does not: embed.js's placeholder holds an unseen screen).
    const labels = [...el.shadowRoot.querySelectorAll('[aria-label],[placeholder],title,desc')]
      .filter((n) => !n.closest('[inert]'))
      .map((n) => n.getAttribute('aria-label') ?? n.getAttribute('placeholder') ?? n.textContent);
    return { text: `${root.innerText}\n${labels.join('\n')}`, lang: root.getAttribute('lang') };
  });
}

/** Intro, question, feedback (right and wrong), results, comparison. */
async function everyScreen(page, widget, { lang, pack, name }) {
  const english = await englishLeft(lang, pack);
  const seen = [];
  const check = async (screen) => {
    const { text, lang: rootLang } = await read(widget);
    assert.equal(rootLang, lang, `${name} ${screen}: the root's lang`);
    const left = english.filter((phrase) => text.includes(phrase));
    assert.deepEqual(left, [], `${name} ${screen}: English left on screen`);
    assert.deepEqual(await violations(page), [], `${name} ${screen}: axe`);
    seen.push(screen);
  };
  await widget.locator('.rq-intro .rq-button-primary').waitFor();
  await check('intro');
  await widget.locator('.rq-intro .rq-button-primary').click();
  await widget.locator('.rq-statement').waitFor();
  await check('question');
  for (let i = 0; i < 3; i++) {
    await widget.locator('.rq-answer').nth(i).click();
    await widget.locator('.rq-feedback').waitFor();
    if (i === 0) await check('feedback');
    await widget.locator('.rq-feedback .rq-button-primary').click();
  }
  while (!(await widget.locator('.rq-results').count())) {
    await widget.locator('.rq-answer').nth(1).click();
    await widget.locator('.rq-feedback .rq-button-primary').click();
  }
  await widget.locator('.rq-your-answers summary').click();
  await check('results');
  await widget.locator('.rq-tab[data-tab="compare"]').click();
  await widget.locator('.rq-compare .rq-filter input').waitFor();
  await widget.locator('.rq-group-toggle').first().click();
  await check('compare');
  await widget.locator('.rq-compare .rq-filter input').fill('zzzz');
  await widget.locator('.rq-compare .rq-empty').waitFor();
  await check('compare, nothing found');
  return seen;
}

test('the built-in pack with data-lang="de" speaks German on every screen', async () => {
  env.server.pages['/de.html'] = hostPage('<div data-role-quiz data-lang="de" data-seed="4"></div>');
  for (const width of [1280, 390]) {
    const { page, errors } = await openPage(env.browser, width);
    await page.goto(`${env.server.url}/de.html`);
    const widget = page.locator('[data-role-quiz]:not([data-role-quiz-prerendered])');
    await widget.getByRole('button', { name: 'Quiz starten' }).waitFor();
    const seen = await everyScreen(page, widget, { lang: 'de', pack: PACK, name: `de ${width}` });
    assert.equal(seen.length, 6);
    assert.deepEqual(errors, []);
    await page.context().close();
  }
});

test('while its code arrives, a German widget shows its German first screen, as it will be, and keeps a tap', async () => {
  const english = await englishLeft('de', PACK);
  env.server.pages['/de-top.html'] = hostPage('<div data-role-quiz data-lang="de"></div><p>Der Text des Beitrags.</p>');
  for (const [path, width] of [['/de-top.html', 1280], ['/de-top.html', 390], ['/?lang=de', 390]]) {
    const name = `${path} ${width}`;
    const { page, context, errors } = await openPage(env.browser, width);
    const release = await holdCode(page);
    await watchShifts(page);
    await page.goto(`${env.server.url}${path}`, { waitUntil: 'domcontentloaded' });
    const widget = page.locator('[data-role-quiz]');
    // The real first screen, in German, before the code: the one the
    // widget will show (its text, its size).
    const start = widget.getByRole('button', { name: 'Quiz starten' });
    await start.waitFor();
    assert.equal(await page.evaluate(() => window.readyCount ?? 0), 0, `${name}: the code came early`);
    const { text, lang } = await read(widget);
    assert.equal(lang, 'de', name);
    assert.deepEqual(english.filter((phrase) => text.includes(phrase)), [], `${name}: English on the placeholder`);
    assert.ok(text.includes(TRANSLATED.de.intro), `${name}: the German intro`);
    assert.deepEqual(await violations(page), [], `${name}: axe`);
    const height = () => widget.evaluate((el) => el.getBoundingClientRect().height);
    const before = await height();
    // Shifts from here on are the widget's taking over (the post's first
    // paint, before embed.js, is the host's: see the example post's head).
    await page.evaluate(() => (window.shifts = 0));
    if (width === 390 && path !== '/?lang=de') await screenshot(page, 'de-placeholder-390', { fullPage: false });
    release();
    await page.waitForFunction(() => window.readyCount === 1);
    await start.waitFor();
    const after = await height();
    assert.ok(Math.abs(after - before) <= 2, `${name}: ${before}px, then ${after}px`);
    assert.equal(await page.evaluate(() => window.shifts), 0, `${name}: no layout shift`);
    assert.equal((await read(widget)).text, text, `${name}: the mounted widget says what its first screen said`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('German at 390 px: nothing wider than the widget, screenshots of each screen', async () => {
  const { page, errors } = await openPage(env.browser, 390);
  await page.goto(`${env.server.url}/?lang=de&seed=4`);
  const widget = page.locator('[data-role-quiz]:not([data-role-quiz-prerendered])');
  const overflow = () =>
    widget.evaluate((el) => {
      const card = el.shadowRoot.querySelector('.rq-card').getBoundingClientRect();
      return [...el.shadowRoot.querySelectorAll('.rq-card *')]
        .filter((n) => n.getClientRects().length && !n.closest('svg'))
        .filter((n) => n.getBoundingClientRect().right > card.right + 1)
        .map((n) => `${n.tagName.toLowerCase()}.${n.className}: ${n.textContent.slice(0, 40)}`);
    });
  await widget.getByRole('button', { name: 'Quiz starten' }).waitFor();
  assert.deepEqual(await overflow(), [], 'intro');
  await screenshot(page, 'de-intro-390');
  await widget.getByRole('button', { name: 'Quiz starten' }).click();
  await widget.locator('.rq-answer').first().click();
  assert.deepEqual(await overflow(), [], 'feedback');
  await screenshot(page, 'de-feedback-390');
  while (!(await widget.locator('.rq-results').count())) {
    await widget.locator('.rq-feedback .rq-button-primary').click();
    if (await widget.locator('.rq-answer').count()) await widget.locator('.rq-answer').nth(2).click();
  }
  assert.deepEqual(await overflow(), [], 'results');
  await screenshot(page, 'de-results-390');
  await widget.getByRole('tab', { name: 'Rollen vergleichen' }).click();
  await widget.locator('.rq-group-toggle').first().click();
  assert.deepEqual(await overflow(), [], 'compare');
  await screenshot(page, 'de-compare-390');
  assert.deepEqual(errors, []);
});

test("a pack whose lang is fr frames its quiz in French; ?lang=es gives Spanish", async () => {
  const french = { ...structuredClone(EXAMPLE), schema: 2, lang: 'fr', id: 'exemple-fr' };
  env.server.pages['/fr.html'] = hostPage(
    `<div data-role-quiz><script type="application/json">${JSON.stringify(french)}</script></div>`,
  );
  const { page, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/fr.html`);
  const widget = page.locator('[data-role-quiz]:not([data-role-quiz-prerendered])');
  await widget.getByRole('button', { name: 'Commencer le quiz' }).waitFor();
  // French counts and typography: "6 questions", a narrow no-break space before "?".
  const { text } = await read(widget);
  assert.match(text, /6 questions, chacune suivie d’une explication/);
  await widget.getByRole('button', { name: 'Commencer le quiz' }).click();
  assert.equal((await widget.locator('.rq-prompt').textContent()), 'À qui revient cette responsabilité\u202f?');
  // The round just started is kept across the reload; start afresh.
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${env.server.url}/fr.html`);
  await everyScreen(page, widget, { lang: 'fr', pack: french, name: 'fr' });

  await page.goto(`${env.server.url}/?lang=es&seed=2`);
  await everyScreen(page, page.locator('[data-role-quiz]:not([data-role-quiz-prerendered])'), {
    lang: 'es',
    pack: PACK,
    name: 'es',
  });
  // The built-in pack by the page's ?lang=fr: all of it in French.
  await page.goto(`${env.server.url}/?lang=fr&seed=3`);
  await everyScreen(page, page.locator('[data-role-quiz]:not([data-role-quiz-prerendered])'), {
    lang: 'fr',
    pack: PACK,
    name: 'fr built in',
  });
  assert.deepEqual(errors, []);
});

test("a language's words are fetched once, by the widgets that speak it only", async () => {
  const file = /\/role-quiz-(de|fr|es)-[0-9a-f]{16}\.json$/;
  const asked = (page) => {
    const seen = [];
    page.on('request', (request) => {
      const match = file.exec(new URL(request.url()).pathname);
      if (match) seen.push(match[1]);
    });
    return seen;
  };
  // The standalone page in English asks for none.
  {
    const { page, context, errors } = await openPage(env.browser, 1280);
    const seen = asked(page);
    await page.goto(`${env.server.url}/`);
    await page.locator('[data-role-quiz]:not([data-role-quiz-prerendered])').getByRole('button', { name: 'Start quiz' }).waitFor();
    assert.deepEqual(seen, []);
    assert.deepEqual(errors, []);
    await context.close();
  }
  // Two German widgets, one English: the German file once.
  env.server.pages['/mixed.html'] = hostPage(
    '<div data-role-quiz data-lang="de"></div><div data-role-quiz data-lang="de-AT" data-view="compare"></div><div data-role-quiz></div>',
  );
  const { page, context, errors } = await openPage(env.browser, 1280);
  const seen = asked(page);
  await page.goto(`${env.server.url}/mixed.html`);
  const widgets = page.locator('[data-role-quiz]');
  await widgets.nth(0).getByRole('button', { name: 'Quiz starten' }).waitFor();
  await widgets.nth(1).getByRole('searchbox').waitFor();
  assert.equal(await widgets.nth(1).locator('.rq-eyebrow').textContent(), 'Vergleich');
  await widgets.nth(2).getByRole('button', { name: 'Start quiz' }).waitFor();
  // One mounted by script with its options' lang shares the file too.
  await page.evaluate(() => {
    const late = document.createElement('div');
    late.id = 'late';
    document.body.append(late);
    RoleQuiz.mount(late, { lang: 'de' });
  });
  await page.locator('#late').getByRole('button', { name: 'Quiz starten' }).waitFor();
  assert.deepEqual(seen, ['de']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('words that cannot be had leave the widget working, in English, and say why', async () => {
  const french = { ...structuredClone(EXAMPLE), schema: 2, lang: 'fr', id: 'exemple-fr' };
  env.server.pages['/lost.html'] = hostPage(
    '<div data-role-quiz data-lang="de"></div>' +
      `<div data-role-quiz><script type="application/json">${JSON.stringify(french)}</script></div>`,
  );
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.route(/\/role-quiz-(de|fr)-[0-9a-f]{16}\.json$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`${env.server.url}/lost.html`);
  // The German one asked in its options, the French one by its pack.
  for (const [i, code] of [[0, 'de'], [1, 'fr']]) {
    const widget = page.locator('[data-role-quiz]').nth(i);
    await widget.getByRole('button', { name: 'Start quiz' }).waitFor();
    const notice = await widget.locator('.rq-notice').textContent();
    assert.match(notice, new RegExp(`words in "${code}" could not be loaded \\(role-quiz-${code}-[0-9a-f]{16}\\.json: the server answered 404\\), so it speaks English`));
    assert.match(notice, /Upload every file of the kit beside embed\.js/);
    await widget.getByRole('button', { name: 'Start quiz' }).click();
    await widget.locator('.rq-statement').waitFor();
  }
  // The browser reports the missing files; nothing else went wrong.
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await context.close();
});

test('a words file that is not one of this build\'s leaves the widget in English, and says what is wrong with it', async () => {
  // What a stale cache, a wrong upload or a server's error page could give.
  const files = [
    ['<!doctype html><title>Oops</title>', /role-quiz-de-[0-9a-f]{16}\.json is not JSON/],
    ['{"start": "Los"}', /it has no list of words/],
    ['{"words": ["Quiz", 7]}', /its words are not all text/],
    ['{"words": ["Quiz", "Start"]}', /it has 2 messages where this build has \d+: it belongs to another build/],
  ];
  for (const [body, why] of files) {
    env.server.pages['/stale.html'] = hostPage('<div data-role-quiz data-lang="de"></div>');
    const { page, context, errors } = await openPage(env.browser, 390);
    await page.route(/\/role-quiz-de-[0-9a-f]{16}\.json$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(`${env.server.url}/stale.html`);
    const widget = page.locator('[data-role-quiz]');
    await widget.getByRole('button', { name: 'Start quiz' }).waitFor();
    const notice = await widget.locator('.rq-notice').textContent();
    assert.match(notice, /words in "de" could not be loaded/, body);
    assert.match(notice, why, body);
    await widget.getByRole('button', { name: 'Start quiz' }).click();
    await widget.locator('.rq-statement').waitFor();
    assert.deepEqual(errors, [], body);
    await context.close();
  }
});

test('a words file that never comes holds the widget 10 seconds at most', async () => {
  env.server.pages['/hung.html'] = hostPage('<div data-role-quiz data-lang="de"></div>');
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.route(/\/role-quiz-de-[0-9a-f]{16}\.json$/, () => {}); // never answered
  await page.goto(`${env.server.url}/hung.html`);
  const widget = page.locator('[data-role-quiz]');
  await widget.getByText('Quiz wird geladen …').waitFor();
  await widget.getByRole('button', { name: 'Start quiz' }).waitFor({ timeout: 20000 });
  assert.match(await widget.locator('.rq-notice').textContent(), /words in "de" could not be loaded \(role-quiz-de-[0-9a-f]{16}\.json: .*time/i);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a German widget loading a pack says so in German, to screen readers too', async () => {
  let release;
  const held = new Promise((ok) => (release = ok));
  env.server.routes['/held-de.json'] = async (req, res) => {
    await held;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(EXAMPLE));
  };
  env.server.pages['/de-pack.html'] = hostPage('<div data-role-quiz data-lang="de" data-pack="/held-de.json"></div>');
  const { page, context, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/de-pack.html`);
  const status = page.locator('[data-role-quiz]').getByRole('status');
  await status.filter({ hasText: 'Quiz wird geladen …' }).waitFor();
  assert.equal(await status.evaluate((el) => el.innerText.replace(/\s+/g, ' ').trim()), 'Quiz wird geladen … Quiz wird von /held-de.json geladen …');
  // What is spoken is the German sentence; the visible words are hidden from it.
  const snapshot = await status.ariaSnapshot();
  assert.match(snapshot, /Quiz wird von \/held-de\.json geladen/);
  assert.doesNotMatch(snapshot, /from/);
  release();
  await page.locator('[data-role-quiz]').getByRole('button', { name: 'Quiz starten' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('English stays the default, and a language the widget lacks is named for the blogger', async () => {
  env.server.pages['/it.html'] = hostPage('<div data-role-quiz data-lang="it"></div>');
  const { page, errors } = await openPage(env.browser, 1280);
  await page.goto(`${env.server.url}/it.html`);
  const widget = page.locator('[data-role-quiz]:not([data-role-quiz-prerendered])');
  await widget.getByRole('button', { name: 'Start quiz' }).waitFor();
  assert.equal((await read(widget)).lang, 'en');
  await widget.getByText('data-lang: expected "en", "de", "fr" or "es", found "it"').waitFor();
  assert.deepEqual(errors, []);
});

test('the page with ?lang= speaks that language: its <html lang>, <title> and heading follow; with a pack of its own, the heading stays English and says so', async () => {
  const headings = {
    en: 'CIO or CTO? A quiz on who does what',
    fr: 'CIO ou CTO\u202f? Un quiz sur qui fait quoi',
    de: 'CIO oder CTO? Ein Quiz darüber, wer was macht',
  };
  env.server.pages['/own.json'] = JSON.stringify(EXAMPLE);
  for (const [path, lang, heading] of [
    ['/?lang=fr', 'fr', 'fr'],
    ['/embed.html?lang=de-AT', 'de', 'de'],
    ['/?lang=klingon', 'en', 'en'],
    ['/', 'en', 'en'],
    ['/?lang=fr&pack=/own.json', 'fr', 'en'],
  ]) {
    const { page, context, errors } = await openPage(env.browser, 390);
    await page.goto(`${env.server.url}${path}`);
    await page.locator('[data-role-quiz] .rq-app').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, path);
    assert.equal(await page.title(), headings[heading], path);
    if (path.startsWith('/?')) {
      const h1 = page.locator('h1.page-title');
      assert.equal(await h1.textContent(), headings[heading], path);
      assert.equal(await h1.getAttribute('lang'), heading, path);
    }
    assert.deepEqual(errors.filter((e) => !/klingon/.test(e)), [], path);
    await context.close();
  }
});

test('the filter finds words in the language of the built-in pack, accents aside', async () => {
  const { page, context, errors } = await openPage(env.browser, 1280);
  for (const [lang, typed] of [['de', 'Daten'], ['fr', 'donnees'], ['es', 'DATOS']]) {
    await page.goto(`${env.server.url}/?lang=${lang}#compare`);
    const widget = page.locator('[data-role-quiz]:not([data-role-quiz-prerendered])');
    const filter = widget.locator('.rq-compare .rq-filter input');
    await filter.fill(typed);
    const entry = widget.locator('.rq-group-item[data-item="data-strategy"]');
    await entry.waitFor();
    // What it found is the language's own word for data, as the pack writes it.
    const label = TRANSLATED[lang].items.find((i) => i.id === 'data-strategy').label;
    assert.equal((await entry.locator('summary').textContent()).trim(), label, lang);
    const shown = await widget.locator('.rq-group-item').count();
    assert.ok(shown >= 3 && shown < PACK.items.length, `${lang} "${typed}": ${shown} entries`);
    await screenshot(page, `${lang}-compare-filtered-1280`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Quiz starten" tapped before the code arrives opens the round in German once it has; RoleQuiz.mount with lang "es" is Spanish', async () => {
  env.server.pages['/de-tap.html'] = hostPage('<div data-role-quiz data-lang="de"></div>');
  const { page, context, errors } = await openPage(env.browser, 390);
  const release = await holdCode(page);
  await page.goto(`${env.server.url}/de-tap.html`, { waitUntil: 'domcontentloaded' });
  const widget = page.locator('[data-role-quiz]');
  const start = widget.getByRole('button', { name: 'Quiz starten' });
  await start.click();
  assert.match(await start.getAttribute('class'), /rq-pressed/, 'the tap shows it is kept');
  release();
  const statement = (await widget.locator('.rq-statement').textContent()).trim();
  assert.ok(TRANSLATED.de.items.some((i) => i.statement === statement), `a German question: ${statement}`);
  assert.equal((await widget.locator('.rq-prompt').textContent()).trim(), 'Wessen Aufgabe ist das?');

  env.server.pages['/es-mount.html'] =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title></head><body><div id="es"></div>` +
    `<script type="module" src="/embed.js"></script>` +
    `<script type="module">RoleQuiz.mount(document.getElementById('es'), { lang: 'es' });</script></body></html>`;
  await page.goto(`${env.server.url}/es-mount.html`);
  const spanish = page.locator('#es');
  await spanish.getByRole('button', { name: 'Empezar el cuestionario' }).waitFor();
  assert.ok((await read(spanish)).text.includes(TRANSLATED.es.intro), 'the Spanish intro');
  await everyScreen(page, spanish, { lang: 'es', pack: PACK, name: 'es by RoleQuiz.mount' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a German widget whose code cannot load keeps saying so when its language file comes late', async () => {
  env.server.pages['/de-broken.html'] = hostPage('<div data-role-quiz data-lang="de"></div>');
  const { page, context } = await openPage(env.browser, 390);
  await context.route(/_bg\.wasm$/, (route) => route.abort());
  await context.route(/role-quiz-de-[0-9a-f]+\.json$/, async (route) => {
    await new Promise((ok) => setTimeout(ok, 1500));
    await route.fallback();
  });
  await page.goto(`${env.server.url}/de-broken.html`);
  const widget = page.locator('[data-role-quiz]');
  const alert = widget.getByRole('alert');
  await alert.waitFor();
  await page.waitForResponse(/role-quiz-de-[0-9a-f]+\.json$/);
  await page.waitForTimeout(300);
  assert.equal(await alert.count(), 1, 'the failure is still said');
  assert.equal(await widget.locator('[data-role-quiz-prerendered]').count(), 0);
  await context.close();
});
