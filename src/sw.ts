/// <reference lib="webworker" />
/**
 * The service worker: Workbox's precache of the app (vite.config.ts lists what), made to heal
 * itself. Every entry carries its file's hash (`integrity`), so nothing wrong is ever cached: not
 * at install, and not when a lost or wrong entry is fetched again on use.
 * - A cached file that is not what its name says (an HTML page cached under a script's name, from
 *   a host's fallback page during a deploy) is not served: the network answers, and the entry is
 *   cached again, checked against its hash.
 * - A page the cache lost, offline, gets the app's frame in its language, which renders the page
 *   from the cached data, never the browser's error page.
 * - The page can ask for every entry to be checked and repaired (About's offline status).
 * - Updates wait for the reader (`SKIP_WAITING` from the tab whose reader chose to update).
 */
import { clientsClaim } from 'workbox-core'
import type { WorkboxPlugin } from 'workbox-core/types'
import { ExpirationPlugin } from 'workbox-expiration'
import type { PrecacheEntry } from 'workbox-precaching'
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, getCacheKeyForURL, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst } from 'workbox-strategies'
import { looksRight, READ_CACHE, READ_KEPT, READ_KEPT_DAYS, SAVED_CACHE } from './utils/offlineSave'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] }

const BASE = import.meta.env.BASE_URL
const ROOT = BASE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const ENGLISH = new RegExp(`^${ROOT}en(?:/|$)`)
const frameFor = (url: string) => (ENGLISH.test(new URL(url).pathname) ? `${BASE}en/shell` : `${BASE}shell`)

const manifest = self.__WB_MANIFEST
addPlugins([{
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => (cachedResponse && looksRight(request.url, cachedResponse) ? cachedResponse : null),
  handlerDidError: async ({ request }) => (request.mode === 'navigate' ? matchPrecache(frameFor(request.url)) : undefined),
}])
// links with tracking parameters (?from=…) hit the same entry
precacheAndRoute(manifest, { ignoreURLParametersMatching: [/.*/] })
cleanupOutdatedCaches()
// A large dataset's districts and rankings are not precached (src/build/precacheManifest.ts):
// each page and chunk a reader opens is kept as it is read, the page fresh from the network when
// there is one, the app's frame when neither has it. What is read is kept for a while (the most recent few
// hundred files, none older than two months); a city the reader saves is in a cache of its own,
// kept until they remove it (src/composables/useOfflineSave.ts), which answers what the first lacks.
const DISTRICT_PAGE = new RegExp(`^${ROOT}(?:en/)?d/`)
// A file is what its URL says, whoever asks: a chunk a reader's save fetched (no Origin header)
// answers the page's import of it (with one), whatever the server's Vary says.
const matchOptions = { ignoreVary: true }
const readPlugins = (): WorkboxPlugin[] => [
  { cacheWillUpdate: async ({ request, response }) => (looksRight(request.url, response) ? response : null) },
  new ExpirationPlugin({ maxEntries: READ_KEPT, maxAgeSeconds: READ_KEPT_DAYS * 24 * 3600, purgeOnQuotaError: true }),
  { cachedResponseWillBeUsed: async ({ request, cachedResponse }) => cachedResponse ?? await caches.match(request, { cacheName: SAVED_CACHE, ignoreVary: true }) ?? null },
]
registerRoute(({ url }) => url.origin === self.location.origin && url.pathname.startsWith(`${BASE}assets/`), new CacheFirst({
  cacheName: READ_CACHE,
  matchOptions,
  plugins: readPlugins(),
}))
registerRoute(({ request, url }) => request.mode === 'navigate' && DISTRICT_PAGE.test(url.pathname), new NetworkFirst({
  cacheName: READ_CACHE,
  matchOptions,
  plugins: [...readPlugins(), { handlerDidError: async ({ request }) => matchPrecache(frameFor(request.url)) }],
}))
// any other link gets the app's frame in its language, which renders it from the cached data
registerRoute(new NavigationRoute(createHandlerBoundToURL(`${BASE}shell`), { denylist: [ENGLISH] }))
registerRoute(({ request, url }) => request.mode === 'navigate' && ENGLISH.test(url.pathname), createHandlerBoundToURL(`${BASE}en/shell`))

/** Checks every entry, and fetches again (checked against its hash) each one lost or wrong. */
async function verify(): Promise<{ total: number, repaired: number, missing: number }> {
  const cache = await caches.open((await caches.keys()).find(name => name.includes('precache')) ?? '')
  let repaired = 0
  let missing = 0
  for (const entry of manifest) {
    const url = new URL(entry.url, self.location.href).href
    const key = getCacheKeyForURL(url) ?? url
    const cached = await cache.match(key)
    if (cached && looksRight(url, cached))
      continue
    try {
      const response = await fetch(url, { integrity: entry.integrity, cache: 'no-cache' })
      if (!looksRight(url, response))
        throw new Error(url)
      await cache.put(key, response)
      repaired++
    }
    catch {
      missing++
    }
  }
  return { total: manifest.length, repaired, missing }
}

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING')
    void self.skipWaiting()
  if (event.data?.type === 'VERIFY')
    event.waitUntil(verify().then(result => event.ports[0]?.postMessage(result)))
})
clientsClaim()
