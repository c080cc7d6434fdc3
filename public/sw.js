// Hjælpeguiden's service worker: keeps a copy of the app's own files on the device, so that after one visit the
// app opens and works without a connection (outreach sites, basements, prepaid data run out).
//
// It stores only the files of one build, never answers or anything a person typed. The build's post-build hook
// (.ci/service-worker.mjs) replaces the two placeholders below with the build's file list and a hash of the files,
// so a new build is a new worker with a new cache, installed all-or-nothing, and the old cache is deleted.
//
// Pages (navigations) go to the network first, so a person online always gets the newest facts; the copy is used
// when the network fails or is too slow. The build's other files have hashed names and never change, so they come
// from the copy first.

const VERSION = "__HG_VERSION__";
const FILES = __HG_FILES__;
const CACHE = `hjaelpeguiden-${VERSION}`;
// How long a page request may take before the stored copy is shown instead (poor connections).
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener("install", (event) => {
  // addAll is atomic: if one file fails, nothing is stored and the previous version stays in charge.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  // A page of the old version keeps running: it loaded all its code at start and fetches nothing later.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request));
  } else {
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((stored) => stored ?? fetch(request)));
  }
});

// The page from the network; the stored app page (which routes itself) if the network fails, errs or stalls.
async function networkFirst(request) {
  const stored = () => caches.match("/", { cacheName: CACHE });
  let timer;
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timeout")), NETWORK_TIMEOUT_MS);
      }),
    ]);
    if (response.status >= 500) return (await stored()) ?? response;
    return response;
  } catch (error) {
    const copy = await stored();
    if (copy) return copy;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

// "Leave this page" asks the worker to remove every trace it keeps: its cache and itself.
self.addEventListener("message", (event) => {
  if (event.data === "forget") {
    event.waitUntil(
      caches
        .keys()
        .then((keys) => Promise.all(keys.map((key) => caches.delete(key))))
        .then(() => self.registration.unregister()),
    );
  }
});
