// Service worker: after one visit, self-help works with no network.
//
// scripts/gen-sw.mjs copies this file into dist/ at build time and fills in VERSION (a hash of
// the release) and LIST_FILE: `precache-<VERSION>.json` beside this file, every file of the
// release the app needs with a hash of each (index.html, the hashed JS/wasm/CSS, settings.json,
// all troubleshooting content). The list is fetched when the worker installs, not with the
// page: every visit fetches sw.js, so it stays small however many files the release has.
// Paths are relative to this file, so the same build works at a site root and under a sub-path.
//
// Strategy
// - Hashed build files (`name-<16 hex>.js|wasm|css`): cache first. Their names change with
//   their content, so a cached copy is always right.
// - Pages (navigations), settings.json, content/: network first, the cached copy of this release
//   when the network fails or stalls (4 s). A navigation falls back to the cached index.html of
//   its bundle (root, masalah/, ...), whose hashed files are in the same cache.
// - Everything else (booking API, other origins, non-GET) goes straight to the network.
// Updates: a new release installs in the background and waits. It takes over on the next visit,
// once no tab runs the old release (no skipWaiting), so an open flow is never switched under
// the user's feet; its activation removes the caches of older releases.
const VERSION = 'dev'; // filled in by scripts/gen-sw.mjs
const LIST_FILE = ''; // filled in by scripts/gen-sw.mjs: path -> hash of its content, as JSON
// Bundles cached only once used: the booking page needs the network anyway, and is large.
// After one visit it is kept, across releases too (the confirmation stays viewable offline).
const LAZY = ['jadwal/'];
const CACHE = `pendamping-${VERSION}`;
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
const STALL_MS = 4000;

const scope = new URL(self.registration.scope);
const url = (p) => new URL(p, scope).href;

// The page that answers a navigation: each bundle is a folder with an index.html (the start
// screen at the root, the flow walker in masalah/, ...); any other path inside a folder is
// one of that page's own routes (deep link), so the deepest folder with a page answers.
function pageFor(rel, files) {
  const parts = rel.split('/');
  for (let n = parts.length - 1; n > 0; n--) {
    const page = `${parts.slice(0, n).join('/')}/index.html`;
    if (page in files) return page;
  }
  return 'index.html';
}

const LIST = url('__files.json'); // in each cache: the file list of its release

// This release's file list, from its cache (kept there by the install), read once.
let release = null;
function releaseFiles() {
  release ??= (async () => {
    const hit = await (await caches.open(CACHE)).match(LIST);
    return hit ? hit.json() : {};
  })();
  return release;
}

// Never keep a redirected response: a host may answer `index.html` with a redirect to its folder,
// and a redirected response served for a navigation is refused by the browser (an offline reload
// would show an error page). Keep its status, headers and body only.
async function plain(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status, statusText: response.statusText, headers: response.headers,
  });
}

// The newest older release's cache and its file list, to reuse unchanged files.
async function previous() {
  for (const key of (await caches.keys()).reverse()) {
    if (!key.startsWith('pendamping-') || key === CACHE) continue;
    const cache = await caches.open(key);
    const list = await cache.match(LIST);
    if (list) return { cache, files: await list.json() };
  }
  return { cache: null, files: {} };
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const listed = LIST_FILE ? await fetch(url(LIST_FILE), { cache: 'no-cache' }) : null;
    if (listed && !listed.ok) throw new Error(`precache list: ${listed.status}`); // the install fails, and is tried again
    const FILES = listed ? await listed.json() : {};
    const PRECACHE = Object.keys(FILES);
    // A new release downloads only what changed: same path and hash, copy from the old cache.
    const old = await previous();
    const used = new Set();
    for (const l of LAZY) if (old.cache && (await old.cache.match(url(`${l}index.html`)))) used.add(l);
    const fetchList = [];
    for (const p of PRECACHE) {
      if (p === 'settings.json') continue;
      const lazy = LAZY.find((l) => p.startsWith(l));
      if (lazy && !used.has(lazy)) continue;
      const copy = old.files[p] === FILES[p] && (await old.cache.match(url(p)));
      if (copy) await cache.put(url(p), copy);
      else fetchList.push(p);
    }
    await Promise.all(fetchList.map(async (p) => {
      const r = await fetch(new Request(url(p), { cache: HASHED.test(p) ? 'default' : 'no-cache' }));
      if (!r.ok) throw new Error(`precache ${p}: ${r.status}`); // as cache.addAll: the install fails
      await cache.put(url(p), await plain(r));
    }));
    // settings.json may be edited on the server at any time: best effort, never blocks install.
    if (PRECACHE.includes('settings.json')) {
      try {
        const r = await fetch(url('settings.json'), { cache: 'no-cache' });
        if (r.ok) await cache.put(url('settings.json'), await plain(r));
      } catch { /* offline during install: the app shows its settings error only if never cached */ }
    }
    await cache.put(LIST, new Response(JSON.stringify(FILES), { headers: { 'Content-Type': 'application/json' } }));
    release = Promise.resolve(FILES);
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('pendamping-') && key !== CACHE) await caches.delete(key);
    }
    if (self.registration.navigationPreload) await self.registration.navigationPreload.enable();
    await self.clients.claim();
  })());
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, await plain(response.clone()));
  return response;
}

// Network first; the cached copy when the network fails, or stalls while a copy exists.
async function networkFirst(request, fallbackKey, preload) {
  const cache = await caches.open(CACHE);
  const network = (async () => (await preload) || fetch(request))();
  network.catch(() => {});
  const cached = () => cache.match(fallbackKey ?? request);
  let timer;
  const stall = new Promise((resolve) => { timer = setTimeout(resolve, STALL_MS); });
  try {
    let first = await Promise.race([network, stall]);
    if (first && first.status === 404 && request.mode === 'navigate') {
      first = (await cached()) ?? first; // deep link on a host without an index.html fallback
    }
    if (first) {
      if (fallbackKey === undefined && first.ok && new URL(request.url).pathname.endsWith('/settings.json')) {
        await cache.put(request, await plain(first.clone())); // settings change without a release: keep the newest
      }
      if (fallbackKey && first.ok && LAZY.some((l) => fallbackKey === url(`${l}index.html`))) {
        await cache.put(fallbackKey, await plain(first.clone())); // a lazy bundle's page, now used: keep it
      }
      return first;
    }
    const copy = await cached();
    return copy ?? (await network);
  } catch (err) {
    const copy = await cached();
    if (copy) return copy;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const u = new URL(request.url);
  if (u.origin !== scope.origin || !u.href.startsWith(scope.href)) return;
  const rel = u.href.slice(scope.href.length).split(/[?#]/)[0];
  if (rel.startsWith('api/') || rel.startsWith('_/')) return; // booking store, PocketBase admin
  if (rel === 'petugas' || rel.startsWith('petugas/')) return; // the officers' desk: never cached
  if (rel === 'telepon' || rel.startsWith('telepon/')) return; // the call centres' page: never cached
  if (request.mode === 'navigate') {
    const preload = event.preloadResponse;
    event.respondWith(releaseFiles().then((files) => networkFirst(request, url(pageFor(rel, files)), preload)));
  } else if (HASHED.test(rel)) {
    event.respondWith(cacheFirst(request));
  } else if (rel === 'settings.json' || rel.startsWith('content/')) {
    event.respondWith(networkFirst(request));
  } else {
    // another file of the release (the manifest, a page's own script): network first too
    event.respondWith(releaseFiles().then((files) => (rel in files ? networkFirst(request) : fetch(request))));
  }
});
