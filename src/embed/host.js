// role-quiz iframe sizer: keeps every <iframe data-role-quiz-frame> as tall
// as the widget inside it. Small, no dependencies.
//
//   <iframe data-role-quiz-frame src="https://your.site/role-quiz/embed.html"
//           title="CIO or CTO? quiz" style="width: 100%; border: 0"></iframe>
//   <script src="https://your.site/role-quiz/host.js" async></script>
//
// The frame posts {type: "rolequiz:resize", height} whenever its height
// changes; a message counts only when it comes from that very frame's window.
// The widget's events arrive as messages too and are re-dispatched on the
// iframe element as DOM events (rolequiz:ready, rolequiz:answer,
// rolequiz:complete), so a page can listen to a frame as to an inline widget.
// A friend's challenge from a shared link (#rq-result=7-10) is in this page's
// address, which a frame cannot read: each frame is handed it when ready,
// and the first is brought into view.
(() => {
  if (window.RoleQuizFrames) return; // loaded twice
  window.RoleQuizFrames = true;

  const MAX_HEIGHT = 20000;
  const EVENTS = ['rolequiz:ready', 'rolequiz:answer', 'rolequiz:complete'];
  const frames = () => document.querySelectorAll('iframe[data-role-quiz-frame]');
  const frameOf = (source) => {
    for (const frame of frames()) if (source && frame.contentWindow === source) return frame;
    return null;
  };

  addEventListener('message', (event) => {
    const frame = frameOf(event.source);
    const data = event.data;
    if (!frame || !data || typeof data.type !== 'string') return;
    if (data.type === 'rolequiz:resize') {
      // Taller than any widget needs (a comparison of thousands of
      // responsibilities, unfolded) is not followed: the frame then scrolls
      // within, and the page stays its own length.
      const height = Number(data.height);
      if (Number.isFinite(height) && height > 0) {
        frame.style.height = `${Math.min(Math.ceil(height), MAX_HEIGHT)}px`;
      }
    } else if (EVENTS.includes(data.type)) {
      frame.dispatchEvent(new CustomEvent(data.type, { detail: data.detail, bubbles: true }));
      if (data.type === 'rolequiz:ready') challenge(frame);
    }
  });

  let shownChallenge = false;
  const challenge = (frame) => {
    // A link from a frame names no widget; one naming an inline widget is not for frames.
    if (!/^#rq-result=\d+-\d+$/.test(location.hash)) return;
    frame.contentWindow?.postMessage({ type: 'rolequiz:challenge', hash: location.hash }, '*');
    if (!shownChallenge) {
      shownChallenge = true;
      frame.scrollIntoView({ block: 'start' });
    }
  };

  // A frame that was hidden (a closed tab or accordion) laid its content out
  // at no width: when it is shown, ask it to measure again.
  const shown = new ResizeObserver((entries) => {
    for (const entry of entries) {
      if (entry.contentRect.width > 0) {
        entry.target.contentWindow?.postMessage({ type: 'rolequiz:measure' }, '*');
      }
    }
  });
  const watched = new WeakSet();
  const watch = () => {
    for (const frame of frames()) {
      if (!watched.has(frame)) {
        watched.add(frame);
        shown.observe(frame);
      }
    }
  };
  watch();
  new MutationObserver(watch).observe(document.documentElement, { childList: true, subtree: true });
})();
