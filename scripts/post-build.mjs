// Trunk post-build hook. In the staging folder it
// 1. writes embed.js, the stable-named loader, pointing at this build's
//    hashed glue and wasm files and its languages' files (see
//    src/embed/loader.js);
// 2. pre-renders the standalone and iframe pages' first screen into them
//    (src/bin/prerender.rs, run natively), with the widget's styles, and
//    has the pages fetch embed.js at once;
// 3. minifies the JavaScript a reader downloads (the wasm-bindgen glue,
//    embed.js, host.js) with terser: Trunk 0.21 minifies only HTML and CSS;
// 4. writes pre-compressed copies (.br, .gz) of every text file and the wasm,
//    for hosts that serve them (nginx gzip_static/brotli_static, most
//    static-site hosts).
// Before that it brings in the pack studio (studio.html, built first by its
// own Trunk run into target/studio, see the Makefile) and writes
// pack.schema.json (src/bin/pack-schema.rs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { brotli, gzip } from './sizes.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? '.';
const release = process.env.TRUNK_PROFILE === 'release';
const fail = (message) => {
  console.error(`post-build: ${message}`);
  process.exit(1);
};
if (!staging) fail('run me as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const studio = join(source, 'target', 'studio');
if (existsSync(join(studio, 'studio.html'))) {
  for (const file of await readdir(studio)) {
    if (/^(studio\.html|studio-[0-9a-f]+(_bg\.wasm|\.js|\.css))$/.test(file)) {
      await copyFile(join(studio, file), join(staging, file));
    }
  }
  // Trunk starts the studio with an inline module script, which a strict
  // Content-Security-Policy (README's: script-src 'self') refuses: it goes
  // into a file of its own beside the page, named by its content.
  const page = join(staging, 'studio.html');
  const html = await readFile(page, 'utf8');
  const inline = /<script type="module">([^]*?)<\/script>/.exec(html);
  if (!inline) fail('studio.html has no inline start-up script to move (has Trunk changed?)');
  const start = `studio-start-${createHash('sha256').update(inline[1]).digest('hex').slice(0, 16)}.js`;
  await writeFile(join(staging, start), inline[1].trim() + '\n');
  await writeFile(page, html.replace(inline[0], `<script type="module" src="./${start}"></script>`));
} else {
  console.warn('post-build: target/studio has no studio.html; `make build` builds the pack studio first');
}
const cargo = (bin) =>
  execFileSync('cargo', ['run', '--quiet', '--locked', '--features', 'prerender', '--bin', bin], {
    cwd: source,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 << 20,
  });
try {
  await writeFile(join(staging, 'pack.schema.json'), cargo('pack-schema'));
} catch (error) {
  fail(`writing pack.schema.json failed: ${error.message}`);
}

const files = await readdir(staging);
const glue = files.find((f) => /^role-quiz(-[0-9a-f]+)?\.js$/.test(f));
const wasm = files.find((f) => /^role-quiz(-[0-9a-f]+)?_bg\.wasm$/.test(f));
if (!glue || !wasm) fail(`no role-quiz glue or wasm in ${staging}: ${files.join(', ')}`);


// The first screen, rendered by the widget's own components (Yew's SSR).
let rendered;
try {
  rendered = JSON.parse(cargo('prerender'));
} catch (error) {
  fail(`pre-rendering the first screen failed: ${error.message}`);
}
// Each language but English as a file of its own (the wasm leaves them
// out: src/lang/tables.rs), named by its content like the code's files, so
// hosts may cache it for ever.
const tables = {};
for (const [code, json] of Object.entries(rendered.tables)) {
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
  tables[code] = `role-quiz-${code}-${hash}.json`;
  await writeFile(join(staging, tables[code]), json);
}
// The round's first question (see below), a file too for the widgets in a
// blog post, which embed.js fetches once their first screen is on show.
const first = JSON.stringify({ question: rendered.question, statements: rendered.statements, saved: rendered.saved });
const firstFile = `role-quiz-first-${createHash('sha256').update(first).digest('hex').slice(0, 16)}.json`;
await writeFile(join(staging, firstFile), first);
const template = await readFile(join(source, 'src', 'embed', 'loader.js'), 'utf8');
await writeFile(
  join(staging, 'embed.js'),
  template
    .replaceAll('__GLUE__', glue)
    .replaceAll('__WASM__', wasm)
    .replace('__CSS__', () => JSON.stringify(rendered.first_css))
    .replace('__SCREENS__', () => JSON.stringify(rendered.screens))
    .replace('__LOADING__', () => JSON.stringify(rendered.loading))
    .replace('__TABLES__', () => JSON.stringify(tables))
    .replace('__FIRST__', () => JSON.stringify(firstFile)),
);
// The widget ends with its card and root closing; the comparison for
// readers without JavaScript goes inside the card, where the widget's
// styles reach it.
const end = '</div></div>';
if (!rendered.widget.endsWith(end)) fail('the pre-rendered widget does not end with its card');
const still = `<noscript><section class="rq-screen rq-compare rq-still">${rendered.lists}</section></noscript>`;
// The styles go inline: a stylesheet linked from a shadow root holds back
// the first paint until it has loaded (about 30 ms later here, enough for
// the code to arrive first), and the widget replaces the whole root anyway.
// With it the first question, for a reader who presses "Start quiz" before
// the code has arrived (loader.js shows it): data a script never runs.
const firstData = `<script type="application/json" data-role-quiz-first>${first.replaceAll('<', '\\u003c')}</script>`;
const shadow =
  `<template shadowrootmode="open"><style>${rendered.css}</style>` +
  `${rendered.widget.slice(0, -end.length)}${still}${end}${firstData}<slot></slot></template>`;
// embed.js (which keeps taps on the first screen and asks for the code once
// the page has painted) is fetched at once, not after the page.
// When the notices in the widget's place show (styles/fallback.css), inline:
// a page opened as a file cannot load a stylesheet checked by its hash.
const fallback = await readFile(join(source, 'styles', 'fallback.css'), 'utf8');
// The notices themselves, the same in both pages' widget element.
const notices = (await readFile(join(source, 'src', 'embed', 'fallback.html'), 'utf8')).replace(/<!--[\s\S]*?-->\s*/, '');
const head = `<link rel="modulepreload" href="embed.js"><style>${fallback.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim()}</style>`;
for (const page of ['index.html', 'embed.html']) {
  const path = join(staging, page);
  const html = await readFile(path, 'utf8');
  const host = /<div data-role-quiz="page">/;
  if (!host.test(html) || !html.includes('</head>')) fail(`${page} has no <div data-role-quiz="page"> to pre-render into`);
  await writeFile(
    path,
    html
      .replace('</head>', `${head}</head>`)
      .replace(host, `<div data-role-quiz="page" data-role-quiz-prerendered>${shadow}${notices}`),
  );
}

if (release) {
  // terser is installed with the e2e tools (scripts/setup runs npm ci there).
  const require = createRequire(join(source, 'tests', 'e2e', 'package.json'));
  const { minify } = require('terser');
  // host.js and embed.js may run as classic scripts (embed.js keeps its
  // names inside itself), the glue is a module.
  // (The studio's glue stays as Trunk wrote it: studio.html checks its
  // integrity hash.)
  for (const [file, module] of [[glue, true], ['embed.js', false], ['host.js', false]]) {
    const path = join(staging, file);
    const { code } = await minify(await readFile(path, 'utf8'), {
      module,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
    });
    await writeFile(path, code);
  }
}

// `make serve` runs a tally server beside the widget (scripts/serve) and
// names it here: the example post's quiz then shows how readers answered,
// so a newcomer sees the whole loop. The kit (`make build`) names none.
const stats = process.env.ROLE_QUIZ_STATS;
if (stats) {
  const post = join(staging, 'examples', 'blog-post.html');
  const html = await readFile(post, 'utf8');
  const quiz = '<div data-role-quiz data-view="quiz" data-profiles="off">';
  if (!html.includes(quiz)) fail('the example post has no quiz widget to point at the tally server');
  await writeFile(
    post,
    html
      .replace(quiz, quiz.replace('>', ` data-stats="${stats}">`))
      .replace('src="../embed.html?view=quiz&amp;questions=5"', `src="../embed.html?view=quiz&amp;questions=5&amp;stats=${encodeURIComponent(stats)}"`),
  );
}

for (const file of await readdir(staging)) {
  if (!/\.(js|wasm|css|html|json|svg)$/.test(file)) continue;
  const body = await readFile(join(staging, file));
  await writeFile(join(staging, `${file}.gz`), gzip(body));
  await writeFile(join(staging, `${file}.br`), brotli(body));
}
