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
// A browser never frees an imported module, so instances are not thrown
// away: a widget whose element leaves the page (or RoleQuiz.unmount) lets
// go of what it holds and its instance waits for the next widget. A page
// that adds and removes widgets all day holds as many instances as it ever
// showed widgets at once; only one that failed is never reused.
//
// It runs as a module (the README's snippet) or as a classic script (a
// platform that drops type="module"): nothing of it is global but
// window.RoleQuiz.
(() => {
// window.RoleQuiz is ours unless something else took the name (a number, a
// frozen object): then the widgets still mount, and RoleQuiz.mount is
// missing rather than every widget.
let api = window.RoleQuiz;
if (api === null || typeof api !== 'object' || !Object.isExtensible(api)) {
  if (api !== undefined) console.error('role-quiz: window.RoleQuiz is taken by another script; RoleQuiz.mount is not available');
  api = { q: api?.q };
  try {
    window.RoleQuiz ??= api;
  } catch {
    // a name the page made read-only
  }
}
// Where this script is, which its code is beside: a classic script knows
// (document.currentScript); a module is the last module script named
// embed.js (import.meta would not even parse in a classic script).
const here =
  document.currentScript?.src ??
  [...document.querySelectorAll('script[type="module"][src]')].map((s) => s.src).findLast((src) => /\/embed\.js([?#]|$)/.test(src));
if (!here) console.error('role-quiz: embed.js cannot tell where it is: load it with <script type="module" src=".../embed.js">');
else if (!(api.ready instanceof Promise)) {
  const glueUrl = new URL('./__GLUE__', here).href;
  const wasmUrl = new URL('./__WASM__', here).href;
  const MOUNTED = 'data-role-quiz-mounted';
  // A widget whose shadow root holds a pre-rendered first screen (the
  // page's own, or a placeholder below) until the widget takes over, and
  // the tap kept on it meanwhile (both read by src/embed/mount.rs).
  const PRERENDERED = 'data-role-quiz-prerendered';
  const EARLY = 'data-role-quiz-early';
  // The instance each widget on the page runs, and those free to run the
  // next one.
  const running = new Map();
  const idle = [];
  let made = 0;
  // The options RoleQuiz.mount gave each widget, and those of widgets the
  // page took away, so that one comes back as it was if the page puts its
  // element back.
  const given = new WeakMap();
  const released = new WeakMap();
  const RELEASED = 'data-role-quiz-released';
  // Each start of a widget, so that one overtaken while its code came (the
  // element taken away, or mounted again) goes no further; and what ends
  // the listeners it put on its element.
  const starts = new WeakMap();
  // Elements whose shadow root is the widget's.
  const hosts = new WeakSet();
  // The name each running widget keeps its progress under (keyFor).
  const keys = new Map();

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
  // Compiles the wasm at `url`; hosts that serve .wasm without its MIME
  // type still work, a little slower.
  const compile = (url) =>
    WebAssembly.compileStreaming(fetch(url)).catch(async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: the server answered ${response.status} (is every file of the role-quiz folder uploaded?)`);
      return WebAssembly.compile(await response.arrayBuffer());
    });
  const compiled = painted
    .then(() => {
      const module = compile(wasmUrl);
      styles();
      return module;
    })
    .then((module) => {
      performance.mark('role-quiz:compiled');
      return module;
    });
  compiled.catch(() => {});
  // The split-off parts of the code (what only later screens need, see
  // scripts/post-build.mjs): each instance asks for them once its first
  // screen is up; each is fetched and compiled once a page. A failed fetch
  // is forgotten, so the next ask tries again.
  const parts = new Map();
  const part = (url) => {
    if (!parts.has(url)) {
      const module = compile(url);
      module.catch(() => parts.delete(url));
      parts.set(url, module);
    }
    return parts.get(url);
  };

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
      .then(checked)
      // Without it, "Start quiz" stays pressed until the code is here.
      .catch(() => null));
  const tables = new Map();
  const table = (code) => {
    if (!tables.has(code)) {
      const file = TABLES[code];
      // The widget waits for its words: a request that hangs ends in 10 s,
      // and the widget goes on in English.
      const limit = AbortSignal.timeout ? { signal: AbortSignal.timeout(10000) } : {};
      // Read here, once a page for every widget in the language: its
      // screens are this script's, its words and pack the wasm's.
      const read = file
        ? fetch(new URL(`./${file}`, here), limit)
            .catch((error) => Promise.reject(new Error(`${file}: ${error.message}`)))
            .then((response) =>
              response.ok ? response.json() : Promise.reject(new Error(`${file}: the server answered ${response.status}`)),
            )
            .catch((error) => Promise.reject(error instanceof SyntaxError ? new Error(`${file} is not JSON`) : error))
        : Promise.reject(new Error('this build has no such language'));
      read.catch(() => {});
      tables.set(code, read);
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
    const builtIn = !option('pack') && !element.querySelector('script[type="application/json"]');
    const asBuilt =
      known &&
      builtIn &&
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
    // A widget in another language shows its language's own first screen
    // (the built-in pack in it), from the file that brings its words, as an
    // English widget shows its own; the English screen, veiled, holds the
    // widget's size until that file is here.
    if (builtIn && words !== 'en' && Object.hasOwn(TABLES, words)) {
      table(words)
        .then(({ screens: theirs, heading }) => {
          const own = screen && theirs && Object.hasOwn(theirs, key) && theirs[key];
          // Only over the veiled placeholder: never over the widget, nor
          // over a card that says its code could not load.
          const veiled = element.shadowRoot?.querySelector('.rq-veiled:not(:has([role="alert"]))');
          if (typeof own === 'string' && veiled && builtMarkup(own)) {
            place(element, { key, screen: own, theme, words, own: true });
          }
          // The standalone and iframe pages' title and heading follow (as text).
          if (page && typeof heading === 'string') {
            document.title = heading;
            const h1 = document.querySelector('h1.page-title');
            if (h1) {
              h1.textContent = heading;
              h1.lang = words;
            }
          }
        })
        .catch(() => {});
    }
    if (!question) return Promise.resolve(null);
    return inline ? Promise.resolve(inline.textContent).then(JSON.parse).then(checked, () => null) : fetchFirst();
  }

  // The first question's file as it should be, else null (then "Start
  // quiz" waits for the code): its screen is the build's markup, whose
  // texts alone may differ; anything else in it (an element or attribute
  // the screen has not, as a tampered file's <img onerror>) is refused.
  function checked(first) {
    try {
      const screen = parsed(first.question).firstElementChild;
      const safe = screen?.localName === 'section' && builtMarkup(first.question);
      const texts = first.statements.every((t) => typeof t === 'string');
      return safe && texts && first.statements.length && typeof first.saved === 'string' ? { ...first, screen } : null;
    } catch {
      return null;
    }
  }

  // Whether `html` is a screen as the build writes them (a first screen,
  // the first question): of the elements and attributes the widget's screens
  // use, nothing that runs or loads anything (a tampered file's <img
  // onerror> is refused).
  const SCREEN_ELEMENTS = new Set('article button circle desc details div figure g h2 h3 h4 header input kbd label li p path progress rect section span summary svg text title ul'.split(' '));
  const SCREEN_ATTRIBUTES = /^(aria-[a-z]+|autocomplete|class|cx|cy|d|data-(item|region|tab|theme)|font-size|for|height|hidden|id|lang|max|placeholder|r|role|rx|tabindex|type|value|viewbox|width|x|y)$/;
  function builtMarkup(html) {
    try {
      const all = [...parsed(html).querySelectorAll('*')];
      return all.every((el) => SCREEN_ELEMENTS.has(el.localName) && [...el.attributes].every((a) => SCREEN_ATTRIBUTES.test(a.name.toLowerCase())));
    } catch {
      return false;
    }
  }

  // Markup the build wrote (never a page's or a pack's text), parsed inert.
  // Under Trusted Types it goes through a policy of its own; where the page
  // allows none, the widget shows no first screen and renders itself.
  let policy;
  function parsed(html) {
    policy ??= window.trustedTypes?.createPolicy('role-quiz', { createHTML: (text) => text }) ?? {
      createHTML: (text) => text,
    };
    const holder = document.createElement('template');
    holder.innerHTML = policy.createHTML(html);
    return holder.content;
  }

  // Draws what placeholder() chose in the element's shadow root.
  function place(element, { key, screen, theme, words, own = words === 'en' }) {
    try {
      draw(element, { key, screen, theme, words, own });
    } catch (error) {
      element.removeAttribute(PRERENDERED);
      element.shadowRoot?.replaceChildren();
      console.warn('role-quiz: no first screen while the code loads', error);
    }
  }
  // `own`: the screen is in the widget's language (else it only holds the
  // size, veiled).
  function draw(element, { key, screen, theme, words, own }) {
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
    if (screen && own) {
      root.append(parsed(screen.replace('data-theme="auto"', `data-theme="${theme}"`)));
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
      root.append(parsed(screen.replace('data-theme="auto"', `data-theme="${theme}"`).replace('lang="en"', `lang="${words}"`)));
      element.removeAttribute(PRERENDERED);
      const card = root.querySelector('.rq-card');
      card.querySelector('.rq-app').inert = true;
      card.classList.add('rq-veiled');
      card.setAttribute('aria-busy', 'true');
      card.append(parsed(loading));
    } else {
      element.removeAttribute(PRERENDERED);
      root.append(parsed(`<div class="rq" lang="${words}"><div class="rq-card rq-placeholder" aria-busy="true">${loading}</div></div>`));
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
  function keepEarlyTaps(element, first, key, signal) {
    const root = element.shadowRoot;
    // A widget in another language gets its first screen (and its mark)
    // once its language's file is here: the taps are kept from then on.
    if (!root) return;
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
    }, { signal });
    root.addEventListener('keydown', (event) => {
      const answers = element.hasAttribute(PRERENDERED) && root.querySelectorAll('.rq-question .rq-answer');
      const n = Number(event.key);
      if (answers?.length === 3 && n >= 1 && n <= 3 && !event.altKey && !event.ctrlKey && !event.metaKey) {
        answers[n - 1].click();
      }
    }, { signal });
  }

  // The built-in pack's first question, in place of the intro: a random
  // one, as the widget's draw would open on (it then opens the round on
  // it). `first` is what src/bin/prerender.rs made of it: the question
  // screen, every item's statement, and where a saved round is kept.
  // Returns the item's index in the pack.
  function showQuestion(intro, first) {
    const item = Math.floor(Math.random() * first.statements.length);
    const screen = first.screen.cloneNode(true);
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
      // Replaced by functions: a path or id with "$&" in it is text.
      return localStorage.getItem(saved.replace('{page}', () => location.pathname).replace('{widget}', () => key)) !== null;
    } catch {
      return false;
    }
  }

  // The same name on every visit, so saved progress finds its widget, and
  // no two widgets of the page alike (they would share one saved round):
  // its id; "page" for the standalone and iframe pages' one widget (with
  // its place among frames of the same page beside it); else its place
  // among the page's widgets. A repeated id is a mistake the blogger can
  // fix: that widget goes by its place, and says so (the id, second).
  function keyFor(element) {
    const taken = [...keys.values()];
    if (element.getAttribute('data-role-quiz') === 'page') {
      const index = frameIndex();
      return [index ? `page:${index + 1}` : 'page'];
    }
    const id = element.id && `#${element.id}`;
    if (id && !taken.includes(id)) return [id];
    let place = taken.length;
    while (taken.includes(String(place))) place += 1;
    return [String(place), element.id || null];
  }
  // Which of the frames showing this same page inside the page around it
  // this one is (0 when it is the first, or not in a frame): a post that
  // shows the same quiz twice keeps their rounds apart. Frames of other
  // sites cannot be looked into, and are not this page.
  function frameIndex() {
    let index = 0;
    for (let i = 0; parent !== window && i < parent.length; i += 1) {
      if (parent[i] === window) return index;
      try {
        if (parent[i].location.href.split('#')[0] === location.href.split('#')[0]) index += 1;
      } catch {
        // another site's frame
      }
    }
    return 0;
  }

  async function start(element, options) {
    if (element.hasAttribute(MOUNTED)) return;
    // Another script's shadow root is not ours to empty.
    if (element.shadowRoot && !hosts.has(element) && !element.hasAttribute(PRERENDERED)) {
      console.error('role-quiz: this element already holds a shadow root of its own: give the widget an empty <div>', element);
      return;
    }
    hosts.add(element);
    element.setAttribute(MOUNTED, '');
    element.removeAttribute(RELEASED);
    if (options) given.set(element, options);
    const ticket = new AbortController();
    starts.set(element, ticket);
    // Widgets gone from the page give their instances back first.
    release();
    const lang = askedLang(element, options);
    const [key, repeatedId] = keyFor(element);
    keys.set(element, key);
    // The standalone and iframe pages speak the widget's language; what
    // stays English on them says so itself (the heading's lang).
    if (lang && element.getAttribute('data-role-quiz') === 'page') document.documentElement.lang = lang;
    const first = options ? Promise.resolve(null) : placeholder(element, lang);
    keepEarlyTaps(element, first, key, ticket.signal);
    const words = lang && lang !== 'en' ? table(lang) : null;
    try {
      await painted;
      const instance = await instantiate();
      // Taken off the page (or unmounted) while its code came.
      if (ticket.signal.aborted) {
        idle.push(instance);
        return;
      }
      performance.mark('role-quiz:instantiated');
      running.set(element, instance);
      const { glue } = instance;
      // Where they cannot be had, the widget asks again and says why.
      const file = await words?.catch(() => null);
      if (ticket.signal.aborted) return;
      if (file) glue.add_words(lang, file);
      glue.mount(element, options ?? null, key, styles(), table, repeatedId);
      performance.mark('role-quiz:mounted');
    } catch (error) {
      // A page whose Content-Security-Policy forbids WebAssembly will not
      // change by trying again.
      const policy = /CSP|Content.Security.Policy/i.test(error?.message);
      console.error(
        policy
          ? "role-quiz: this page's Content-Security-Policy blocks WebAssembly: add 'wasm-unsafe-eval' to its script-src"
          : 'role-quiz: the widget could not load',
        error,
      );
      const message = policy
        ? "This page's security settings do not let the quiz run."
        : 'This quiz could not be loaded. Please try again later.';
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

  // An instance free to run a widget: a waiting one, else a new one
  // (named at once: widgets started together must not share one).
  async function instantiate() {
    if (idle.length) return idle.pop();
    made += 1;
    const glue = await import(`${glueUrl}#${made}`);
    glue.__set_part_source(part);
    const exports = await glue.default({ module_or_path: await compiled });
    return { glue, exports };
  }

  // Stops the widget in `element`, if one runs there, and frees its
  // instance for the next. The element is left empty, ready to mount again.
  function stop(element) {
    starts.get(element)?.abort();
    starts.delete(element);
    keys.delete(element);
    const instance = running.get(element);
    running.delete(element);
    element.removeAttribute(MOUNTED);
    element.removeAttribute(PRERENDERED);
    element.removeAttribute(EARLY);
    let reusable = false;
    try {
      reusable = instance ? instance.glue.unmount() : false;
    } catch (error) {
      console.error('role-quiz: a widget could not be taken down', error);
    }
    if (reusable) idle.push(instance);
    element.shadowRoot?.replaceChildren();
  }

  // Widgets whose elements are no longer in the page: a page that removed
  // them (a single-page blog's next route, a preview redrawn) will not say
  // so. An element put back later mounts again, as it was.
  function release() {
    for (const element of [...running.keys()]) {
      if (element.isConnected) continue;
      if (given.has(element)) {
        released.set(element, given.get(element));
        element.setAttribute(RELEASED, '');
      }
      stop(element);
    }
  }
  const scan = (root) => {
    const mount = (element) =>
      element.hasAttribute(RELEASED) && released.has(element)
        ? start(element, released.get(element))
        : start(element);
    const widgets = '[data-role-quiz], [data-role-quiz-released]';
    if (root.matches?.(widgets)) mount(root);
    for (const element of root.querySelectorAll?.(widgets) ?? []) mount(element);
  };

  const queued = Array.isArray(api.q) ? api.q : [];
  delete api.q;
  api.mount = (element, options) => {
    const unfit = !(element instanceof Element)
      ? 'needs an element'
      : [document.body, document.head, document.documentElement].includes(element)
        ? `cannot take the page's <${element.localName}>: give it an empty <div> of its own`
        : null;
    if (unfit) console.error(`role-quiz: RoleQuiz.mount(element, options) ${unfit}`);
    else start(element, copied(options));
  };
  // The options as they are now, read once: a getter that throws, or a
  // value that is not an object, costs that option alone (the widget names
  // what it could not use), never the widget.
  function copied(options) {
    const copy = Object.create(null);
    try {
      for (const name of Object.keys(options ?? {})) {
        try {
          copy[name] = options[name];
        } catch {
          copy[name] = '(a value that could not be read)';
        }
      }
    } catch {
      console.error('role-quiz: RoleQuiz.mount could not read its options; using none');
    }
    return copy;
  }
  // Takes a widget off the page for good (the page may then reuse or
  // remove its element); what its reader saved stays saved. Widgets whose
  // elements leave the page go by themselves; this is for a page that
  // keeps the element.
  api.unmount = (element) => {
    given.delete(element);
    released.delete(element);
    if (element instanceof Element) {
      element.removeAttribute(RELEASED);
      stop(element);
    }
  };
  // For tests and benchmarks: make one widget's code panic (the failure
  // path), or tell the size of its linear memory.
  api.debug = {
    crash: (element) => running.get(element)?.glue.crash_for_test(),
    memory: (element) => running.get(element)?.exports.memory.buffer.byteLength,
    instances: () => ({ running: running.size, idle: idle.length, made }),
  };
  api.ready = compiled.then(() => api);
  // A page that never waits for it is not told twice (the widgets say it).
  api.ready.catch(() => {});

  for (const [element, options] of queued) api.mount(element, options);
  scan(document.documentElement);
  // Removals are acted on a moment later: a page that moves a widget
  // (removes its element and puts it back) keeps it running.
  let releasing = null;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) scan(node);
      if (record.removedNodes.length && running.size && !releasing) {
        releasing = setTimeout(() => {
          releasing = null;
          release();
        }, 1000);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
})();
