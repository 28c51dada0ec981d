// Regie's service worker: keeps the app shell on the phone so the app starts and unlocks
// with no network at all. scripts/make-sw.mjs fills in the version and the file list at
// build time (the bundler's file names carry content hashes), and writes dist/sw.js.
//
// Rules:
// - Only the versioned app shell is cached. The share API (/api/) never is: it is always
//   the network, and the app says plainly when sharing needs a connection.
// - A new version installs next to the old one and then WAITS. It takes over only when the
//   app asks (after saving), so an open tab never runs old code against a dossier that new
//   code has written, and never loses what is being typed.
// - The share viewer (/v) is not the client's app: it is left to the network.

const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `regie-shell-${VERSION}`;
const SHELL = '/index.html';

self.addEventListener('install', (event) => {
  event.waitUntil(
    // The HTTP cache may answer: the bundler's files are named by their content (and kept
    // as immutable), everything else is revalidated (no-cache). So on a first visit the
    // files the page just loaded are not downloaded a second time.
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)),
  );
  // No skipWaiting here: see the rules above.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(
      keys.filter((key) => key.startsWith('regie-shell-') && key !== CACHE)
        .map((key) => caches.delete(key)),
    )),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'activate') {
    // The app has saved; this version may take over now.
    self.skipWaiting();
  } else if (data.type === 'version' && event.ports[0]) {
    event.ports[0].postMessage({ version: VERSION });
  }
});

function isViewer(path) {
  // The professional's request page (/vraag) is the viewer's page too.
  return path === '/v' || path === '/v.html' || path.startsWith('/v/') || path === '/vraag';
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname === '/healthz') return;
  if (isViewer(url.pathname)) return;

  if (request.mode === 'navigate') {
    // Every page of the app is the same shell; the app decides what to show.
    event.respondWith(
      caches.open(CACHE)
        .then((cache) => cache.match(SHELL))
        .then((cached) => cached || fetch(request)),
    );
    return;
  }
  if (url.pathname.startsWith('/lang/')) {
    // A language's file: fetched when the person chooses the language, then kept with this
    // version of the app, so it works offline (and a new version fetches its own).
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(url.pathname).then((cached) => cached
        || fetch(request).then((response) => {
          if (response.ok) cache.put(url.pathname, response.clone());
          return response;
        }))),
    );
    return;
  }
  if (PRECACHE.includes(url.pathname)) {
    event.respondWith(
      caches.open(CACHE)
        .then((cache) => cache.match(url.pathname))
        .then((cached) => cached || fetch(request)),
    );
  }
});
