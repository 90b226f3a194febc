// The service worker of a release build: repeat visits start from this device, and the
// last version also starts offline. scripts/post-build.mjs writes it to dist/sw.js with
// BUILD (this build's name) and ASSETS (its hashed files) filled in.
//
// - index.html: network first (a new release is picked up at once), the kept copy offline;
// - the hashed files (wasm, JS, icon): from the cache first, they never change;
// - a language file (locales/<tag>.txt), once its language is used: network first, the kept
//   copy offline;
// - anything else, the RunComfy API above all (another origin, or a same-origin proxy such
//   as /runcomfy/), is never looked at, let alone kept: the browser fetches it as if there
//   were no worker.
const BUILD = '';
const ASSETS = [];

const SCOPE = self.registration.scope;
const CACHE = `${BUILD} ${SCOPE}`;
const PAGE = new URL('./', SCOPE).href;
// A language file, fetched only when its language is chosen or detected.
const LANGUAGE = /^locales\/[a-z]{2,3}\.txt$/;
// Trunk's hashed file names, straight in the app's folder.
const HASHED = /^[\w.-]+-[0-9a-f]{12,16}(_bg)?\.(wasm|js|css|svg)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // The loader has usually kept the wasm already: fetch only what is missing.
      const missing = [];
      for (const asset of ASSETS) {
        const url = new URL(asset, SCOPE).href;
        if (!(await cache.match(url))) missing.push(url);
      }
      await cache.addAll([PAGE, ...missing]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Earlier builds of this app (at this scope) are dropped; other apps are left alone.
      for (const name of await caches.keys()) {
        if (name !== CACHE && name.endsWith(` ${SCOPE}`) && name.startsWith('wan-i2v-')) await caches.delete(name);
      }
      await self.registration.navigationPreload?.enable();
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const url = new URL(request.url);
  const path = url.pathname.slice(new URL(SCOPE).pathname.length);
  if (request.mode === 'navigate' && (path === '' || path === 'index.html')) {
    event.respondWith(page(event));
  } else if (HASHED.test(path) && !url.search) {
    event.respondWith(asset(event));
  } else if (LANGUAGE.test(path) && !url.search) {
    event.respondWith(language(event));
  }
});

/** index.html from the network, kept for offline starts; the kept one when offline. */
async function page(event) {
  try {
    const response = (await event.preloadResponse) || (await fetch(event.request));
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(PAGE, copy)));
    }
    return response;
  } catch (offline) {
    const kept = await caches.match(PAGE, { cacheName: CACHE });
    if (kept) return kept;
    throw offline;
  }
}

/** A language file: from the network (a new release may change it), kept for offline starts. */
async function language(event) {
  try {
    const response = await fetch(event.request);
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(event.request, copy)));
    }
    return response;
  } catch (offline) {
    const kept = await caches.match(event.request, { cacheName: CACHE });
    if (kept) return kept;
    throw offline;
  }
}

/** A hashed file: the kept copy, else the network's (then kept). */
async function asset(event) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(event.request, { ignoreVary: true });
  if (kept) return kept;
  const response = await fetch(event.request);
  if (response.ok && response.status === 200) {
    const copy = response.clone();
    event.waitUntil(cache.put(event.request, copy));
  }
  return response;
}
