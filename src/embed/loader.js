// role-quiz embed loader: the one script a page needs.
//
//   <div data-role-quiz></div>
//   <script type="module" src="https://your.site/role-quiz/embed.js"></script>
//
// Built into dist/embed.js, whose name never changes; it loads this build's
// code (hashed file names, cacheable for ever) from next to itself, so the
// dist folder can be copied anywhere. It mounts a widget in every
// [data-role-quiz] element, now and later, and offers RoleQuiz.mount.
//
// Every widget runs in its own instance of the code: the wasm is fetched and
// compiled once, and each widget instantiates it with its own copy of the
// glue (imported under its own #fragment, which the browser fetches once).
// So a failure inside one widget can never stop another, or the page.
const api = (window.RoleQuiz ??= {});
if (!api.ready) {
  const here = import.meta.url;
  const glueUrl = new URL('./__GLUE__', here).href;
  const wasmUrl = new URL('./__WASM__', here).href;
  const MOUNTED = 'data-role-quiz-mounted';
  const instances = new WeakMap();
  let mounted = 0;

  // Hosts that serve .wasm without its MIME type still work, a little slower.
  const compiled = WebAssembly.compileStreaming(fetch(wasmUrl))
    .catch(async () => WebAssembly.compile(await (await fetch(wasmUrl)).arrayBuffer()))
    .then((module) => {
      performance.mark('role-quiz:compiled');
      return module;
    });
  compiled.catch(() => {});

  // The widget's stylesheet and its first screens with the built-in pack,
  // one per set of options that changes them (src/bin/prerender.rs; both
  // filled in by scripts/post-build.mjs). The sheet is constructed once and
  // shared by every widget (a strict style-src allows it); the wasm does
  // not carry it.
  const CSS = __CSS__;
  const SCREENS = __SCREENS__;
  let styles = CSS;
  try {
    styles = new CSSStyleSheet();
    styles.replaceSync(CSS);
  } catch {
    styles = CSS;
  }
  const adopt = (root) => {
    if (typeof styles === 'string') {
      const style = document.createElement('style');
      style.textContent = styles;
      root.append(style);
    } else {
      root.adoptedStyleSheets = [styles];
    }
  };

  // While its code arrives, a widget in a blog post shows its first screen
  // at once, of the size and look it will have: with the built-in pack and
  // options that keep it as pre-rendered, that screen itself (its "Start
  // quiz" and tabs then keep early taps, as on the standalone page);
  // otherwise a loading card. So the post does not jump when it mounts.
  function placeholder(element) {
    if (element.shadowRoot) return;
    const attribute = (name) => element.getAttribute(`data-${name}`);
    const view = attribute('view') ?? 'both';
    const profiles = attribute('profiles') ?? 'on';
    const theme = attribute('theme') ?? 'auto';
    const asBuilt =
      !attribute('pack') &&
      [null, '10'].includes(attribute('questions')) &&
      // Both change the widget's size; colours do not.
      attribute('font') === null &&
      attribute('radius') === null &&
      ['on', 'off'].includes(profiles) &&
      ['auto', 'light', 'dark'].includes(theme);
    const screen = asBuilt && SCREENS[profiles === 'off' && view !== 'compare' ? `${view}/no-profiles` : view];
    let root;
    try {
      root = element.attachShadow({ mode: 'open' });
    } catch {
      return; // not an element that can hold one: the widget says so
    }
    adopt(root);
    if (screen) {
      root.innerHTML = screen.replace('data-theme="auto"', `data-theme="${theme}"`);
      element.setAttribute(PRERENDERED, '');
    } else {
      root.innerHTML =
        '<div class="rq"><div class="rq-card rq-placeholder"><div class="rq-loading">' +
        '<span class="rq-spinner" aria-hidden="true"></span><span>Loading the quiz…</span></div></div></div>';
    }
  }

  // A page whose first screen came pre-rendered (src/bin/prerender.rs)
  // shows "Start quiz" and the tabs before the code has arrived. A tap on
  // one is kept on the element, shown as pressed, and acted on by the
  // widget as it mounts (src/embed/mount.rs): no tap does nothing.
  const EARLY = 'data-role-quiz-early';
  const PRERENDERED = 'data-role-quiz-prerendered';
  function keepEarlyTaps(element) {
    const root = element.shadowRoot;
    if (!root || !element.hasAttribute(PRERENDERED)) return;
    root.addEventListener('click', (event) => {
      const button = event.target.closest?.('button');
      if (!button) return;
      const tap = button.matches('.rq-intro .rq-button-primary')
        ? 'start'
        : button.dataset.tab && `tab:${button.dataset.tab}`;
      if (!tap) return;
      for (const pressed of root.querySelectorAll('.rq-pressed')) pressed.classList.remove('rq-pressed');
      button.classList.add('rq-pressed');
      element.setAttribute(EARLY, tap);
    });
  }
  async function start(element, options) {
    if (element.hasAttribute(MOUNTED)) return;
    element.setAttribute(MOUNTED, '');
    if (!options) placeholder(element);
    keepEarlyTaps(element);
    // The same name on every visit, so saved progress finds its widget: its
    // id, "page" for the standalone and iframe pages' one widget, else its
    // place in the order widgets mount.
    const key = element.id
      ? `#${element.id}`
      : element.getAttribute('data-role-quiz') === 'page'
        ? 'page'
        : String(mounted);
    mounted += 1;
    try {
      const glue = await import(`${glueUrl}#${mounted}`);
      const exports = await glue.default({ module_or_path: await compiled });
      performance.mark('role-quiz:instantiated');
      instances.set(element, { glue, exports });
      glue.mount(element, options ?? null, key, styles);
      performance.mark('role-quiz:mounted');
    } catch (error) {
      console.error('role-quiz: the widget could not load', error);
      const message = 'This quiz could not be loaded. Please try again later.';
      const card = element.shadowRoot?.querySelector('.rq-card');
      if (card) {
        // The first screen stays, but its buttons cannot work: say so.
        card.querySelector('.rq-loading')?.remove();
        const note = document.createElement('p');
        note.className = 'rq-notice';
        note.setAttribute('role', 'alert');
        note.textContent = message;
        card.prepend(note);
        for (const button of card.querySelectorAll('button')) button.disabled = true;
      } else if (!element.shadowRoot) {
        element.textContent = message;
      }
    }
  }

  const scan = (root) => {
    if (root.matches?.('[data-role-quiz]')) start(root);
    for (const element of root.querySelectorAll?.('[data-role-quiz]') ?? []) start(element);
  };

  const queued = api.q ?? [];
  delete api.q;
  api.mount = (element, options) => {
    if (element instanceof Element) start(element, options ?? {});
    else console.error('role-quiz: RoleQuiz.mount(element, options) needs an element');
  };
  // For tests and benchmarks: make one widget's code panic (the failure
  // path), or tell the size of its linear memory.
  api.debug = {
    crash: (element) => instances.get(element)?.glue.crash_for_test(),
    memory: (element) => instances.get(element)?.exports.memory.buffer.byteLength,
  };
  api.ready = compiled.then(() => api);

  for (const [element, options] of queued) api.mount(element, options);
  scan(document.documentElement);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) scan(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
