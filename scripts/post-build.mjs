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
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
const trunkGlue = files.find((f) => /^role-quiz(-[0-9a-f]+)?\.js$/.test(f));
const trunkWasm = files.find((f) => /^role-quiz(-[0-9a-f]+)?_bg\.wasm$/.test(f));
if (!trunkGlue || !trunkWasm) fail(`no role-quiz glue or wasm in ${staging}: ${files.join(', ')}`);
// Trunk's glue and wasm are of the whole module; the widget ships it split.
let glue, wasm;
try {
  ({ glue, wasm } = await split());
} catch (error) {
  fail(`splitting the wasm failed: ${error.message}`);
}
await rm(join(staging, trunkGlue));
await rm(join(staging, trunkWasm));


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

// The split wasm (issue 29; docs/performance.md, "The split wasm"). The
// code a reader needs before their first feedback stays in the first
// module; what src/ui/later.rs marks goes into modules of its own, which the
// widget asks for once its first screen is up. Trunk built the module with
// the linker's relocations kept (build.rs's --emit-relocs, the `split`
// feature in index.html), which wasm-split-cli needs to cut it; then
// wasm-bindgen writes the glue for the first module and wasm-opt shrinks
// each (Trunk's own wasm-opt is off: it would shrink the unsplit module).
//
// The CLI's loader (__wasm_split.js) imports the glue by a fixed path and
// keeps one copy of the split modules per page; here every widget runs its
// own instance of the glue (embed.js imports it under its own #fragment),
// so the loader goes into the glue itself, and the compiled modules are
// shared through embed.js (`__set_part_source`).
async function split() {
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(source, 'target');
  const raw = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'role-quiz.wasm');
  const work = await mkdtemp(join(tmpdir(), 'role-quiz-split-'));
  try {
    const run = (tool, args) => execFileSync(tool, args, { cwd: source, stdio: ['ignore', 'pipe', 'inherit'] });
    run('wasm-split-cli', [raw, join(work, 'split')]);
    run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-typescript', ...(release ? [] : ['--debug']),
      '--out-dir', join(work, 'bindgen'), '--out-name', 'role-quiz', join(work, 'split', 'main.wasm')]);
    const optimised = async (path) => {
      if (release) {
        run('wasm-opt', ['-Oz', '--converge', '--strip-producers', '--strip-debug', path, '-o', `${path}.opt`]);
        path = `${path}.opt`;
      }
      return readFile(path);
    };
    const named = (prefix, body, suffix) => `${prefix}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}${suffix}`;

    // The CLI's loader, read for what it loads: modules of shared code
    // ("chunks") and one per split point, each with the chunks it needs.
    const loader = await readFile(join(work, 'split', '__wasm_split.js'), 'utf8');
    const shares = /const \{ ([\w$, ]+?),? *\} = initSync\(undefined, undefined\);/.exec(loader);
    if (!shares) throw new Error('wasm-split-cli wrote a loader this script does not know (see its version in scripts/setup)');
    const file = (fetcher) => /"\.\/([\w.-]+)\.wasm"/.exec(fetcher)?.[1];
    const files = {};
    const shipped = async (name) => {
      if (!name) return null;
      if (!(name in files)) {
        const body = await optimised(join(work, 'split', `${name}.wasm`));
        const shippedName = named(`role-quiz-${name.replace(/^split_/, '').replaceAll('_', '-')}`, body, '.wasm');
        await writeFile(join(staging, shippedName), body);
        files[name] = shippedName;
      }
      return files[name];
    };
    const chunks = {};
    for (const [, variable, fetcher] of loader.matchAll(/const (__chunk_\d+) = makeLoad\(([^]*?), \[\]\);/g)) {
      chunks[variable] = await shipped(file(fetcher));
    }
    const points = {};
    for (const [, name, fetcher, deps] of loader.matchAll(/export const (__wasm_split_load_\w+) = wrapAsyncCb\(makeLoad\(([^]*?), \[([^\]]*)\]\)\);/g)) {
      const needs = deps.split(',').map((d) => d.trim()).filter(Boolean).map((d) => chunks[d]).filter(Boolean);
      const own = await shipped(file(fetcher));
      points[name] = [...needs, ...(own ? [own] : [])];
    }
    if (!Object.keys(points).length) throw new Error('wasm-split-cli found no split point (is the `split` feature on?)');

    let js = await readFile(join(work, 'bindgen', 'role-quiz.js'), 'utf8');
    // wasm-bindgen imports the loader once per split point.
    const imports = [...js.matchAll(/^import \* as (\w+) from "\.\/__wasm_split\.js";?$/gm)];
    if (!imports.length) throw new Error('the glue does not import __wasm_split.js (has wasm-bindgen changed?)');
    for (const [line] of imports) js = js.replace(line, '');
    const loaderName = imports[0][1];
    js += `
// The split-off modules (scripts/post-build.mjs): each instantiated once per
// instance of this glue, against its memory and table; compiled once per page.
const parts = new Map();
let partSource = (url) => {
  if (!parts.has(url)) parts.set(url, WebAssembly.compileStreaming(fetch(url)));
  return parts.get(url);
};
export function __set_part_source(source) { partSource = source; }
const ${loaderName} = (() => {
  let shared;
  const imports = () => (shared ??= (({ ${shares[1]} }) => ({ __wasm_split: { ${shares[1]} } }))(initSync(undefined)));
  const address = (file) => new URL(file, import.meta.url).href;
  const instances = new Map();
  const instance = (file) => {
    let loading = instances.get(file);
    if (!loading) {
      loading = partSource(address(file)).then((module) => WebAssembly.instantiate(module, imports()));
      loading.catch(() => instances.delete(file));
      instances.set(file, loading);
    }
    return loading;
  };
  const point = (files) => async (callback, data) => {
    let loaded = false;
    try {
      // Every file fetched at once, instantiated shared code first (a
      // module's table entries may call into it).
      for (const file of files) partSource(address(file)).catch(() => {});
      for (const file of files) await instance(file);
      loaded = true;
    } catch (error) {
      console.error('role-quiz: a part of the widget could not be loaded:', error);
    } finally {
      imports().__wasm_split.__indirect_function_table.get(callback)(data, loaded);
    }
  };
  return { ${Object.entries(points).map(([name, files]) => `${name}: point(${JSON.stringify(files)})`).join(', ')} };
})();
${imports.slice(1).map(([, name]) => `const ${name} = ${loaderName};`).join('\n')}
`;
    const main = await optimised(join(work, 'bindgen', 'role-quiz_bg.wasm'));
    const wasmName = named('role-quiz', main, '_bg.wasm');
    await writeFile(join(staging, wasmName), main);
    js = js.replaceAll('role-quiz_bg.wasm', wasmName);
    const glueName = named('role-quiz', js, '.js');
    await writeFile(join(staging, glueName), js);
    return { glue: glueName, wasm: wasmName };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
