// Registers the service worker (offline use) and offers a new version when
// one has been installed: the page reloads only when the user says so. Once
// the page is idle, asks the worker to cache the on-demand modules (XLSX) in
// the background, so they work offline too.

// The first visit's own files come first; the XLSX module some seconds later.
const LATER_DELAY_MS = 3000;

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
  navigator.serviceWorker.ready.then((registration) => {
    const idle = window.requestIdleCallback ?? ((f) => f());
    setTimeout(() => idle(() => registration.active?.postMessage({ type: 'CACHE_LAZY', only: ['pkg/zhibiao_xlsx'] }), { timeout: 10_000 }), LATER_DELAY_MS);
  });
}
