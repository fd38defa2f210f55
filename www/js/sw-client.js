// Registers the service worker (offline use) and offers a new version when
// one has been installed: the page reloads only when the user says so. Once
// the page is idle, asks the worker to cache the on-demand modules (XLSX,
// file readers) in the background, so they work offline too.

// The first visit's own files come first; the on-demand modules some seconds later.
const LAZY_DELAY_MS = 3000;

export function registerServiceWorker({ onUpdate, onOffline }) {
  if (!('serviceWorker' in navigator)) return;
  let userAskedReload = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (userAskedReload) location.reload();
  });
  const offer = (waiting) =>
    onUpdate(() => {
      userAskedReload = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    });
  navigator.serviceWorker
    .register('sw.js')
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state !== 'installed') return;
          if (navigator.serviceWorker.controller) offer(installing);
          else onOffline();
        });
      });
    })
    .catch(() => {
      // No offline use (e.g. a file:// page); the page itself works.
    });
  // Once the page is idle (and some seconds after the first visit's own
  // files), the XLSX module and the small file readers (.docx, .html) are
  // cached too, so they work offline before their first use; pdf.js
  // (~540 KB gzip) is cached when a PDF is first opened.
  navigator.serviceWorker.ready.then((registration) => {
    const idle = window.requestIdleCallback ?? /** @type {(f: () => void, options?: IdleRequestOptions) => void} */ ((f) => f());
    const ask = () => registration.active?.postMessage({ type: 'CACHE_LAZY', only: ['pkg/zhibiao_xlsx', 'js/readers/'] });
    setTimeout(() => idle(ask, { timeout: 10_000 }), LAZY_DELAY_MS);
  });
}
