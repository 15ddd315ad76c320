/*
 * The PWA's service worker (registered by web/src/pwa.ts in production builds only). It keeps the
 * app shell — the page, its scripts and styles, the manifest and icons — so the app starts on a
 * phone without a connection and shows its offline notice. The API is never touched: requests to
 * /api go to the network as if there were no worker, and no answer with personal data is ever
 * stored. Navigations are network-first (a new release is picked up at once) with the cached page
 * as the fallback; hashed build assets are cache-first (their names change with their content).
 */
const SHELL_CACHE = 'spm-shell-v1';
const SHELL = ['/', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png'];

/** The page and the assets it names (script and stylesheet links of the built index.html). */
async function precache() {
  const cache = await caches.open(SHELL_CACHE);
  const page = await fetch('/', { cache: 'no-store', credentials: 'same-origin' });
  if (!page.ok) return;
  const html = await page.clone().text();
  await cache.put('/', page);
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await cache.addAll([...new Set([...SHELL.slice(1), ...assets])]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== SHELL_CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // Only this origin's shell; the API, downloads and everything else pass by untouched.
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/') || url.pathname === '/metrics') return;

  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request).catch(async () => {
        const cached = await caches.match('/');
        return cached ?? new Response('<h1>离线 / Offline</h1>', { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
      }),
    );
    return;
  }

  if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/') || url.pathname === '/manifest.webmanifest') {
    event.respondWith(
      caches.match(request).then(
        (cached) =>
          cached ??
          fetch(request).then(async (response) => {
            if (response.ok && url.pathname.startsWith('/assets/')) {
              const cache = await caches.open(SHELL_CACHE);
              await cache.put(request, response.clone());
            }
            return response;
          }),
      ),
    );
  }
});
