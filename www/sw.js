// Offline use: every asset of the page (the .wasm included) is pre-cached
// in a cache named after the build; requests are answered from it first.
// Modules loaded only on demand (XLSX, file readers) are cached at their
// first use, or when the page asks while idle (CACHE_LAZY).
// The asset list and version come from pkg/assets.js, written at build time.
importScripts('pkg/assets.js');

const { version, assets, lazy = [] } = self.ZHIBIAO_BUILD;
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
  if (event.data?.type === 'CACHE_LAZY') event.waitUntil(cacheLazy(event.data.only));
});

// On-demand modules (file readers, pdf.js), cached when the page is idle so
// they work offline before their first use. `only` narrows the list.
async function cacheLazy(only) {
  const cache = await caches.open(CACHE);
  for (const url of lazy) {
    if (only && !only.some((prefix) => url.startsWith(prefix))) continue;
    if (await cache.match(url)) continue;
    const response = await fetch(url).catch(() => null);
    if (response?.ok) await cache.put(url, response);
  }
}

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
    // Build outputs and file readers fetched on demand (the XLSX module,
    // pdf.js) are kept once fetched, so they work offline after their
    // first use too.
    const path = new URL(request.url).pathname;
    if (response.ok && (path.includes('/pkg/') || path.includes('/js/readers/'))) {
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
