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
  // A widget whose shadow root holds a pre-rendered first screen (the
  // page's own, or a placeholder below) until the widget takes over, and
  // the tap kept on it meanwhile (both read by src/embed/mount.rs).
  const PRERENDERED = 'data-role-quiz-prerendered';
  const EARLY = 'data-role-quiz-early';
  const instances = new WeakMap();
  let mounted = 0;

  // The code is asked for once the page has painted its first text (the
  // pre-rendered first screen, a post's words), or 0.3 s after this script
  // runs, whichever comes first: the text and its styles get the network
  // first, and a page whose first paint comes later (a slow network) loses
  // no time. (Asked for at once, locally the code arrived before the first
  // paint, and Lighthouse's simulation charged all of it to the largest
  // paint: 4.1 s instead of 1 s. See docs/performance.md.)
  const painted = new Promise((resolve) => {
    setTimeout(resolve, 300);
    try {
      new PerformanceObserver((entries) => {
        if (entries.getEntriesByName('first-contentful-paint').length) resolve();
      }).observe({ type: 'paint', buffered: true });
    } catch {
      resolve();
    }
  });
  const compiled = painted
    .then(() => {
      const module = WebAssembly.compileStreaming(fetch(wasmUrl));
      styles();
      return module;
    })
    // Hosts that serve .wasm without its MIME type still work, a little slower.
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
  // The loading card's words, by language (the widget's catalogue's).
  const LOADING = __LOADING__;
  // The widget's words in German, French and Spanish: a file each beside
  // this script (the wasm carries English only; src/lang/tables.rs),
  // fetched once a page, at once for a widget whose options name its
  // language, and when a pack names one, at the code's asking.
  const TABLES = __TABLES__;
  // The round's first question for a reader who presses "Start quiz"
  // before the code is here (see showQuestion). The standalone and iframe
  // pages carry it; widgets in a post fetch this file beside this script,
  // once a page and after the first paint, as the code.
  const FIRST = __FIRST__;
  let fetchedFirst = null;
  const fetchFirst = () =>
    (fetchedFirst ??= painted
      .then(() => fetch(new URL(`./${FIRST}`, here)))
      .then((response) => (response.ok ? response.json() : null))
      // Without it, "Start quiz" stays pressed until the code is here.
      .catch(() => null));
  const tables = new Map();
  const table = (code) => {
    if (!tables.has(code)) {
      const file = TABLES[code];
      // The widget waits for its words: a request that hangs ends in 10 s,
      // and the widget goes on in English.
      const limit = AbortSignal.timeout ? { signal: AbortSignal.timeout(10000) } : {};
      const text = file
        ? fetch(new URL(`./${file}`, here), limit)
            .catch((error) => Promise.reject(new Error(`${file}: ${error.message}`)))
            .then((response) =>
              response.ok ? response.text() : Promise.reject(new Error(`${file}: the server answered ${response.status}`)),
            )
        : Promise.reject(new Error('this build has no such language'));
      text.catch(() => {});
      tables.set(code, text);
    }
    return tables.get(code);
  };
  // The language a widget's options ask for, if it is one the widget
  // speaks (else it keeps English, and says why).
  function askedLang(element, options) {
    const page = element.getAttribute('data-role-quiz') === 'page';
    const value = options ? options.lang : page ? new URLSearchParams(location.search).get('lang') : element.getAttribute('data-lang');
    const code = String(value ?? 'en').trim().toLowerCase().split(/[-_]/)[0];
    return Object.hasOwn(LOADING, code) ? code : null;
  }
  // Built when first needed (a placeholder), else once the page has
  // painted, while the code is on its way: not as the script runs (the
  // standalone page's first screen brings its own styles, and "Start quiz"
  // shows no sooner than this script has run), nor in the widget's mount,
  // which is long enough already.
  let built = null;
  const styles = () => {
    if (built === null) {
      try {
        built = new CSSStyleSheet();
        built.replaceSync(CSS);
      } catch {
        built = CSS;
      }
    }
    return built;
  };
  const adopt = (root) => {
    const sheet = styles();
    if (typeof sheet === 'string') {
      const style = document.createElement('style');
      style.textContent = sheet;
      root.append(style);
    } else {
      root.adoptedStyleSheets = [sheet];
    }
  };

  // While its code arrives, a widget shows its first screen at once, of the
  // size and look it will have: with the built-in pack and options that
  // keep it as pre-rendered, that screen itself (whose "Start quiz" and tabs
  // keep early taps); otherwise a loading card. In a blog post this is
  // embed.js's to draw; the standalone and iframe pages come with the
  // default screen in their HTML, which gives way here when their address
  // asks for another (?view=quiz, ?pack=...). So nothing jumps at mount and
  // nothing shows what will not be. `known` is the language the element
  // asks for, if the widget speaks it (askedLang). Returns (a promise of)
  // what "Start quiz" on it needs to show the first question before the
  // code is here, or null where it may not.
  function placeholder(element, known) {
    const page = element.getAttribute('data-role-quiz') === 'page';
    const query = new URLSearchParams(location.search);
    const option = (name) => (page ? query.get(name) : element.getAttribute(`data-${name}`));
    const view = option('view') ?? 'both';
    const profiles = option('profiles') ?? 'on';
    const theme = option('theme') ?? 'auto';
    const words = known ?? 'en';
    // The screens are the built-in pack's with these options (an unknown
    // language adds a notice to the widget).
    const asBuilt =
      known &&
      !option('pack') &&
      !element.querySelector('script[type="application/json"]') &&
      [null, '10'].includes(option('questions')) &&
      // Both change the widget's size; colours do not.
      option('font') === null &&
      option('radius') === null &&
      ['on', 'off'].includes(profiles) &&
      ['auto', 'light', 'dark'].includes(theme);
    const key = profiles === 'off' && view !== 'compare' ? `${view}/no-profiles` : view;
    // A page opened on its comparison tab has no screen here to show.
    const onCompareTab = page && view === 'both' && location.hash === '#compare';
    // Own keys only: a view named "toString" or "__proto__" is no screen
    // (the widget says so in its notice and shows the default).
    const screen = asBuilt && !onCompareTab && Object.hasOwn(SCREENS, key) && SCREENS[key];
    // "Start quiz" shows the first question (see showQuestion) when the
    // round is any random one with the keys shown (a seed asks for one
    // round in particular): the page's own, or the file's (fetchFirst).
    const inline = element.shadowRoot?.querySelector('script[data-role-quiz-first]');
    const question =
      screen && view !== 'compare' && words === 'en' && option('seed') === null && [null, 'on'].includes(option('shortcuts'));
    place(element, { key, screen, theme, words });
    if (!question) return Promise.resolve(null);
    return inline ? Promise.resolve(JSON.parse(inline.textContent)) : fetchFirst();
  }

  // Draws what placeholder() chose in the element's shadow root.
  function place(element, { key, screen, theme, words }) {
    let root = element.shadowRoot;
    if (root && element.hasAttribute(PRERENDERED) && key === 'both' && screen && theme === 'auto' && words === 'en') {
      return; // the page's own pre-rendered screen is the right one
    }
    if (!root) {
      try {
        root = element.attachShadow({ mode: 'open' });
      } catch {
        return; // not an element that can hold one: the widget says so
      }
    }
    root.replaceChildren();
    adopt(root);
    const loading =
      `<div class="rq-loading"><span class="rq-spinner" aria-hidden="true"></span>` +
      `<span>${LOADING[words]}</span></div>`;
    if (screen && words === 'en') {
      root.innerHTML = screen.replace('data-theme="auto"', `data-theme="${theme}"`);
      element.setAttribute(PRERENDERED, '');
      // Until the code is here, the comparison's filter and lists would take
      // input and lose it: they wait (with a busy pointer), as the page's
      // text does; "Start quiz" and the tabs keep their taps.
      root.querySelector('.rq-compare')?.setAttribute('inert', '');
      root.querySelector('.rq-card')?.setAttribute('aria-busy', 'true');
    } else if (screen) {
      // In another language the widget's own words differ but the pack's do
      // not, and they make most of the screen: the English screen, hidden,
      // holds the size the widget will have while the card says it loads.
      root.innerHTML = screen.replace('data-theme="auto"', `data-theme="${theme}"`).replace('lang="en"', `lang="${words}"`);
      element.removeAttribute(PRERENDERED);
      const card = root.querySelector('.rq-card');
      card.querySelector('.rq-app').inert = true;
      card.classList.add('rq-veiled');
      card.setAttribute('aria-busy', 'true');
      card.insertAdjacentHTML('beforeend', loading);
    } else {
      element.removeAttribute(PRERENDERED);
      root.innerHTML =
        `<div class="rq" lang="${words}"><div class="rq-card rq-placeholder" aria-busy="true">${loading}</div></div>`;
    }
  }

  // A page whose first screen came pre-rendered (src/bin/prerender.rs)
  // shows "Start quiz" and the tabs before the code has arrived. No tap on
  // them does nothing: "Start quiz" shows the round's first question at
  // once where it can (`first`: with the built-in pack, a random round and
  // no round saved to resume), whose answers, "Start over" and keys 1-3
  // work too; else it stays pressed. A tab shows as chosen. The
  // widget acts on what was tapped as it mounts (src/embed/mount.rs reads
  // the element's data-role-quiz-early: see EarlyTaps in route.rs).
  function keepEarlyTaps(element, first, key) {
    const root = element.shadowRoot;
    if (!root || !element.hasAttribute(PRERENDERED)) return;
    const taps = { start: null, tab: null };
    const keep = () => element.setAttribute(EARLY, [taps.start, taps.tab].filter(Boolean).join(' '));
    // The intro, while the first question is shown in its place.
    let intro = null;
    root.addEventListener('click', (event) => {
      // Once the widget has taken over (and unmarked the element), its own
      // buttons answer for themselves.
      if (!element.hasAttribute(PRERENDERED)) return;
      const button = event.target.closest?.('button');
      if (!button) return;
      if (button.dataset.tab) {
        for (const tab of root.querySelectorAll('[data-tab]')) tab.classList.remove('rq-pressed');
        button.classList.add('rq-pressed');
        taps.tab = `tab:${button.dataset.tab}`;
      } else if (button.matches('.rq-intro .rq-button-primary')) {
        button.classList.add('rq-pressed');
        taps.start = 'start';
        // The question, as soon as it is here (at once on the pages; in a
        // post once its file is), if the tap still waits on the code.
        first.then((question) => {
          if (question && taps.start === 'start' && element.hasAttribute(PRERENDERED) && !hasSavedRound(question.saved, key)) {
            button.classList.remove('rq-pressed');
            intro = button.closest('.rq-intro');
            taps.start = `start:${showQuestion(intro, question)}`;
            keep();
          }
        });
      } else if (button.matches('.rq-question .rq-answer') && !button.hasAttribute('aria-disabled')) {
        // Answered: the buttons stop taking answers, as the widget's do.
        for (const answer of button.parentElement.children) answer.setAttribute('aria-disabled', 'true');
        button.setAttribute('aria-pressed', 'true');
        button.classList.add('rq-chosen', 'rq-pressed');
        taps.start += `:${['first', 'both', 'second'].find((c) => button.classList.contains(`rq-${c}`))}`;
      } else if (button.matches('.rq-question .rq-link-button') && intro) {
        // "Start over": back to the intro, nothing started.
        root.querySelector('.rq-question').replaceWith(intro);
        intro.querySelector('.rq-button-primary').focus();
        taps.start = null;
      } else {
        return;
      }
      keep();
    });
    root.addEventListener('keydown', (event) => {
      const answers = element.hasAttribute(PRERENDERED) && root.querySelectorAll('.rq-question .rq-answer');
      const n = Number(event.key);
      if (answers?.length === 3 && n >= 1 && n <= 3 && !event.altKey && !event.ctrlKey && !event.metaKey) {
        answers[n - 1].click();
      }
    });
  }

  // The built-in pack's first question, in place of the intro: a random
  // one, as the widget's draw would open on (it then opens the round on
  // it). `first` is what src/bin/prerender.rs made of it: the question
  // screen, every item's statement, and where a saved round is kept.
  // Returns the item's index in the pack.
  function showQuestion(intro, first) {
    const item = Math.floor(Math.random() * first.statements.length);
    const holder = document.createElement('template');
    holder.innerHTML = first.question;
    const screen = holder.content.firstElementChild;
    const statement = screen.querySelector('.rq-statement');
    statement.textContent = first.statements[item];
    intro.replaceWith(screen);
    // As the widget does: the reader is on the question, and it is in view.
    statement.focus();
    return item;
  }

  // A round kept from an earlier visit, which the widget resumes (and so
  // would replace a question shown now). Storage that cannot be read keeps
  // nothing for the widget either.
  function hasSavedRound(saved, key) {
    try {
      return localStorage.getItem(saved.replace('{page}', location.pathname).replace('{widget}', key)) !== null;
    } catch {
      return false;
    }
  }

  async function start(element, options) {
    if (element.hasAttribute(MOUNTED)) return;
    element.setAttribute(MOUNTED, '');
    const lang = askedLang(element, options);
    // The same name on every visit, so saved progress finds its widget: its
    // id, "page" for the standalone and iframe pages' one widget, else its
    // place in the order widgets mount.
    const key = element.id
      ? `#${element.id}`
      : element.getAttribute('data-role-quiz') === 'page'
        ? 'page'
        : String(mounted);
    mounted += 1;
    // The standalone and iframe pages speak the widget's language; what
    // stays English on them says so itself (the heading's lang).
    if (lang && element.getAttribute('data-role-quiz') === 'page') document.documentElement.lang = lang;
    const first = options ? Promise.resolve(null) : placeholder(element, lang);
    keepEarlyTaps(element, first, key);
    const words = lang && lang !== 'en' ? table(lang) : null;
    // Its own instance of the code, named before any wait: widgets started
    // together must not end up sharing one.
    const instance = mounted;
    try {
      await painted;
      const glue = await import(`${glueUrl}#${instance}`);
      const exports = await glue.default({ module_or_path: await compiled });
      performance.mark('role-quiz:instantiated');
      instances.set(element, { glue, exports });
      // Where they cannot be had, the widget asks again and says why.
      const text = await words?.catch(() => null);
      if (text) glue.add_words(lang, text);
      glue.mount(element, options ?? null, key, styles(), table);
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
        for (const button of card.querySelectorAll('button')) {
          button.disabled = true;
          // Nothing is on its way any more.
          button.classList.remove('rq-pressed');
        }
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
