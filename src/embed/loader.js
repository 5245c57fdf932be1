// role-quiz embed loader: the one script a blog post needs.
//
//   <div data-role-quiz></div>
//   <script type="module" src="https://your.site/role-quiz/embed.js"></script>
//
// Built into dist/embed.js, whose name never changes; it loads this build's
// code (hashed file names, cacheable for ever) from next to itself, so the
// dist folder can be copied anywhere. The widget then mounts itself in every
// [data-role-quiz] element, now and later.
const api = (window.RoleQuiz ??= {});
if (!api.ready) {
  // Calls made before the widget has loaded wait here; it runs them on start.
  const queue = (api.q ??= []);
  api.mount ??= (element, options) => {
    queue.push([element, options]);
  };
  api.ready = (async () => {
    const here = import.meta.url;
    try {
      const glue = await import(new URL('./__GLUE__', here).href);
      await glue.default({ module_or_path: new URL('./__WASM__', here) });
      return api;
    } catch (error) {
      console.error('role-quiz: the widget could not load', error);
      for (const host of document.querySelectorAll('[data-role-quiz]:not([data-role-quiz-mounted])')) {
        host.textContent = 'This quiz could not be loaded. Please try again later.';
      }
      throw error;
    }
  })();
}
