// Registers the service worker (offline use) and offers a new version when
// one has been installed: the page reloads only when the user says so.

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
  // Once idle, the small file readers (.docx, .html) are cached too, so
  // they open offline before their first use; pdf.js (~540 KB gzip) is
  // cached when a PDF is first opened.
  navigator.serviceWorker.ready.then((registration) => {
    const idle = window.requestIdleCallback ?? ((f) => setTimeout(f, 2000));
    idle(() => registration.active?.postMessage({ type: 'CACHE_LAZY', only: ['js/readers/'] }), { timeout: 10000 });
  });
}
