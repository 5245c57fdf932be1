// Shared by the end-to-end tests: a static server for dist/, Debian's
// Chromium driven by playwright-core (never a downloaded browser), and helpers
// that read the widget the way a reader sees it.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const SCREENSHOTS = join(ROOT, 'target', 'screenshots');
export const PACK = JSON.parse(await readFile(join(ROOT, 'content', 'cio-cto.json'), 'utf8'));
/** The built-in pack in German, French and Spanish, by language. */
export const TRANSLATED = Object.fromEntries(
  await Promise.all(
    ['de', 'fr', 'es'].map(async (lang) => [lang, JSON.parse(await readFile(join(ROOT, 'content', `cio-cto.${lang}.json`), 'utf8'))]),
  ),
);
export const EXAMPLE = JSON.parse(await readFile(join(ROOT, 'content', 'cto-cfo.example.json'), 'utf8'));

/** The example pack grown to `count` generated items, for the scale test and `make bench`. */
export function bigPack(count = 1000) {
  return {
    ...structuredClone(EXAMPLE),
    id: 'big',
    items: Array.from({ length: count }, (_, i) => ({
      id: `item-${i}`,
      label: `Item ${i}`,
      statement: `Responsibility number ${i} of the thousand`,
      answer: ['cto', 'both', 'cfo'][i % 3],
      explanation: `Item ${i} is there to make the pack large.`,
      sources: [{ source: 'example', section: 'Shared ground' }],
    })),
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `dir` on an ephemeral loopback port. `pages` adds host pages that
 * tests write themselves: `server.pages['/two.html'] = '<!doctype html>...'`,
 * and `routes` answers with a function of its own:
 * `server.routes['/slow.json'] = (req, res) => ...`. With `compressed`, files
 * go out as their brotli copies to browsers that take them.
 */
export async function serve(dir = DIST, { compressed = false } = {}) {
  const pages = {};
  const routes = {};
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (routes[path]) {
      routes[path](req, res);
      return;
    }
    if (path === '/favicon.ico') {
      // Browsers ask for it on every page; an empty answer keeps consoles clean.
      res.writeHead(204).end();
      return;
    }
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(pages[path]);
      return;
    }
    const file = join(dir, path.endsWith('/') ? join(path, 'index.html') : path);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      let body;
      // As a host with brotli_static serves dist/: its .br copy, where the
      // browser takes brotli (make bench's Lighthouse runs).
      if (compressed && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = await readFile(`${file}.br`).catch(() => null);
        if (body) headers['content-encoding'] = 'br';
      }
      body ??= await readFile(file);
      // Hashed build files never change: cacheable for ever, as a host should serve them.
      // (Trunk's hash is a hex number without leading zeros: 16 digits or fewer.)
      if (/-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(file)) {
        headers['cache-control'] = 'public, max-age=31536000, immutable';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    pages,
    routes,
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}

/** Flags that keep Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Starts a server for dist/ and a browser before a test file's first test and
 * stops them after its last. The returned object's `server` and `browser` are
 * set by the time tests run.
 */
export function useBrowser() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

// A machine under load (CI) can be slower than this one. These make races
// between a test and the widget's start-up show here first:
// E2E_CPU_SLOWDOWN=4 throttles the page's CPU, E2E_DELAY_MS=300 holds every
// request that long.
const CPU_SLOWDOWN = Number(process.env.E2E_CPU_SLOWDOWN ?? 1);
const DELAY_MS = Number(process.env.E2E_DELAY_MS ?? 0);

/**
 * A fresh page at `width` px that records console errors and uncaught
 * exceptions, so a test can assert there were none.
 */
export async function openPage(browser, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  if (CPU_SLOWDOWN > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  if (DELAY_MS > 0) {
    await context.route('**/*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
      await route.fallback();
    });
  }
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return { page, context, errors };
}

/**
 * Holds back the widget's wasm on `page` until the returned function is
 * called, so the page shows what it has before the code.
 */
export async function holdCode(page) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.fallback();
  });
  return release;
}

/**
 * Holds back embed.js itself on `page` until the returned function is
 * called: a slow network before any of the widget's script has run.
 */
export async function holdEmbed(page) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/\/embed\.js$/, async (route) => {
    await held;
    await route.fallback();
  });
  return release;
}

/**
 * From the page's start on, sums its layout shifts into `window.shifts` and
 * counts the widgets ready in `window.readyCount`.
 */
export function watchShifts(page) {
  return page.addInitScript(() => {
    window.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    window.readyCount = 0;
    document.addEventListener('rolequiz:ready', () => (window.readyCount += 1));
  });
}

/**
 * Saves a screenshot as target/screenshots/<name>.png: the whole page, or with
 * `{ fullPage: false }` just what is in the viewport.
 */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** Asserts that `widget` plays: its first question, answered right, says so. */
export async function assertPlays(widget) {
  await widget.getByRole('button', { name: 'Start quiz' }).click();
  const item = itemByStatement(await widget.locator('.rq-statement').textContent());
  await answerButton(widget, rightAnswer(item)).click();
  assert.equal((await widget.locator('.rq-feedback-title').textContent()).trim(), 'Correct');
}

/**
 * The pack item whose statement is on screen, looked up by its text; for
 * the built-in pack in another language, its English item (same id).
 */
export function itemByStatement(statement, pack = PACK) {
  const found = (p) => p.items.find((i) => i.statement === statement.trim());
  let item = found(pack);
  if (!item && pack === PACK) {
    const translated = Object.values(TRANSLATED).map(found).find(Boolean);
    item = translated && PACK.items.find((i) => i.id === translated.id);
  }
  if (!item) throw new Error(`no pack item has the statement ${JSON.stringify(statement)}`);
  return item;
}

/**
 * Whether `locator`'s element has the keyboard focus, following focus into
 * shadow roots (the page's own activeElement is the widget's host).
 */
export function isFocused(locator) {
  return locator.evaluate((el) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === el;
  });
}

/** The focused element's `attribute`, following focus into shadow roots. */
export function focusedAttribute(page, attribute) {
  return page.evaluate((name) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.getAttribute(name) ?? null;
  }, attribute);
}

/** A host page around `body`, loading the widget the way the README says. */
export function hostPage(body, { head = '', script = true } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,">${head}</head><body>${body}
${script ? '<script type="module" src="/embed.js"></script>' : ''}</body></html>`;
}

/** The pack item a list entry or diagram label names, by its short label. */
export function itemByLabel(label) {
  const item = PACK.items.find((i) => i.label === label.trim());
  if (!item) throw new Error(`no pack item has the label ${JSON.stringify(label)}`);
  return item;
}

/** The answer button's visible name for a pack answer ("cio" → "CIO"). */
export function buttonName(answer, pack = PACK) {
  if (answer === 'both') return 'Both';
  return pack.roles.find((r) => r.id === answer).short;
}

/**
 * The button that answers `answer` inside `scope` (a page, a widget or a
 * frame). Its name starts with the role's and goes on with the role's title
 * and, once answered, its mark, hence a prefix rather than `exact`.
 */
export function answerButton(scope, answer, pack = PACK) {
  return scope.getByRole('button', { name: new RegExp(`^${buttonName(answer, pack)}\\b`) });
}

/**
 * Every answer a pack item accepts: its one `answer`, or where the sources
 * disagree (schema 2) the answer of each of its `views`.
 */
export function acceptedAnswers(item) {
  return item.views ? item.views.map((v) => v.answer) : [item.answer];
}

/** An answer the item scores right: its answer, or its first view's. */
export function rightAnswer(item) {
  return acceptedAnswers(item)[0];
}

/**
 * Some answer the item does not accept, to get a question wrong on purpose.
 * Takes the item, or (for plain items) just its answer.
 */
export function wrongFor(itemOrAnswer, pack = PACK) {
  const accepted = typeof itemOrAnswer === 'string' ? [itemOrAnswer] : acceptedAnswers(itemOrAnswer);
  return ['both', pack.roles[0].id, pack.roles[1].id].find((a) => !accepted.includes(a));
}

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations on the page as it is now, one line each. */
export async function violations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const found = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.flat().join(' ')).slice(0, 4),
      summary: v.nodes[0]?.failureSummary?.split('\n').slice(0, 3).join(' '),
    }));
  }, TAGS);
  return found.map((v) => `${v.id} (${v.impact}): ${v.targets.join(' | ')} -- ${v.summary}`);
}

