// The first script of every bench page; bench/browser.mjs writes it inline in place of the
// <script src="clock.js"> tag, so that starting the clock costs no request. Opened from a plain
// static server, the tag loads it as a file and the page still works.
// The clock starts here. __finish() stops it once the content exists and the next frame has been
// painted (requestAnimationFrame, then a macrotask).
window.__t0 = performance.now();
window.__done = new Promise((resolve) => (window.__resolve = resolve));
window.__finish = () =>
  requestAnimationFrame(() =>
    setTimeout(() => {
      // The end of the main-thread CPU time counted from a trace (bench/lib/trace.mjs).
      performance.mark('s11-bench-painted');
      window.__resolve({ ms: performance.now() - window.__t0 });
    }, 0),
  );
// Resolves once test() holds, checking after every DOM change (no polling timers).
window.__until = (test, root = document) =>
  new Promise((resolve) => {
    if (test()) return resolve();
    const observer = new MutationObserver(() => test() && (observer.disconnect(), resolve()));
    observer.observe(root, { childList: true, subtree: true });
  });
