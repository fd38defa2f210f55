// Offline use: every asset of the page (the .wasm included) is pre-cached
// in a cache named after the build; requests are answered from it first.
// Modules loaded only on demand (XLSX) are cached at their first use.
// The asset list and version come from pkg/assets.js, written at build time.
importScripts('pkg/assets.js');

const { version, assets } = self.ZHIBIAO_BUILD;
const CACHE = `zhibiao-${version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(assets.map((url) => new Request(url, { cache: 'reload' })));
      // The first install takes over at once; later ones wait for the user.
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith('zhibiao-') && n !== CACHE).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(answer(request));
});

async function answer(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
  if (hit) return hit;
  try {
    const response = await fetch(request);
    // Build outputs fetched on demand (the XLSX module) are kept once
    // fetched, so they work offline after their first use too.
    if (response.ok && new URL(request.url).pathname.includes('/pkg/')) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    // Offline and not cached: a navigation still gets the page.
    if (request.mode === 'navigate') {
      const page = await cache.match('./');
      if (page) return page;
    }
    throw error;
  }
}
