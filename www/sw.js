// Offline use: every asset of the page (the .wasm included) is pre-cached
// in a cache named after the build; requests are answered from it first.
// Pre-caching takes what the page has just loaded from the HTTP cache when
// its SHA-256 is the build's (no second download on a first visit), and
// fetches afresh only what is missing or stale. Modules loaded on demand
// (XLSX, file readers) are cached at their first use, or when the page asks
// while idle (CACHE_LAZY). The lists, hashes and version come from
// pkg/assets.js, written at build time.
importScripts('pkg/assets.js');

/** @type {ServiceWorkerGlobalScope & { ZHIBIAO_BUILD: { version: string, assets: string[], lazy?: string[], hashes?: Record<string, string> } }} */
const sw = /** @type {any} */ (self);
const { version, assets, lazy = [], hashes = {} } = sw.ZHIBIAO_BUILD;
const CACHE = `zhibiao-${version}`;

async function sha256(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/** The build's copy of `url`: from the HTTP cache if it is the right one, else from the network. */
async function buildCopy(url) {
  try {
    const cached = await fetch(url, { cache: 'force-cache' });
    if (cached.ok && (!hashes[url] || (await sha256(cached)) === hashes[url])) return cached;
  } catch {
    // Not in the HTTP cache and offline: the reload below says so.
  }
  const fresh = await fetch(url, { cache: 'reload' });
  if (!fresh.ok) throw new Error(`${url}: HTTP ${fresh.status}`);
  return fresh;
}

async function precache(cache, urls) {
  await Promise.all(urls.map(async (url) => cache.put(url, await buildCopy(url))));
}

// On-demand modules (XLSX, file readers, pdf.js), cached when the page is
// idle so they work offline before their first use; `only` narrows the list. A failure
// (offline, not built) leaves them to their first use.
async function cacheLazy(only) {
  const cache = await caches.open(CACHE);
  for (const url of lazy) {
    if (only && !only.some((prefix) => url.startsWith(prefix))) continue;
    if (await cache.match(url)) continue;
    try {
      await precache(cache, [url]);
    } catch {
      return;
    }
  }
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await precache(cache, assets);
      // The first install takes over at once; later ones wait for the user.
      if (!sw.registration.active) await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith('zhibiao-') && n !== CACHE).map((n) => caches.delete(n)));
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') sw.skipWaiting();
  if (event.data?.type === 'CACHE_LAZY') event.waitUntil(cacheLazy(event.data.only));
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== sw.location.origin) return;
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
