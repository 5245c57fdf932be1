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

  async function start(element, options) {
    if (element.hasAttribute(MOUNTED)) return;
    element.setAttribute(MOUNTED, '');
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
      glue.mount(element, options ?? null, key);
      performance.mark('role-quiz:mounted');
    } catch (error) {
      console.error('role-quiz: the widget could not load', error);
      if (!element.shadowRoot) {
        element.textContent = 'This quiz could not be loaded. Please try again later.';
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
